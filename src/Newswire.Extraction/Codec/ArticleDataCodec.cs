using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Codec;

/// <summary>
/// The one owner of the <c>[ArticleData]</c> format, both ways: the generator encodes each article with it, the
/// runtime decodes the attribute with it. The format is positional, in this order (each line one
/// <see cref="Encode"/> call below, mirrored by <see cref="Decode"/>):
/// id, explicit-id flag, path, title, outlet, section, published, paragraphs (start/length pairs), front matter
/// (key/value pairs); actor count, and per actor: name, kind, country, roles, aliases, mentions (start, length,
/// line, column, form, confidence per mille: six integers each), confidence per mille; event count, and per event:
/// the fields of <see cref="EventFields.All"/> in its order (today code, agent, counterparts, location, time, date,
/// modality, source, sentence start and length, trigger start and length, confidence per mille); then the number of actors with a place, and per one: its actor index, GeoNames id,
/// kind, name, country, admin1, latitude, longitude (round-trip invariant strings).
/// Integers are decimal digits ended by ','; strings are their UTF-16 length, ':' and the characters, or '~' for
/// null; lists are a count, then the items. Data written before places existed simply ends after the events.
/// </summary>
public static class ArticleDataCodec
{
    /// <summary>Integers per mention: start, length, line, column, form, confidence per mille.</summary>
    public const int MentionStride = 6;

    /// <summary>The data as the attribute string.</summary>
    public static string Encode(ArticleData a)
    {
        var w = new Writer(new StringBuilder(256 + (a.Actors.Count * 64) + (a.Events.Count * 48)));
        w.Str(a.Id);
        w.Int(a.ExplicitId ? 1 : 0);
        w.Str(a.Path);
        w.Str(a.Title);
        w.Str(a.Outlet);
        w.Str(a.Section);
        w.Str(a.Published);
        w.Ints(a.Paragraphs);
        w.Strs(a.FrontMatter);
        w.Int(a.Actors.Count);
        foreach (var actor in a.Actors)
        {
            w.Str(actor.Name);
            w.Int((int)actor.Kind);
            w.Str(actor.Country);
            w.Strs(actor.Roles);
            w.Strs(actor.Aliases);
            w.Int(actor.Mentions.Count * MentionStride);
            foreach (var m in actor.Mentions)
            {
                w.Int(m.Start);
                w.Int(m.Length);
                w.Int(m.Line);
                w.Int(m.Column);
                w.Int((int)m.Form);
                w.Int(ArticleData.PerMille(m.Confidence));
            }

            w.Int(ArticleData.PerMille(actor.Confidence));
        }

        w.Int(a.Events.Count);
        foreach (var e in a.Events)
        {
            foreach (var field in EventFields.All)
            {
                field.Encode(w, e);
            }
        }

        EncodePlaces(w, a.Actors);
        return w.ToString();
    }

    /// <summary>The data of an attribute string written by <see cref="Encode"/>.</summary>
    public static ArticleData Decode(string data)
    {
        var r = new Reader(data);
        var id = r.Str()!;
        var explicitId = r.Int() != 0;
        var path = r.Str()!;
        var title = r.Str()!;
        var outlet = r.Str();
        var section = r.Str();
        var published = r.Str();
        var paragraphs = r.Ints();
        var frontMatter = r.Strs();
        var actors = new ExtractedActor[r.Int()];
        for (var i = 0; i < actors.Length; i++)
        {
            var name = r.Str()!;
            var kind = (ActorKind)r.Int();
            var country = r.Str();
            var roles = r.Strs();
            var aliases = r.Strs();
            var mentions = new MentionSpan[r.Int() / MentionStride];
            for (var j = 0; j < mentions.Length; j++)
            {
                mentions[j] = new MentionSpan(r.Int(), r.Int(), r.Int(), r.Int(), (MentionForm)r.Int(), r.Int() / 1000f);
            }

            actors[i] = new ExtractedActor(name, kind, country, roles, aliases, mentions, r.Int() / 1000f);
        }

        var events = new ExtractedEvent[r.Int()];
        for (var i = 0; i < events.Length; i++)
        {
            var e = new ExtractedEvent();
            foreach (var field in EventFields.All)
            {
                field.Decode(ref r, e);
            }

            events[i] = e;
        }

        DecodePlaces(r, actors);
        return new ArticleData(id, explicitId, path, title, outlet, section, published, paragraphs, frontMatter, actors, events);
    }

    private static void EncodePlaces(Writer w, IReadOnlyList<ExtractedActor> actors)
    {
        var count = 0;
        foreach (var actor in actors)
        {
            count += actor.Place is null ? 0 : 1;
        }

        w.Int(count);
        for (var i = 0; i < actors.Count; i++)
        {
            if (actors[i].Place is { } p)
            {
                w.Int(i);
                w.Int(p.GeoNamesId);
                w.Int((int)p.Kind);
                w.Str(p.Name);
                w.Str(p.Country);
                w.Str(p.Admin1);
                w.Str(p.Latitude?.ToString("R", CultureInfo.InvariantCulture));
                w.Str(p.Longitude?.ToString("R", CultureInfo.InvariantCulture));
            }
        }
    }

    private static void DecodePlaces(Reader r, ExtractedActor[] actors)
    {
        var count = r.AtEnd ? 0 : r.Int();
        for (var i = 0; i < count; i++)
        {
            var actor = r.Int();
            var id = r.Int();
            var kind = (PlaceKind)r.Int();
            var name = r.Str()!;
            var country = r.Str();
            var admin1 = r.Str();
            var latitude = r.Double();
            var place = new Place(id, name, kind, country, admin1, latitude, r.Double());
            if (actor >= 0 && actor < actors.Length)
            {
                actors[actor].Place = place;
            }
        }
    }

    /// <summary>Appends the format's integers, strings and lists.</summary>
    internal readonly struct Writer
    {
        private readonly StringBuilder _sb;

        public Writer(StringBuilder sb) => _sb = sb;

        public void Int(int value) => _sb.Append(value.ToString(CultureInfo.InvariantCulture)).Append(',');

        public void Str(string? value)
        {
            if (value is null)
            {
                _sb.Append('~');
                return;
            }

            _sb.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        }

        public void Span(TextSpan span)
        {
            Int(span.Start);
            Int(span.Length);
        }

        public void Ints(IReadOnlyList<int> values)
        {
            Int(values.Count);
            for (var i = 0; i < values.Count; i++)
            {
                Int(values[i]);
            }
        }

        public void Strs(IReadOnlyList<string> values)
        {
            Int(values.Count);
            for (var i = 0; i < values.Count; i++)
            {
                Str(values[i]);
            }
        }

        public override string ToString() => _sb.ToString();
    }

    /// <summary>Reads what <see cref="Writer"/> wrote, in the same order.</summary>
    internal struct Reader
    {
        private readonly string _data;
        private int _at;

        public Reader(string data)
        {
            _data = data;
            _at = 0;
        }

        public bool AtEnd => _at >= _data.Length;

        public int Int()
        {
            var negative = _data[_at] == '-';
            if (negative)
            {
                _at++;
            }

            // Accumulated negatively so int.MinValue reads back too.
            var value = 0;
            while (_data[_at] != ',')
            {
                value = (value * 10) - (_data[_at] - '0');
                _at++;
            }

            _at++;
            return negative ? value : -value;
        }

        public string? Str()
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

        public double? Double()
        {
            var s = Str();
            return s is null ? null : double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        public int[] Ints()
        {
            var values = new int[Int()];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Int();
            }

            return values;
        }

        public string[] Strs()
        {
            var values = new string[Int()];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Str()!;
            }

            return values;
        }
    }
}
