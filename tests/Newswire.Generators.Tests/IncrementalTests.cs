using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Newswire.Generators.Tests.Infrastructure;

namespace Newswire.Generators.Tests;

/// <summary>Editing one article re-reads only that article; editing C# code re-reads none.</summary>
public class IncrementalTests
{
    private static (GeneratorDriver Driver, List<AdditionalText> Files, Compilation Compilation) Warm(int count)
    {
        var files = Enumerable.Range(0, count)
            .Select(i => (AdditionalText)new TestAdditionalText($"/project/news/a{i:D3}.txt", $"Headline number {i}\n\nPresident Vladimir Putin visited Astana on Monday, article {i}."))
            .ToList();
        var compilation = GeneratorHarness.Compilation("class C { }");
        var driver = GeneratorHarness.Driver(files, trackSteps: true).RunGenerators(compilation);
        return (driver, files, compilation);
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    [Fact]
    public void EditingOneArticle_RereadsOnlyThatArticle()
    {
        var (driver, files, compilation) = Warm(20);
        var edited = new TestAdditionalText(files[7].Path, "Headline number 7, edited\n\nTASS reported a new statement.");
        driver = driver.ReplaceAdditionalText(files[7], edited).RunGenerators(compilation);

        var parsed = Reasons(driver, TrackingNames.Parsed);
        Assert.Equal(20, parsed.Length);
        Assert.Equal(1, parsed.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(19, parsed.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void EditingCSharpCode_RereadsNoArticle()
    {
        var (driver, _, compilation) = Warm(20);
        var next = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(), CSharpSyntaxTree.ParseText("class C { int x; }", (CSharpParseOptions)compilation.SyntaxTrees.Single().Options));
        driver = driver.RunGenerators(next);

        Assert.All(Reasons(driver, TrackingNames.Parsed), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(driver, TrackingNames.ArticleNames), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(driver, TrackingNames.ActorPlan), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void EditingOneArticlesBody_ReemitsOnlyThatArticlesFile()
    {
        var (driver, files, compilation) = Warm(20);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText);

        // Same headline, same actors, more body text: names, actors and the index stay as they were.
        var edited = new TestAdditionalText(files[7].Path, files[7].GetText()!.ToString() + "\n\nThe talks lasted three hours.");
        driver = driver.ReplaceAdditionalText(files[7], edited).RunGenerators(compilation);
        var after = driver.GetRunResult().Results.Single().GeneratedSources;

        Assert.All(Reasons(driver, TrackingNames.PlanInputs), r => Assert.NotEqual(IncrementalStepRunReason.Modified, r));
        Assert.All(Reasons(driver, TrackingNames.ArticleNames), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(driver, TrackingNames.ActorPlan), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        var changed = after.Where(s => !ReferenceEquals(before[s.HintName], s.SourceText)).Select(s => s.HintName).ToList();
        Assert.Equal(new[] { after.Single(s => s.HintName.StartsWith("Newswire.Articles/a007.", System.StringComparison.Ordinal)).HintName }, changed);
    }

    [Fact]
    public void NewActorInOneArticle_ReemitsTheActorsButNoOtherArticle()
    {
        var (driver, files, compilation) = Warm(20);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText);
        var edited = new TestAdditionalText(files[3].Path, files[3].GetText()!.ToString() + "\n\nEmmanuel Macron called Olaf Scholz.");
        driver = driver.ReplaceAdditionalText(files[3], edited).RunGenerators(compilation);
        var after = driver.GetRunResult().Results.Single().GeneratedSources;

        // Names are planned again (the article's planning input changed) but come out the same.
        Assert.All(Reasons(driver, TrackingNames.ArticleNames), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(driver, TrackingNames.ActorPlan));
        var changed = after.Where(s => !ReferenceEquals(before[s.HintName], s.SourceText)).Select(s => s.HintName).OrderBy(n => n, System.StringComparer.Ordinal).ToList();
        Assert.Equal(2, changed.Count);
        Assert.Equal("Newswire.Actors.g.cs", changed[0]);
        Assert.StartsWith("Newswire.Articles/a003.", changed[1], System.StringComparison.Ordinal);
        Assert.Contains("OlafScholz", after.Single(s => s.HintName == "Newswire.Actors.g.cs").SourceText.ToString());
    }

    [Fact]
    public void EditingOneArticleTwiceTheSame_LeavesIndexUnchanged()
    {
        var (driver, files, compilation) = Warm(5);
        // Same text, new AdditionalText instance: the file is classified again (its text read and hashed), but it is
        // equal (path, metadata, text), so not even its extraction runs again.
        driver = driver.ReplaceAdditionalText(files[2], new TestAdditionalText(files[2].Path, files[2].GetText()!.ToString())).RunGenerators(compilation);

        Assert.Equal(1, Reasons(driver, TrackingNames.Classified).Count(r => r == IncrementalStepRunReason.Unchanged));
        Assert.All(Reasons(driver, TrackingNames.Parsed), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(driver, TrackingNames.ArticleNames), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(driver, TrackingNames.ActorPlan), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }
}
