using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newswire;
using NewsExplorer;
using NewsExplorer.News;

// An analyst's briefing over the generated dataset: what the articles are, what each person and organization did
// and when, who met whom, and what happened where. Everything below is typed data the compiler checked.
Console.WriteLine($"BRIEFING: {Articles.All.Count} articles, {Actors.All.Count} actors, {Events.All.Count} events");
var undated = Articles.All.Count(a => a.Published is null);
if (undated > 0)
{
    // Relative times ("the day before") become dates only against the article's own date.
    Console.WriteLine($"({Briefing.Count(undated, "article")} without a date: a front matter 'date:' line or NewswireDate item metadata gives one)");
}

Console.WriteLine();

Console.WriteLine("ARTICLES");
foreach (Article article in Articles.All)
{
    Console.WriteLine($"  {Briefing.Day(article.Published)}  {article.Title}");
    Console.WriteLine($"              {article.Outlet ?? "no outlet"} | {article.SourcePath} | {article.Paragraphs.Count} paragraphs, {article.Events.Count} events");
    foreach (var kind in new[] { ActorKind.Person, ActorKind.Organization, ActorKind.Location })
    {
        var named = article.Actors.Where(a => a.Kind == kind).Select(Briefing.Label).ToList();
        if (named.Count > 0)
        {
            Console.WriteLine($"              {Briefing.Plural(kind)}: {string.Join("; ", named)}");
        }
    }
}

Console.WriteLine();

// A timeline per person and organization that acts in an event, busiest first: dated events in date order (the
// event's own date, else its article's), then undated ones in article and text order.
Console.WriteLine("TIMELINES (people and organizations)");
foreach (Actor actor in Actors.All.Where(Briefing.IsPartyKind).Where(a => a.Events.Count > 0).OrderByDescending(a => a.Events.Count).ThenBy(a => a.Name, StringComparer.Ordinal))
{
    Console.WriteLine($"  {Briefing.Label(actor)}, in {Briefing.Count(actor.Articles.Count, "article")}");
    foreach (Event e in Briefing.Chronological(actor.Events))
    {
        Console.WriteLine($"    {Briefing.When(e),-30} {e.Code} {Briefing.Cameo(e),-30} {Briefing.Summary(e)}");
        Console.WriteLine($"    {"",-30} in \"{Briefing.Short(e.Article.Title, 90)}\"");
    }
}

Console.WriteLine();

// Who met whom: CAMEO root 04 (consult: meetings, visits, talks) between people and organizations, once per event.
Console.WriteLine("WHO MET WHOM (people and organizations, CAMEO 04 consult)");
foreach (Event e in Briefing.Chronological(Events.All.Where(e => e.RootCode == "04" && Briefing.IsPartyKind(e.Agent))))
{
    var others = e.Counterparts.Where(Briefing.IsPartyKind).Where(c => !ReferenceEquals(c, e.Agent)).Distinct().ToList();
    if (others.Count > 0)
    {
        var place = e.Location is null ? "" : " @ " + Briefing.Place(e.Location);
        Console.WriteLine($"  {e.Agent.Name} - {string.Join(", ", others.Select(o => o.Name))}: {e.Code} {Briefing.Cameo(e)}{place}, {Briefing.When(e)}");
    }
}

Console.WriteLine();

// Events by place, with the place's country.
Console.WriteLine("EVENTS BY PLACE");
foreach (var place in Events.All.Where(e => e.Location != null).GroupBy(e => e.Location!).OrderBy(g => g.Key.Country ?? "~", StringComparer.Ordinal).ThenBy(g => g.Key.Name, StringComparer.Ordinal))
{
    Console.WriteLine($"  {Briefing.Place(place.Key)}");
    foreach (Event e in Briefing.Chronological(place))
    {
        Console.WriteLine($"    {Briefing.When(e),-30} {e.Code} {Briefing.Cameo(e),-30} {e.Agent.Name}{(e.Counterparts.Count > 0 ? " -> " + string.Join(", ", e.Counterparts.Select(c => c.Name)) : "")}");
    }
}

namespace NewsExplorer
{
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
                parts.Add((e.Agent == null ? "" : e.Agent.Name + " -> ") + string.Join(", ", e.Counterparts.Select(c => c.Name)));
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

        /// <summary>
        /// A place with its country: "Astana (KAZ)". Coordinates go here when actors carry them (Actor.Place):
        /// "Astana (KAZ, 51.17 N 71.45 E)".
        /// </summary>
        public static string Place(Actor place) => place.Name + " (" + (place.Country ?? "country unknown") + ")";

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
}
