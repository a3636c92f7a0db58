using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using Newswire.Extraction.Events;
using Newswire.Extraction.Model;

namespace Newswire.Cli.Commands;

/// <summary>
/// Writes the extraction as one GeoJSON FeatureCollection (RFC 7946): a Point feature per event whose place has a
/// point (properties: CAMEO code and label, agent, target, date, article) and one per located actor. Positions are
/// [longitude, latitude] in WGS84, as the RFC requires; places without a point (regions) are left out.
/// </summary>
internal static class GeoJsonExport
{
    private static readonly JsonWriterOptions Options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static void Write(Corpus corpus, Stream output)
    {
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        foreach (var a in corpus.Articles)
        {
            foreach (var e in a.Events)
            {
                var place = e.Location >= 0 && e.Location < a.Actors.Count ? a.Actors[e.Location].Place : null;
                if (place is null || !place.HasPoint)
                {
                    continue;
                }

                Start(w, place);
                w.WriteString("feature", "event");
                w.WriteString("code", e.Code);
                w.WriteString("label", CameoScale.Label(e.Code));
                w.WriteString("agent", a.Actors[e.Agent].Name);
                w.WriteString("agentCountry", a.Actors[e.Agent].Country);
                w.WriteString("target", e.Counterparts.Count > 0 ? a.Actors[e.Counterparts[0]].Name : null);
                w.WriteString("date", e.Date ?? a.Published);
                w.WriteString("modality", e.Modality.ToString());
                w.WriteString("location", a.Actors[e.Location].Name);
                Place(w, place);
                w.WriteString("article", a.Id);
                w.WriteString("sentence", e.Sentence.Of(a.Text));
                End(w);
            }
        }

        var seen = new HashSet<string>();
        foreach (var a in corpus.Articles)
        {
            for (var i = 0; i < a.Actors.Count; i++)
            {
                var actor = a.Actors[i];
                var place = actor.Place;
                var id = corpus.ActorId(a, i);
                if (place is null || !place.HasPoint || !seen.Add(id))
                {
                    continue; // one feature per actor: where its first article places it
                }

                Start(w, place);
                w.WriteString("feature", "actor");
                w.WriteString("id", id);
                w.WriteString("name", actor.Name);
                w.WriteString("kind", actor.Kind.ToString());
                Place(w, place);
                w.WriteString("article", a.Id);
                End(w);
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Start(Utf8JsonWriter w, Newswire.Place place)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteStartObject("geometry");
        w.WriteString("type", "Point");
        w.WriteStartArray("coordinates");
        w.WriteNumberValue(place.Longitude!.Value);
        w.WriteNumberValue(place.Latitude!.Value);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("properties");
    }

    private static void Place(Utf8JsonWriter w, Newswire.Place place)
    {
        w.WriteString("place", place.Name);
        w.WriteString("placeKind", place.Kind.ToString());
        w.WriteString("country", place.Country);
        w.WriteString("admin1", place.Admin1);
        if (place.GeoNamesId != 0)
        {
            w.WriteNumber("geonameid", place.GeoNamesId);
        }
    }

    private static void End(Utf8JsonWriter w)
    {
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
