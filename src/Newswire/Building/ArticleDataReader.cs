using System;

namespace Newswire.Building;

/// <summary>
/// Reads the compact article data the generator writes (its <c>ArticleEmitter.Meta</c>) into a <see cref="DatasetBuilder"/>.
/// The format, in order: id, explicit-id flag, path, title, outlet, section, published, paragraphs (start/length
/// pairs), front matter (key/value pairs); actor count and per actor name, kind, country, roles, aliases, mentions
/// (start/length/line/column/form/confidence per mille), confidence per mille; event count and per event code, agent, counterparts, location, time, date,
/// modality, sentence start/length, trigger start/length, source, confidence in thousandths; then the count of actors with a place and per one
/// its actor index, GeoNames id, kind, name, country, admin1, latitude, longitude (invariant strings). Integers are decimal digits ended by ',';
/// strings are their UTF-16 length, ':' and the characters, or '~' for null; arrays are a count then items.
/// </summary>
internal struct ArticleDataReader
{
    private readonly string _data;
    private int _at;

    private ArticleDataReader(string data)
    {
        _data = data;
        _at = 0;
    }

    public static ArticleBuilder Read(DatasetBuilder builder, string data, Func<string> text)
    {
        var r = new ArticleDataReader(data);
        var article = builder.Article(
            r.String()!, r.Int() != 0, r.String()!, r.String()!, r.String(), r.String(), r.String(), text, r.Ints(), r.Strings());
        var actors = r.Int();
        for (var i = 0; i < actors; i++)
        {
            article.Actor(r.String()!, (ActorKind)r.Int(), r.String(), r.Strings(), r.Strings(), r.Ints(), r.Int());
        }

        var events = r.Int();
        for (var i = 0; i < events; i++)
        {
            article.Event(r.String()!, r.Int(), r.Ints(), r.Int(), r.String(), r.String(), (EventModality)r.Int(), r.Int(), r.Int(), r.Int(), r.Int(), r.Int(), r.Int() / 1000.0);
        }

        var places = r._at < data.Length ? r.Int() : 0;
        for (var i = 0; i < places; i++)
        {
            var actor = r.Int();
            var id = r.Int();
            var kind = (PlaceKind)r.Int();
            var name = r.String()!;
            var country = r.String();
            var admin1 = r.String();
            var latitude = r.Double();
            article.Place(actor, new Place(id, name, kind, country, admin1, latitude, r.Double()));
        }

        return article;
    }

    private int Int()
    {
        var negative = _data[_at] == '-';
        if (negative)
        {
            _at++;
        }

        var value = 0;
        while (_data[_at] != ',')
        {
            value = (value * 10) + (_data[_at] - '0');
            _at++;
        }

        _at++;
        return negative ? -value : value;
    }

    private string? String()
    {
        if (_data[_at] == '~')
        {
            _at++;
            return null;
        }

        var length = 0;
        while (_data[_at] != ':')
        {
            length = (length * 10) + (_data[_at] - '0');
            _at++;
        }

        var value = _data.Substring(_at + 1, length);
        _at += length + 1;
        return value;
    }

    private double? Double()
    {
        var s = String();
        return s is null ? null : double.Parse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
    }

    private int[] Ints()
    {
        var values = new int[Int()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Int();
        }

        return values;
    }

    private string[] Strings()
    {
        var values = new string[Int()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = String()!;
        }

        return values;
    }
}
