using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using Newswire.Extraction.Events;
using Newswire.Extraction.Model;

namespace Newswire.Cli.Commands;

/// <summary>Writes the extraction as JSON (one document), NDJSON (one article per line) or JSON-LD (schema.org NewsArticle with its actors as mentions and its events as Event).</summary>
internal static class JsonExport
{
    private static readonly JsonWriterOptions Compact = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static void WriteJson(Corpus corpus, Stream output, bool indented)
    {
        using var w = new Utf8JsonWriter(output, indented ? Indented : Compact);
        w.WriteStartObject();
        w.WriteStartArray("articles");
        for (var i = 0; i < corpus.Articles.Count; i++)
        {
            WriteArticle(w, corpus, corpus.Articles[i]);
        }

        w.WriteEndArray();
        WriteIncidents(w, corpus);
        w.WriteEndObject();
    }

    /// <summary>"incidents": one per happening, with every report (article, sentence, outlet).</summary>
    private static void WriteIncidents(Utf8JsonWriter w, Corpus corpus)
    {
        w.WriteStartArray("incidents");
        foreach (var incident in corpus.Incidents)
        {
            var (fa, fe) = incident.Reports[0];
            var first = corpus.Articles[fa];
            var e = first.Events[fe];
            w.WriteStartObject();
            w.WriteString("id", incident.Id);
            w.WriteString("code", e.Code);
            w.WriteString("root", e.Root);
            w.WriteString("agent", corpus.ActorId(first, e.Agent));
            w.WriteString("target", e.Counterparts.Count > 0 ? corpus.ActorId(first, e.Counterparts[0]) : null);
            string? location = null;
            string? date = null;
            foreach (var (a, i) in incident.Reports)
            {
                var r = corpus.Articles[a].Events[i];
                if (r.Location >= 0)
                {
                    location = corpus.ActorId(corpus.Articles[a], r.Location);
                    break;
                }
            }

            w.WriteString("location", location);
            foreach (var (a, i) in incident.Reports)
            {
                var d = corpus.Articles[a].Events[i].Date ?? corpus.Articles[a].Published;
                if (d != null && (date == null || string.CompareOrdinal(d, date) < 0))
                {
                    date = d;
                }
            }

            w.WriteString("date", date);
            w.WriteStartArray("reports");
            foreach (var (a, i) in incident.Reports)
            {
                var article = corpus.Articles[a];
                var r = article.Events[i];
                w.WriteStartObject();
                w.WriteString("article", article.Id);
                w.WriteString("file", article.Path);
                w.WriteString("outlet", article.Outlet);
                w.WriteNumber("event", i);
                w.WriteString("code", r.Code);
                w.WriteString("sentence", r.Sentence.Of(article.Text));
                w.WriteNumber("confidence", r.Confidence);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    public static void WriteNdjson(Corpus corpus, Stream output)
    {
        foreach (var article in corpus.Articles)
        {
            using (var w = new Utf8JsonWriter(output, Compact))
            {
                WriteArticle(w, corpus, article);
            }

            output.WriteByte((byte)'\n');
        }
    }

    public static void WriteJsonLd(Corpus corpus, Stream output)
    {
        using var w = new Utf8JsonWriter(output, Indented);
        w.WriteStartObject();
        w.WriteString("@context", "https://schema.org");
        w.WriteStartArray("@graph");
        foreach (var a in corpus.Articles)
        {
            w.WriteStartObject();
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

            var author = a.Layout.Get("author");
            if (author != null)
            {
                w.WriteStartObject("author");
                w.WriteString("@type", "Person");
                w.WriteString("name", author);
                w.WriteEndObject();
            }

            w.WriteString("articleBody", string.Join("\n\n", a.ParagraphTexts()));
            w.WriteStartArray("mentions");
            for (var i = 0; i < a.Actors.Count; i++)
            {
                var actor = a.Actors[i];
                w.WriteStartObject();
                w.WriteString("@type", actor.Kind == Newswire.ActorKind.Person ? "Person" : actor.Kind == Newswire.ActorKind.Organization ? "Organization" : "Place");
                w.WriteString("@id", "#" + corpus.ActorId(a, i));
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
                    w.WriteStartArray("alternateName");
                    foreach (var alias in actor.Aliases)
                    {
                        w.WriteStringValue(alias);
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteJsonLdEvents(w, corpus, a);
            w.WriteEndObject();
        }

        w.WriteEndArray();
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

    private static void WriteArticle(Utf8JsonWriter w, Corpus corpus, ExtractedArticle a)
    {
        w.WriteStartObject();
        w.WriteString("file", a.Path);
        w.WriteString("id", a.Id);
        w.WriteString("title", a.Title);
        w.WriteString("outlet", a.Outlet);
        w.WriteString("section", a.Section);
        w.WriteString("published", a.Published);
        w.WriteStartArray("paragraphs");
        foreach (var p in a.ParagraphTexts())
        {
            w.WriteStringValue(p);
        }

        w.WriteEndArray();
        w.WriteStartObject("frontMatter");
        foreach (var e in a.Layout.FrontMatterEntries)
        {
            w.WriteString(e.Key, e.Value);
        }

        w.WriteEndObject();
        w.WriteStartArray("actors");
        for (var i = 0; i < a.Actors.Count; i++)
        {
            var actor = a.Actors[i];
            w.WriteStartObject();
            w.WriteString("id", corpus.ActorId(a, i));
            w.WriteString("name", actor.Name);
            w.WriteString("kind", actor.Kind.ToString());
            w.WriteString("country", actor.Country);
            WriteStrings(w, "roles", actor.Roles);
            WriteStrings(w, "aliases", actor.Aliases);
            w.WriteStartArray("mentions");
            foreach (var m in actor.Mentions)
            {
                w.WriteStartObject();
                w.WriteNumber("start", m.Start);
                w.WriteNumber("length", m.Length);
                w.WriteNumber("line", m.Line);
                w.WriteNumber("column", m.Column);
                w.WriteString("form", FormName(m.Form));
                w.WriteNumber("confidence", Math.Round(m.Confidence, 3));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("confidence", Math.Round(actor.Confidence, 3));
            if (actor.Place != null || actor.Kind == Newswire.ActorKind.Location)
            {
                PlaceJson.Write(w, "place", actor.Place);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("events");
        foreach (var e in a.Events)
        {
            w.WriteStartObject();
            w.WriteString("code", e.Code);
            w.WriteString("root", e.Root);
            w.WriteString("agent", corpus.ActorId(a, e.Agent));
            w.WriteStartArray("counterparts");
            foreach (var c in e.Counterparts)
            {
                w.WriteStringValue(corpus.ActorId(a, c));
            }

            w.WriteEndArray();
            w.WriteString("location", e.Location >= 0 ? corpus.ActorId(a, e.Location) : null);
            w.WriteString("time", e.Time);
            w.WriteString("date", e.Date);
            w.WriteString("modality", e.Modality.ToString());
            w.WriteString("source", e.Source >= 0 ? corpus.ActorId(a, e.Source) : null);
            w.WriteString("sentence", e.Sentence.Of(a.Text));
            w.WriteNumber("sentenceStart", e.Sentence.Start);
            w.WriteString("trigger", e.Trigger.Of(a.Text));
            w.WriteNumber("goldstein", CameoScale.Goldstein(e.Code));
            w.WriteNumber("quadClass", CameoScale.QuadClass(e.Code));
            w.WriteNumber("confidence", e.Confidence);
            w.WriteString("ploverType", PloverScale.EventType(e.Code));
            w.WriteString("ploverMode", PloverScale.Mode(e.Code));
            w.WriteString("ploverContext", PloverScale.Context(e.Code));
            if (e.Location >= 0)
            {
                PlaceJson.Write(w, "place", a.Actors[e.Location].Place);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("diagnostics");
        foreach (var d in a.Diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            w.WriteString("severity", d.Definition.Severity.ToString());
            w.WriteNumber("line", d.Line);
            w.WriteNumber("column", d.Column);
            w.WriteString("message", d.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    // Lower-case form names, as the scorers and other tools read them.
    private static string FormName(Newswire.MentionForm form) => form switch
    {
        Newswire.MentionForm.Nominal => "nominal",
        Newswire.MentionForm.Pronoun => "pronoun",
        _ => "name",
    };

    private static void WriteStrings(Utf8JsonWriter w, string name, System.Collections.Generic.IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
