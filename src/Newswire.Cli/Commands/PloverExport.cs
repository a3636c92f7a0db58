using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using Newswire.Extraction.Events;
using Newswire.Extraction.Model;

namespace Newswire.Cli.Commands;

/// <summary>
/// PLOVER JSON lines: one object per event that has a PLOVER type (public statements, CAMEO root 01, have none), with
/// the fields the PLOVER specification asks of an event record: id, date, actor (and its country), recipient (and
/// its country), event type, mode and context where known, the event text with offsets, and the source (outlet)
/// and story id. The CAMEO code, modality, confidence and incident id ride along.
/// </summary>
internal static class PloverExport
{
    /// <summary>The fields every line carries (a null value when unknown).</summary>
    public static readonly string[] RequiredFields =
    {
        "id", "date", "actor", "actor_country", "recipient", "recipient_country", "event_type", "mode", "context", "event_text",
        "text_offsets", "source", "story_id",
    };

    private static readonly JsonWriterOptions Compact = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Corpus corpus, Stream output)
    {
        var incidentOf = new System.Collections.Generic.Dictionary<(int, int), string>();
        foreach (var incident in corpus.Incidents)
        {
            foreach (var r in incident.Reports)
            {
                incidentOf[r] = incident.Id;
            }
        }

        for (var a = 0; a < corpus.Articles.Count; a++)
        {
            var article = corpus.Articles[a];
            for (var i = 0; i < article.Events.Count; i++)
            {
                var e = article.Events[i];
                var type = PloverScale.EventType(e.Code);
                if (type == null)
                {
                    continue;
                }

                string? Name(int actor) => actor >= 0 && actor < article.Actors.Count ? article.Actors[actor].Name : null;
                string? Country(int actor) => actor >= 0 && actor < article.Actors.Count ? article.Actors[actor].Country : null;
                var recipient = e.Counterparts.Count > 0 ? e.Counterparts[0] : -1;
                using (var w = new Utf8JsonWriter(output, Compact))
                {
                    w.WriteStartObject();
                    w.WriteString("id", article.Id + "-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    w.WriteString("date", e.Date ?? article.Published);
                    w.WriteString("actor", Name(e.Agent));
                    w.WriteString("actor_country", Country(e.Agent));
                    w.WriteString("recipient", Name(recipient));
                    w.WriteString("recipient_country", Country(recipient));
                    w.WriteString("event_type", type);
                    w.WriteString("mode", PloverScale.Mode(e.Code));
                    w.WriteString("context", PloverScale.Context(e.Code));
                    w.WriteString("event_text", e.Sentence.Of(article.Text));
                    w.WriteStartObject("text_offsets");
                    w.WriteNumber("sentence_start", e.Sentence.Start);
                    w.WriteNumber("sentence_end", e.Sentence.Start + e.Sentence.Length);
                    w.WriteNumber("trigger_start", e.Trigger.Start);
                    w.WriteNumber("trigger_end", e.Trigger.Start + e.Trigger.Length);
                    w.WriteEndObject();
                    w.WriteString("source", article.Outlet ?? article.Layout.Get("source"));
                    w.WriteString("story_id", article.Id);
                    w.WriteString("file", article.Path);
                    w.WriteString("location", Name(e.Location));
                    w.WriteString("cameo", e.Code);
                    w.WriteString("modality", e.Modality.ToString().ToLowerInvariant());
                    w.WriteNumber("confidence", e.Confidence);
                    w.WriteString("incident", incidentOf.TryGetValue((a, i), out var id) ? id : null);
                    w.WriteEndObject();
                }

                output.WriteByte((byte)'\n');
            }
        }
    }
}
