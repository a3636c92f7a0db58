using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Newswire.Generators.Diagnostics;
using Newswire.Generators.Tests.Infrastructure;

namespace Newswire.Generators.Tests;

/// <summary>Diagnostics that tell a newcomer what went wrong: no article at all, a duplicate id, help links that land.</summary>
public class DiagnosticHelpTests
{
    [Fact]
    public void NoArticle_IsAWarningThatSaysWhereItLookedAndHowToAddArticles()
    {
        var result = GeneratorHarness.Run(new[] { ("/project/PublicAPI.Shipped.txt", "#nullable enable") });
        var d = Assert.Single(result.GeneratorDiagnostics, x => x.Id == "NEWS014");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("news/**/*.txt under the project folder (/project/)", d.GetMessage());
        Assert.Contains("<Article Include=\"articles/**/*.txt\" />", d.GetMessage());
    }

    [Fact]
    public void NoArticle_IsSilentWhenThereIsOneOrNewswireIsOff()
    {
        Assert.DoesNotContain(GeneratorHarness.Run(new[] { ("/project/news/a.txt", "Headline\n\nBody.") }).GeneratorDiagnostics, x => x.Id == "NEWS014");
        var globals = GeneratorHarness.DefaultGlobals();
        globals["build_property.NewswireEnabled"] = "false";
        Assert.DoesNotContain(GeneratorHarness.Run(Array.Empty<(string, string)>(), globals: globals).GeneratorDiagnostics, x => x.Id == "NEWS014");
    }

    [Fact]
    public void DuplicateId_IsAWarningNamingBothFiles()
    {
        var result = GeneratorHarness.Run(new[]
        {
            ("/project/news/a.txt", "---\nid: summit\n---\nFirst Headline\n\nOne."),
            ("/project/news/b.txt", "---\nid: summit\n---\nSecond Headline\n\nTwo."),
        });
        var d = Assert.Single(result.GeneratorDiagnostics, x => x.Id == "NEWS015");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("/project/news/b.txt", d.Location.GetLineSpan().Path);
        Assert.Contains("'summit' is also the id of news/a.txt", d.GetMessage());
        Assert.Contains("Give one of the two articles another front matter 'id'", d.GetMessage());
        Assert.DoesNotContain(result.GeneratorDiagnostics, x => x.Id == "NEWS006");
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void SameHeadline_StaysAnInfoWithAdviceAboutTheHeadline()
    {
        var result = GeneratorHarness.Run(new[] { ("/project/a/same.txt", "Same Headline\n\nOne."), ("/project/b/same.txt", "Same Headline\n\nTwo.") });
        var d = Assert.Single(result.GeneratorDiagnostics, x => x.Id == "NEWS006");
        Assert.Contains("set a front matter 'id' to choose its name", d.GetMessage());
        Assert.DoesNotContain(result.GeneratorDiagnostics, x => x.Id == "NEWS015");
    }

    /// <summary>Each help link is the README's address plus the anchor GitHub gives that id's own heading.</summary>
    [Fact]
    public void HelpLinks_LandOnAReadmeHeadingOfTheirOwn()
    {
        var anchors = File.ReadAllLines(Path.Combine(GeneratorHarness.RepoRoot, "README.md"))
            .Where(l => l.StartsWith('#'))
            .Select(l => Slug(l.TrimStart('#').Trim()))
            .ToHashSet();
        foreach (var d in DiagnosticDescriptors.All)
        {
            Assert.Equal("https://github.com/newswire/newswire#" + d.Id.ToLowerInvariant(), d.HelpLinkUri);
            Assert.Contains(d.Id.ToLowerInvariant(), anchors);
        }
    }

    [Fact]
    public void ReleaseTracking_ListsEveryId()
    {
        var dir = Path.Combine(GeneratorHarness.RepoRoot, "src", "Newswire.Generators");
        var tracked = File.ReadAllText(Path.Combine(dir, "AnalyzerReleases.Shipped.md")) + File.ReadAllText(Path.Combine(dir, "AnalyzerReleases.Unshipped.md"));
        foreach (var d in DiagnosticDescriptors.All)
        {
            Assert.Contains(d.Id + " | " + d.Category + " | " + d.DefaultSeverity + " | " + d.Title, tracked);
        }
    }

    // GitHub's heading anchors: lower case, punctuation other than '-' and '_' dropped, spaces to '-'.
    private static string Slug(string heading)
    {
        var sb = new StringBuilder();
        foreach (var c in heading.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c == '-' || c == '_')
            {
                sb.Append(c);
            }
            else if (c == ' ')
            {
                sb.Append('-');
            }
        }

        return sb.ToString();
    }
}
