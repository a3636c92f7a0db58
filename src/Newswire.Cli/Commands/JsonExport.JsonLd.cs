using System.IO;
using System.Text.Json;
using Newswire.Extraction.Events;
using Newswire.Extraction.Model;

namespace Newswire.Cli.Commands;

// JSON-LD: schema.org NewsArticle with its actors as mentions and its events as Event.
internal static partial class JsonExport
{
    public static void WriteJsonLd(Corpus corpus, Stream output)
    {
        using var w = new Utf8JsonWriter(output, Indented);
        w.WriteStartObject();
        w.WriteString("@context", "https://schema.org");
        w.WriteStartArray("@graph");
        foreach (var a in corpus.Articles)
        {
            w.WriteStartObject();
            WriteJsonLdHead(w, a);
            w.WriteString("articleBody", string.Join("\n\n", a.ParagraphTexts()));
            w.WriteStartArray("mentions");
            for (var i = 0; i < a.Actors.Count; i++)
            {
                WriteJsonLdActor(w, corpus.ActorId(a, i), a.Actors[i]);
            }

            w.WriteEndArray();
            WriteJsonLdEvents(w, corpus, a);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    // The NewsArticle's own properties: headline, publisher, section, date, url, author.
    private static void WriteJsonLdHead(Utf8JsonWriter w, ExtractedArticle a)
    {
        w.WriteString("@type", "NewsArticle");
        w.WriteString("@id", a.Id);
        w.WriteString("headline", a.Title);
        if (a.Outlet != null)
        {
            w.WriteStartObject("publisher");
            w.WriteString("@type", "Organization");
            w.WriteString("name", a.Outlet);
            w.WriteEndObject();
        }

        if (a.Section != null)
        {
            w.WriteString("articleSection", a.Section);
        }

        if (a.Published != null)
        {
            w.WriteString("datePublished", a.Published);
        }

        var url = a.Layout.Get("url");
        if (url != null)
        {
            w.WriteString("url", url);
        }

        var author = a.Layout.Get("author") ?? a.Layout.Get("byline");
        if (author != null)
        {
            w.WriteStartObject("author");
            w.WriteString("@type", "Person");
            w.WriteString("name", author);
            w.WriteEndObject();
        }
    }

    // One actor as a schema.org Person, Organization or Place under "mentions".
    private static void WriteJsonLdActor(Utf8JsonWriter w, string id, ExtractedActor actor)
    {
        w.WriteStartObject();
        w.WriteString("@type", actor.Kind == Newswire.ActorKind.Person ? "Person" : actor.Kind == Newswire.ActorKind.Organization ? "Organization" : "Place");
        w.WriteString("@id", "#" + id);
        w.WriteString("name", actor.Name);
        if (actor.Country != null)
        {
            w.WriteString(actor.Kind == Newswire.ActorKind.Location ? "containedInPlace" : "nationality", actor.Country);
        }

        if (actor.Roles.Count > 0)
        {
            w.WriteString(actor.Kind == Newswire.ActorKind.Person ? "jobTitle" : "description", string.Join(", ", actor.Roles));
        }

        if (actor.Aliases.Count > 0)
        {
            WriteStrings(w, "alternateName", actor.Aliases);
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// The article's events as schema.org <c>Event</c>s under <c>about</c>: the CAMEO label as <c>name</c>, the code
    /// as <c>identifier</c> (a <c>PropertyValue</c> with <c>propertyID</c> "CAMEO"), <c>agent</c> and <c>participant</c>
    /// (Action's terms: schema.org's Event has no agent), <c>location</c>, <c>startDate</c> when the date is known,
    /// the time as written (<c>temporal</c>), <c>eventStatus</c> EventScheduled when planned, and the sentence.
    /// Actors are references to the <c>@id</c>s of <c>mentions</c>.
    /// </summary>
    private static void WriteJsonLdEvents(Utf8JsonWriter w, Corpus corpus, ExtractedArticle a)
    {
        w.WriteStartArray("about");
        foreach (var e in a.Events)
        {
            w.WriteStartObject();
            w.WriteString("@type", "Event");
            w.WriteString("name", CameoScale.Label(e.Code) ?? e.Code);
            w.WriteStartObject("identifier");
            w.WriteString("@type", "PropertyValue");
            w.WriteString("propertyID", "CAMEO");
            w.WriteString("value", e.Code);
            w.WriteEndObject();
            Reference(w, "agent", corpus, a, e.Agent);
            w.WriteStartArray("participant");
            foreach (var c in e.Counterparts)
            {
                w.WriteStartObject();
                w.WriteString("@id", "#" + corpus.ActorId(a, c));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (e.Location >= 0)
            {
                Reference(w, "location", corpus, a, e.Location);
            }

            if (e.Date != null)
            {
                w.WriteString("startDate", e.Date);
            }

            if (e.Time != null)
            {
                w.WriteString("temporal", e.Time);
            }

            if (e.Modality == Newswire.EventModality.Planned)
            {
                w.WriteString("eventStatus", "https://schema.org/EventScheduled");
            }

            w.WriteString("description", e.Sentence.Of(a.Text));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Reference(Utf8JsonWriter w, string property, Corpus corpus, ExtractedArticle a, int actor)
    {
        w.WriteStartObject(property);
        w.WriteString("@id", "#" + corpus.ActorId(a, actor));
        w.WriteEndObject();
    }
}
