using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Newswire.Extraction.Codec;
using Newswire.Extraction.Model;
using Newswire.Extraction.Places;

namespace Newswire.Extraction.Tests.Codec;

/// <summary>The <c>[ArticleData]</c> format: whatever an article holds comes back as it was (to the per-mille confidences the format keeps).</summary>
public class ArticleDataCodecTests
{
    // Characters the format itself uses (digits, ',', ':', '~', '-') and text it must carry as is.
    private static readonly Gen<string> Text =
        Gen.ArrayOf(Gen.Elements('a', 'Z', '0', '7', ',', ':', '~', '-', ' ', '\n', '\r', '\t', 'é', '\u00A0', '\u2028', '\uD83D', '\uDE00', '\uD800', '\0'))
            .Select(cs => new string(cs));

    private static readonly Gen<string?> MaybeText = Gen.OneOf(Gen.Constant<string?>(null), Text.Select(s => (string?)s));

    private static readonly Gen<int> Int = Gen.OneOf(Gen.Choose(-5, 5000), Gen.Elements(int.MinValue, int.MaxValue, -1, 0));

    private static readonly Gen<int> PerMille = Gen.Choose(0, 1000);

    private static readonly Gen<MentionSpan> Mention =
        from start in Int
        from length in Int
        from line in Int
        from column in Int
        from form in Gen.Elements(MentionForm.Name, MentionForm.Nominal, MentionForm.Pronoun)
        from confidence in PerMille
        select new MentionSpan(start, length, line, column, form, confidence / 1000f);

    private static readonly Gen<Place?> MaybePlace = Gen.OneOf(
        Gen.Constant<Place?>(null),
        from id in Int
        from name in Text
        from kind in Gen.Elements(PlaceKind.City, PlaceKind.Capital, PlaceKind.Admin1, PlaceKind.Country, PlaceKind.Region, PlaceKind.Continent, PlaceKind.Landmark)
        from country in MaybeText
        from admin1 in MaybeText
        from point in Gen.OneOf(Gen.Constant(false), Gen.Constant(true))
        from lat in Gen.Choose(-90_000_000, 90_000_000)
        from lon in Gen.Choose(-180_000_000, 180_000_000)
        select (Place?)new Place(id, name, kind, country, admin1, point ? lat / 1e6 : null, point ? lon / 7e5 : null));

    private static readonly Gen<ExtractedActor> Actor =
        from name in Text
        from kind in Gen.Elements(ActorKind.Person, ActorKind.Organization, ActorKind.Location)
        from country in MaybeText
        from roles in Gen.ArrayOf(Text)
        from aliases in Gen.ArrayOf(Text)
        from mentions in Gen.ArrayOf(Mention)
        from confidence in PerMille
        from place in MaybePlace
        select WithPlace(new ExtractedActor(name, kind, country, roles, aliases, mentions, confidence / 1000f), place);

    private static readonly Gen<ExtractedEvent> Event =
        from code in Text
        from agent in Int
        from counterparts in Gen.ArrayOf(Int)
        from location in Int
        from time in MaybeText
        from date in MaybeText
        from modality in Gen.Elements(EventModality.Happened, EventModality.Planned, EventModality.Reported)
        from spans in Gen.ArrayOf(Int, 4)
        from source in Int
        from confidence in PerMille
        select new ExtractedEvent(code, agent, counterparts, location, time, date, modality, new TextSpan(spans[0], spans[1]), new TextSpan(spans[2], spans[3]), source, confidence / 1000.0);

    private static readonly Gen<ArticleData> Article =
        from id in Text
        from explicitId in Gen.Elements(false, true)
        from path in Text
        from title in Text
        from outlet in MaybeText
        from section in MaybeText
        from published in MaybeText
        from paragraphs in Gen.ArrayOf(Int)
        from frontMatter in Gen.ArrayOf(Text)
        from actors in Gen.ArrayOf(Actor)
        from events in Gen.ArrayOf(Event)
        select new ArticleData(id, explicitId, path, title, outlet, section, published, paragraphs, frontMatter, actors, events);

    [Fact]
    public void Decode_gives_back_what_was_encoded_for_random_articles()
    {
        var property = Prop.ForAll(Arb.From(Article), a =>
        {
            var encoded = ArticleDataCodec.Encode(a);
            var decoded = ArticleDataCodec.Decode(encoded);
            return Fields(decoded).SequenceEqual(Fields(a)) && ArticleDataCodec.Encode(decoded) == encoded;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }

    [Fact]
    public void An_extracted_article_survives_the_round_trip()
    {
        var extracted = ArticleExtractor.Extract(
            "news/a.txt",
            "---\nid: talks\ndate: 2024-05-06\nmood: calm\n---\nCapital Times\n\nTalks in Lisbon\n\nAna Sousa, the mayor of Lisbon, met the prime minister of Portugal on Monday. She said they would meet again.\n");
        var data = ArticleData.From(extracted);
        Assert.NotEmpty(data.Actors);
        Assert.NotEmpty(data.Events);
        Assert.Equal(Fields(data), Fields(ArticleDataCodec.Decode(ArticleDataCodec.Encode(data))));
    }

    [Fact]
    public void Data_written_before_places_existed_reads_with_no_places()
    {
        // id, flag, path, title, outlet, section, published, no paragraphs, no front matter, one actor, no events; no place block.
        var decoded = ArticleDataCodec.Decode("1:a0,3:a.b1:T~~~0,0,1,4:Lima2,~0,0,0,1000,0,");
        Assert.Equal("Lima", decoded.Actors.Single().Name);
        Assert.Equal(ActorKind.Location, decoded.Actors[0].Kind);
        Assert.Null(decoded.Actors[0].Place);
        Assert.Empty(decoded.Events);
    }

    private static ExtractedActor WithPlace(ExtractedActor actor, Place? place)
    {
        actor.Place = place;
        return actor;
    }

    // Every value the format carries, in a flat list (confidences as the per-mille integers it keeps).
    private static List<object?> Fields(ArticleData a)
    {
        var f = new List<object?> { a.Id, a.ExplicitId, a.Path, a.Title, a.Outlet, a.Section, a.Published, a.Paragraphs.Count };
        f.AddRange(a.Paragraphs.Cast<object?>());
        f.Add(a.FrontMatter.Count);
        f.AddRange(a.FrontMatter);
        f.Add(a.Actors.Count);
        foreach (var x in a.Actors)
        {
            f.AddRange(new object?[] { x.Name, x.Kind, x.Country, x.Roles.Count, x.Aliases.Count, x.Mentions.Count, ArticleData.PerMille(x.Confidence) });
            f.AddRange(x.Roles);
            f.AddRange(x.Aliases);
            f.AddRange(x.Mentions.Select(m => (object?)(m.Start, m.Length, m.Line, m.Column, m.Form, ArticleData.PerMille(m.Confidence))));
            var p = x.Place;
            f.Add(p is null ? null : (p.GeoNamesId, p.Name, p.Kind, p.Country, p.Admin1, p.Latitude, p.Longitude));
        }

        f.Add(a.Events.Count);
        foreach (var e in a.Events)
        {
            f.AddRange(new object?[] { e.Code, e.Agent, e.Counterparts.Count, e.Location, e.Time, e.Date, e.Modality, e.Sentence, e.Trigger, e.Source, (int)System.Math.Round(e.Confidence * 1000) });
            f.AddRange(e.Counterparts.Cast<object?>());
        }

        return f;
    }
}
