using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newswire;

namespace NewsExplorer;

/// <summary>How the briefing writes dates, actors, places and events.</summary>
internal static class Briefing
{
    /// <summary>People and organizations act and meet; places and countries do not.</summary>
    public static bool IsPartyKind(Actor actor) => actor.Kind == ActorKind.Person || actor.Kind == ActorKind.Organization;

    /// <summary>"2024-10-08", or "undated".</summary>
    public static string Day(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated   ";

    /// <summary>
    /// When an event happened: its normalised date, else its article's date, and the time as the article wrote it
    /// ("2024-10-10 'October 10'", "article 2024-10-08", "undated 'the day before'").
    /// </summary>
    public static string When(Event e)
    {
        var day = e.Date != null ? Day(e.Date) : e.Article.Published != null ? "article " + Day(e.Article.Published) : "undated";
        return e.Time is null ? day : day + " '" + Short(e.Time, 20) + "'";
    }

    /// <summary>Dated events by date, then undated ones, each in article and text order.</summary>
    public static IEnumerable<Event> Chronological(IEnumerable<Event> events) =>
        events.Select((e, i) => (e, i))
            .OrderBy(p => (p.e.Date ?? p.e.Article.Published) is null)
            .ThenBy(p => p.e.Date ?? p.e.Article.Published)
            .ThenBy(p => p.i)
            .Select(p => p.e);

    /// <summary>The CAMEO label of the event's code ("Make a visit").</summary>
    public static string Cameo(Event e) => e.Description ?? "(code not in CAMEO)";

    /// <summary>"-> Southern Military District @ Rostov-on-Don (RUS) [planned]".</summary>
    public static string Summary(Event e)
    {
        var parts = new List<string>();
        if (e.Counterparts.Count > 0)
        {
            parts.Add(e.Agent.Name + " -> " + string.Join(", ", e.Counterparts.Select(c => c.Name)));
        }
        else
        {
            parts.Add(e.Agent.Name);
        }

        if (e.Location != null)
        {
            parts.Add("@ " + Place(e.Location));
        }

        if (e.Modality != EventModality.Happened)
        {
            parts.Add("[" + e.Modality.ToString().ToLowerInvariant() + "]");
        }

        return string.Join(" ", parts);
    }

    /// <summary>A place with its country and, when the gazetteer gives one, its point: "Astana (KAZ, 51.18 N 71.45 E)".</summary>
    public static string Place(Actor place)
    {
        var country = place.Place?.Country ?? place.Country ?? "country unknown";
        var point = place.Place is { HasPoint: true } p
            ? ", " + Degrees(p.Latitude!.Value, "N", "S") + " " + Degrees(p.Longitude!.Value, "E", "W")
            : "";
        return place.Name + " (" + country + point + ")";
    }

    private static string Degrees(double value, string positive, string negative) =>
        Math.Abs(value).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " " + (value >= 0 ? positive : negative);

    /// <summary>"Vladimir Putin (RUS, President)".</summary>
    public static string Label(Actor actor)
    {
        var facts = new[] { actor.Country, string.Join("/", actor.Roles) }.Where(s => !string.IsNullOrEmpty(s)).ToList();
        return facts.Count == 0 ? actor.Name : actor.Name + " (" + string.Join(", ", facts) + ")";
    }

    public static string Plural(ActorKind kind) => kind switch
    {
        ActorKind.Person => "people",
        ActorKind.Organization => "organizations",
        _ => "places",
    };

    public static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");

    public static string Short(string text, int max) => text.Length <= max ? text : text.Substring(0, max - 1).TrimEnd() + "\u2026";
}
