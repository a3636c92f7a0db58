using System;
using System.Linq;
using Newswire;
using NewsExplorer.News;

// Every article with its actors and events, straight from the generated dataset.
foreach (Article article in Articles.All)
{
    Console.WriteLine(article.Title);
    Console.WriteLine($"  {article.SourcePath} | {article.Outlet ?? "no outlet"} | {article.Paragraphs.Count} paragraphs");
    Console.WriteLine("  Actors:");
    foreach (Actor actor in article.Actors)
    {
        var facts = string.Join(", ", new[] { actor.Kind.ToString(), actor.Country, string.Join("/", actor.Roles) }.Where(s => !string.IsNullOrEmpty(s)));
        Console.WriteLine($"    {actor.Name} ({facts})");
    }

    Console.WriteLine("  Events:");
    foreach (Event e in article.Events)
    {
        Console.WriteLine($"    {e}{(e.Modality == EventModality.Happened ? "" : " [" + e.Modality + "]")}");
    }

    Console.WriteLine();
}

// One identity across articles: an actor's timeline of events.
Actor? leader = Actors.ByName("Vladimir Putin");
if (leader != null)
{
    Console.WriteLine($"{leader.Name}: {leader.Kind}, {leader.Country}, in {leader.Articles.Count} articles");
    foreach (Event e in leader.Events)
    {
        Console.WriteLine($"  {e.Article.Id}: {e}");
    }

    Console.WriteLine();
}

// Who met whom (CAMEO root 04, consult), and events by place.
Console.WriteLine("Who met whom:");
foreach (Event e in Events.All.Where(e => e.RootCode == "04" && e.Counterparts.Count > 0))
{
    Console.WriteLine($"  {e.Agent.Name} -> {string.Join(", ", e.Counterparts.Select(c => c.Name))}");
}

Console.WriteLine("Events by place:");
foreach (var place in Events.All.Where(e => e.Location != null).GroupBy(e => e.Location!.Name).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"  {place.Key}: {string.Join(", ", place.Select(e => e.Code))}");
}

Console.WriteLine($"{Articles.All.Count} articles, {Actors.All.Count} actors, {Events.All.Count} events.");
