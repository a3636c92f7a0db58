using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Newswire.Generators.Tests.Infrastructure;

namespace Newswire.Generators.Tests.Hostile;

/// <summary>
/// Size, line-length and actor-count limits: a located warning that names the MSBuild property, and the
/// article still generated with its full text (only the analysis is cut).
/// </summary>
public class LimitTests
{
    private const string Path = HostileHarness.Root + "news/limits/";

    private static string Seed => GeneratorHarness.Seeds().First().Text;

    private static (int Line, int Column) Position(Diagnostic d)
    {
        var p = d.Location.GetLineSpan().StartLinePosition;
        return (p.Line + 1, p.Character + 1);
    }

    [Fact]
    public void NineMillionCharacters_WithLoneSurrogates_StayOutOfTheStringHeap_AndComeBackExactly()
    {
        // UTF-8 cannot hold a lone surrogate; such text is escaped into the attribute string rather than emitted as a
        // plain string literal, which at this size would overflow the user-string heap (CS8103).
        var sb = new StringBuilder("Broken \uD800 Headline\n\n");
        var chunk = "Putin met Tokayev in Astana \uDC00 on Monday; ";
        while (sb.Length < 9_000_000)
        {
            sb.Append(chunk);
        }

        var text = sb.ToString();
        var outcome = HostileHarness.Verify(new[] { (Path + "surrogates.txt", text) });
        Assert.Equal(text, outcome.Texts["news/limits/surrogates.txt"]);
        Assert.DoesNotContain(outcome.Result.Output.GetDiagnostics(), d => d.Id == "CS8103");
    }

    [Fact]
    public void TwentyMegabyteSingleLine_IsKeptWhole_WithLocatedWarnings()
    {
        // 20 MB without one line break, with quotes, backslashes and non-ASCII sprinkled in.
        var sb = new StringBuilder(20 * 1024 * 1024 + 100);
        var chunk = "President Vladimir Putin said \"no\" \\ to caf\u00e9 talks in Astana; ";
        while (sb.Length < 20 * 1024 * 1024)
        {
            sb.Append(chunk);
        }

        var text = sb.ToString();
        var outcome = HostileHarness.Verify(new[] { (Path + "huge.txt", text), (Path + "ok.txt", "Small Article\n\nPutin visited Astana.") });
        Assert.Equal(text, outcome.Texts["news/limits/huge.txt"]);

        var tooLarge = Assert.Single(outcome.Diagnostics("NEWS007"));
        Assert.Equal((1, 1), Position(tooLarge));
        Assert.Contains("NewswireMaxArticleChars", tooLarge.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("full text is kept", tooLarge.GetMessage(), StringComparison.Ordinal);
        var longLine = Assert.Single(outcome.Diagnostics("NEWS010"));
        Assert.Equal((1, 1), Position(longLine));
        Assert.Contains("Line 1 has " + text.TrimEnd().Length + " characters", longLine.GetMessage(), StringComparison.Ordinal);

        // The headline of a one-line file is the whole line; it is cut rather than put whole into the assembly's string heap.
        var title = outcome.Titles["news/limits/huge.txt"];
        Assert.True(title.Length <= Newswire.Extraction.ExtractionOptions.DefaultMaxLineChars, "title length " + title.Length);
        Assert.StartsWith("President Vladimir Putin said \"no\"", title, StringComparison.Ordinal);
        Assert.True(outcome.Code.Length < 200_000, "generated code size " + outcome.Code.Length);
    }

    [Fact]
    public void TwoHundredThousandLines_AreKept_OneParagraphEach()
    {
        var sb = new StringBuilder("Two Hundred Thousand Lines\n");
        for (var i = 1; i < 200_000; i++)
        {
            sb.Append(i % 1000 == 0 ? "President Vladimir Putin met officials in Astana.\n" : "Line " + i + ".\n");
        }

        var text = sb.ToString();
        var outcome = HostileHarness.Verify(new[] { (Path + "lines.txt", text) });
        Assert.Equal(text, outcome.Texts["news/limits/lines.txt"]);
        Assert.Equal(200_000 - 1, Newswire.Article.Parse(text, "lines.txt").Paragraphs.Count);
        Assert.Contains("VladimirPutin", outcome.ActorMembers);
        Assert.DoesNotContain(outcome.Result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void MaxArticleChars_FromBuildProperty_LimitsAnalysisNotText()
    {
        var seed = Seed;
        var limit = seed.IndexOf("Earlier that morning", StringComparison.Ordinal); // Tokayev is named after this point only
        Assert.True(limit > 0);
        var globals = HostileHarness.Globals(("NewswireMaxArticleChars", limit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var outcome = HostileHarness.Verify(new[] { (Path + "seed.txt", seed) }, globals);

        var d = Assert.Single(outcome.Diagnostics("NEWS007"));
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal((1, 1), Position(d));
        Assert.Contains($"over the limit of {limit} (NewswireMaxArticleChars)", d.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(seed, outcome.Texts["news/limits/seed.txt"]);
        Assert.Contains("VladimirPutin", outcome.ActorMembers);
        Assert.DoesNotContain("KassymJomartTokayev", outcome.ActorMembers);

        var unlimited = HostileHarness.Verify(new[] { (Path + "seed.txt", seed) });
        Assert.Contains("KassymJomartTokayev", unlimited.ActorMembers);
        Assert.Empty(unlimited.Diagnostics("NEWS007"));
    }

    [Fact]
    public void MaxLineChars_FromBuildProperty_SkipsOnlyTheLongLine()
    {
        var longLine = "Kassym-Jomart Tokayev met Vladimir Putin. " + new string('x', 200);
        var text = "Short Headline\n\nPresident Vladimir Putin visited Astana.\n\n" + longLine + "\n\nThe visit ended.\n";
        var globals = HostileHarness.Globals(("NewswireMaxLineChars", "150"));
        var outcome = HostileHarness.Verify(new[] { (Path + "line.txt", text) }, globals);

        var d = Assert.Single(outcome.Diagnostics("NEWS010"));
        Assert.Equal((5, 1), Position(d));
        Assert.Equal(HostileHarness.Root + "news/limits/line.txt", d.Location.GetLineSpan().Path);
        Assert.Contains($"Line 5 has {longLine.Length} characters, over the limit of 150 (NewswireMaxLineChars)", d.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(text, outcome.Texts["news/limits/line.txt"]);
        Assert.Contains("VladimirPutin", outcome.ActorMembers);
        Assert.DoesNotContain("KassymJomartTokayev", outcome.ActorMembers);
    }

    [Fact]
    public void MaxActorsPerArticle_FromBuildProperty_KeepsTheFirstActors()
    {
        var globals = HostileHarness.Globals(("NewswireMaxActorsPerArticle", "2"));
        var outcome = HostileHarness.Verify(new[] { (Path + "seed.txt", Seed) }, globals);

        var d = Assert.Single(outcome.Diagnostics("NEWS011"));
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(HostileHarness.Root + "news/limits/seed.txt", d.Location.GetLineSpan().Path);
        Assert.Contains("more than 2 actors (NewswireMaxActorsPerArticle); the first 2 are kept", d.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(2, outcome.ActorMembers.Count);
        Assert.Equal(Seed, outcome.Texts["news/limits/seed.txt"]);
    }

    [Fact]
    public void OverlongFrontMatterValue_IsCut_WithALocatedWarning()
    {
        var longTitle = string.Concat(Enumerable.Repeat("Very Long Title ", 20));
        var text = "---\nid: long\ntitle: " + longTitle + "\n---\nHeadline\n\nPresident Vladimir Putin visited Astana.\n";
        var outcome = HostileHarness.Verify(new[] { (Path + "fm.txt", text) }, HostileHarness.Globals(("NewswireMaxLineChars", "100")));

        var d = Assert.Single(outcome.Diagnostics("NEWS005"));
        Assert.Equal((3, 1), Position(d));
        Assert.Contains("'title' has " + longTitle.Trim().Length + " characters, over the limit of 100 (NewswireMaxLineChars)", d.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(text, outcome.Texts["news/limits/fm.txt"]);
        var title = outcome.Titles["news/limits/fm.txt"];
        Assert.True(title.Length <= 100 && title.StartsWith("Very Long Title Very", StringComparison.Ordinal), title);
    }

    [Theory]
    [InlineData("NewswireMaxArticleChars", "lots")]
    [InlineData("NewswireMaxLineChars", "-5")]
    [InlineData("NewswireMaxActorsPerArticle", "0")]
    public void InvalidLimit_IsReportedAndTheDefaultUsed(string property, string value)
    {
        var outcome = HostileHarness.Verify(new[] { (Path + "seed.txt", Seed) }, HostileHarness.Globals((property, value)));
        var d = Assert.Single(outcome.Diagnostics("NEWS012"));
        Assert.Contains(property, d.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("use a positive whole number", d.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(outcome.Diagnostics("NEWS007").Concat(outcome.Diagnostics("NEWS010")).Concat(outcome.Diagnostics("NEWS011")));
        Assert.Contains("VladimirPutin", outcome.ActorMembers);
    }
}
