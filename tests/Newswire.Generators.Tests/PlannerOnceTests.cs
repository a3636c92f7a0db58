using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Newswire.Building;
using Newswire.Extraction;
using Newswire.Generators.Tests.Infrastructure;

namespace Newswire.Generators.Tests;

/// <summary>
/// The planner runs once per consumer: the generator merges actors across articles and writes the result as
/// <c>[ActorData]</c>; the runtime builds its actors from that instead of merging again. <c>Article.Parse</c> and the
/// CLI, which have no generator, merge at run time with the same code (<c>DatasetPlanner.MergeActors</c>).
/// </summary>
public class PlannerOnceTests
{
    [Fact]
    public void Runtime_takes_the_generators_merge_as_it_is()
    {
        // No article, one actor the generator says it merged: the dataset holds exactly that actor.
        var dataset = GeneratedDataset.Build(typeof(NoArticles), typeof(OneActor)).Dataset;
        var actor = Assert.Single(dataset.Actors);
        Assert.Equal(("Alpha", "P:alpha x", "Alpha X", ActorKind.Person, "ABC"), (actor.Id, actor.Key, actor.Name, actor.Kind, actor.Country));
        Assert.Equal(new[] { "Envoy" }, actor.Roles);
    }

    [Fact]
    public void Generated_actors_equal_a_merge_at_run_time()
    {
        var seeds = GeneratorHarness.Seeds().ToList();
        var result = GeneratorHarness.Run(seeds, "", LanguageVersion.Latest);
        var assembly = CompileTests.Load(result.Output);
        var generated = (IReadOnlyList<Actor>)assembly.GetType("MyApp.News.Actors")!.GetProperty("All")!.GetValue(null)!;

        var builder = new DatasetBuilder();
        foreach (var (path, text) in seeds.OrderBy(s => "news/" + System.IO.Path.GetFileName(s.Path), System.StringComparer.Ordinal))
        {
            builder.Add(ArticleExtractor.Extract("news/" + System.IO.Path.GetFileName(path), text));
        }

        var merged = builder.Build().Actors;
        Assert.NotEmpty(generated);
        Assert.Equal(Shape(merged), Shape(generated));
    }

    private static IEnumerable<string> Shape(IReadOnlyList<Actor> actors) =>
        actors.Select(a => string.Join("|", a.Id, a.Key, a.Name, a.Kind, a.Country, string.Join(";", a.Roles), string.Join(";", a.Aliases)));

    private static class NoArticles
    {
    }

    // index 0, identifier, key, name, kind (Person), country, roles, aliases (ActorPlanCodec's format).
    [ActorData("0,5:Alpha9:P:alpha x7:Alpha X0,3:ABC1,5:Envoy0,")]
    private static class OneActor
    {
    }
}
