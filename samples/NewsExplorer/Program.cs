using System;
using System.Linq;
using NewsExplorer;
using NewsExplorer.News;
using Newswire;

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
