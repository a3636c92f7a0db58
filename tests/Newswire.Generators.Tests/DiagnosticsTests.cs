using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Newswire.Extraction.Diagnostics;
using Newswire.Generators.Diagnostics;
using Newswire.Generators.Tests.Infrastructure;

namespace Newswire.Generators.Tests;

public class DiagnosticsTests
{
    private static Diagnostic Single(GeneratorHarness.Result result, string id) =>
        Assert.Single(result.GeneratorDiagnostics, d => d.Id == id);

    [Fact]
    public void Descriptors_AgreeWithTheCatalog()
    {
        var descriptors = DiagnosticDescriptors.All.ToDictionary(d => d.Id);
        Assert.Equal(DiagnosticCatalog.All.Select(d => d.Id).OrderBy(x => x), descriptors.Keys.OrderBy(x => x));
        foreach (var d in DiagnosticCatalog.All)
        {
            Assert.Equal(d.Category, descriptors[d.Id].Category);
            Assert.Equal(d.Title, descriptors[d.Id].Title.ToString());
            Assert.Equal((int)d.Severity, (int)descriptors[d.Id].DefaultSeverity);
        }
    }

    [Fact]
    public void EmptyArticle_IsReportedAndNotGenerated()
    {
        var result = GeneratorHarness.Run(new[] { ("/project/news/empty.txt", "  \n\n "), ("/project/news/ok.txt", "A headline\n\nA body.") });
        var d = Single(result, "NEWS001");
        Assert.Equal("/project/news/empty.txt", d.Location.GetLineSpan().Path);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.DoesNotContain(result.Run.Results.Single().GeneratedSources, s => s.HintName.Contains("empty"));
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void UnclosedFrontMatter_PointsAtLineOne()
    {
        var result = GeneratorHarness.Run(new[] { ("/project/news/bad.txt", "---\nid: x\nHeadline\n\nBody text.") });
        var d = Single(result, "NEWS003");
        Assert.Equal(0, d.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("never closed", d.GetMessage());
    }

    [Fact]
    public void FrontMatterWithoutBody_HasNoHeadline_AndUsesTheFileName()
    {
        var result = GeneratorHarness.Run(new[] { ("/project/news/only-meta.txt", "---\nid: only-meta\noutlet: Wire\n---\n") });
        var d = Single(result, "NEWS002");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("Article OnlyMeta;", result.AllSource);
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void UnknownFrontMatterKey_IsAnInfoAtItsLine()
    {
        var result = GeneratorHarness.Run(new[] { ("/project/news/k.txt", "---\nid: k\ncolour: red\n---\nHeadline\n\nBody.") });
        var d = Single(result, "NEWS004");
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.Equal((2, 0), (d.Location.GetLineSpan().StartLinePosition.Line, d.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Contains("'colour'", d.GetMessage());
    }

    [Fact]
    public void InvalidFrontMatterDate_PointsAtItsLineAndColumn()
    {
        var result = GeneratorHarness.Run(new[] { ("/project/news/d.txt", "---\nid: d\ndate: someday\n---\nHeadline\n\nBody.") });
        var d = Single(result, "NEWS005");
        var position = d.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((2, 5), (position.Line, position.Character));
    }

    [Fact]
    public void UnreadableArticle_IsReported()
    {
        var driver = GeneratorHarness.Driver(new AdditionalText[] { new TestAdditionalText("/project/news/gone.txt", null) });
        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out var output, out var diagnostics);
        Assert.Contains(diagnostics, d => d.Id == "NEWS008");
        Assert.Empty(output.GetDiagnostics().Where(x => x.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void SameHeadlineTwice_GetsUniqueNamesAndAnInfo()
    {
        var result = GeneratorHarness.Run(new[] { ("/project/a/same.txt", "Same Headline\n\nOne."), ("/project/b/same.txt", "Same Headline\n\nTwo.") });
        var d = Single(result, "NEWS006");
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        var index = result.AllSource;
        Assert.Contains("Article SameHeadline;", index);
        Assert.Contains("Article SameHeadline_Same;", index);
        Assert.Equal(3, result.Run.Results.Single().GeneratedSources.Length); // hint names differ for equal file names
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void InvalidOption_IsReportedAndDefaultUsed()
    {
        var globals = GeneratorHarness.DefaultGlobals();
        globals["build_property.NewswireNamespace"] = "My App";
        var result = GeneratorHarness.Run(new[] { ("/project/n.txt", "Headline\n\nBody.") }, globals: globals);
        Assert.Contains("'My App'", Single(result, "NEWS012").GetMessage());
        Assert.Contains("namespace Newswire.Generated", result.AllSource);
    }

    [Fact]
    public void NonArticleTextFiles_AreIgnored()
    {
        var perFile = new Dictionary<string, Dictionary<string, string>>
        {
            ["/project/optout.txt"] = new() { ["build_metadata.AdditionalFiles.NewswireArticle"] = "false" },
        };
        var result = GeneratorHarness.Run(
            new[] { ("/project/PublicAPI.Shipped.txt", "#nullable enable"), ("/project/optout.txt", "Not an article"), ("/project/notes.md", "# md"), ("/project/real.txt", "Real Headline\n\nBody.") },
            perFile: perFile);
        var index = result.AllSource;
        Assert.Contains("Article RealHeadline;", index);
        Assert.Equal(2, result.Run.Results.Single().GeneratedSources.Length);
    }
}
