using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using Newswire.Extraction.Codec;
using Newswire.Extraction.Events;
using Newswire.Extraction.Model;

namespace Newswire.Cli.Commands;

/// <summary>Writes the extraction as JSON (one document), NDJSON (one article per line) or JSON-LD (schema.org NewsArticle with its actors as mentions and its events as Event).</summary>
internal static partial class JsonExport
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

    private static void WriteArticle(Utf8JsonWriter w, Corpus corpus, ExtractedArticle a)
    {
        w.WriteStartObject();
        w.WriteString("file", a.Path);
        w.WriteString("id", a.Id);
        w.WriteString("title", a.Title);
        w.WriteString("outlet", a.Outlet);
        w.WriteString("section", a.Section);
        w.WriteString("published", a.Published);
        WriteStrings(w, "paragraphs", a.ParagraphTexts());
        w.WriteStartObject("frontMatter");
        foreach (var e in a.Layout.FrontMatterEntries)
        {
            w.WriteString(e.Key, e.Value);
        }

        w.WriteEndObject();
        w.WriteStartArray("actors");
        for (var i = 0; i < a.Actors.Count; i++)
        {
            WriteActor(w, corpus.ActorId(a, i), a.Actors[i]);
        }

        w.WriteEndArray();
        w.WriteStartArray("events");
        foreach (var e in a.Events)
        {
            WriteEvent(w, corpus, a, e);
        }

        w.WriteEndArray();
        WriteDiagnostics(w, a);
        w.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter w, string id, ExtractedActor actor)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
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

    /// <summary>
    /// One event: every field of <see cref="EventFields.All"/> under its name and in its order (so a new field of the
    /// engine's event is exported without a change here), each followed by the values derived from it.
    /// </summary>
    private static void WriteEvent(Utf8JsonWriter w, Corpus corpus, ExtractedArticle a, ExtractedEvent e)
    {
        w.WriteStartObject();
        foreach (var field in EventFields.All)
        {
            WriteEventField(w, corpus, a, e, field);
            WriteDerived(w, a, e, field.Name);
        }

        w.WriteEndObject();
    }

    private static void WriteEventField(Utf8JsonWriter w, Corpus corpus, ExtractedArticle a, ExtractedEvent e, EventField field)
    {
        switch (field.Kind)
        {
            case EventFieldKind.Actor:
                var actor = field.Actor!(e);
                w.WriteString(field.Name, actor >= 0 ? corpus.ActorId(a, actor) : null);
                break;
            case EventFieldKind.Actors:
                w.WriteStartArray(field.Name);
                foreach (var c in field.Actors!(e))
                {
                    w.WriteStringValue(corpus.ActorId(a, c));
                }

                w.WriteEndArray();
                break;
            case EventFieldKind.Span:
                w.WriteString(field.Name, field.Span!(e).Of(a.Text));
                break;
            case EventFieldKind.Fraction:
                w.WriteNumber(field.Name, field.Number!(e));
                break;
            default:
                w.WriteString(field.Name, field.Text!(e));
                break;
        }
    }

    // Values the export adds after a stored field: the code's scales, the sentence's offset, the event's place.
    private static void WriteDerived(Utf8JsonWriter w, ExtractedArticle a, ExtractedEvent e, string after)
    {
        switch (after)
        {
            case "code":
                w.WriteString("root", e.Root);
                break;
            case "sentence":
                w.WriteNumber("sentenceStart", e.Sentence.Start);
                break;
            case "trigger":
                w.WriteNumber("goldstein", CameoScale.Goldstein(e.Code));
                w.WriteNumber("quadClass", CameoScale.QuadClass(e.Code));
                break;
            case "confidence":
                w.WriteString("ploverType", PloverScale.EventType(e.Code));
                w.WriteString("ploverMode", PloverScale.Mode(e.Code));
                w.WriteString("ploverContext", PloverScale.Context(e.Code));
                if (e.Location >= 0)
                {
                    PlaceJson.Write(w, "place", a.Actors[e.Location].Place);
                }

                break;
        }
    }

    private static void WriteDiagnostics(Utf8JsonWriter w, ExtractedArticle a)
    {
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
    }

    // Lower-case form names, as the scorers and other tools read them.
    private static string FormName(Newswire.MentionForm form) => form switch
    {
        Newswire.MentionForm.Nominal => "nominal",
        Newswire.MentionForm.Pronoun => "pronoun",
        _ => "name",
    };

    private static void WriteStrings(Utf8JsonWriter w, string name, System.Collections.Generic.IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
