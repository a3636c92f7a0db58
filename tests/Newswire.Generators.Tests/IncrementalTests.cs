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
        Assert.All(Reasons(driver, TrackingNames.Collected), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void EditingOneArticleTwiceTheSame_LeavesIndexUnchanged()
    {
        var (driver, files, compilation) = Warm(5);
        // Same text, new AdditionalText instance: the article is re-read, but its model is equal, so nothing downstream re-runs.
        driver = driver.ReplaceAdditionalText(files[2], new TestAdditionalText(files[2].Path, files[2].GetText()!.ToString())).RunGenerators(compilation);

        Assert.Equal(1, Reasons(driver, TrackingNames.Parsed).Count(r => r == IncrementalStepRunReason.Unchanged));
        Assert.All(Reasons(driver, TrackingNames.Collected), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }
}
