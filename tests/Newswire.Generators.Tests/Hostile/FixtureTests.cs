using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Newswire.Generators.Tests.Infrastructure;

namespace Newswire.Generators.Tests.Hostile;

/// <summary>
/// The hostile fixture corpus (Fixtures/Hostile, byte-exact files decoded the way the compiler decodes
/// AdditionalFiles): each file gets either the right output or a located diagnostic saying what to do.
/// </summary>
public class FixtureTests
{
    private const string Folder = "news/hostile/";

    private static (AdditionalText File, string? Text) Fixture(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(HostileHarness.FixturesDir, name));
        var text = CompilerDecoding.Read(bytes);
        return (new SourceTextAdditionalText(HostileHarness.Root + Folder + name, text), text?.ToString());
    }

    public static IEnumerable<string> AllFixtureNames() =>
        Directory.GetFiles(HostileHarness.FixturesDir, "*.txt", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(HostileHarness.FixturesDir, p).Replace('\\', '/'))
            .OrderBy(p => p, StringComparer.Ordinal);

    private static BatchOutcome Run(params string[] names) => HostileHarness.Verify(names.Select(Fixture).ToList());

    private static Diagnostic SingleDiagnostic(BatchOutcome outcome, string id, string name)
    {
        var d = Assert.Single(outcome.Diagnostics(id));
        Assert.Equal(HostileHarness.Root + Folder + name, d.Location.GetLineSpan().Path);
        return d;
    }

    private static string Generated(BatchOutcome outcome) =>
        string.Join("\n", outcome.Result.Run.Results[0].GeneratedSources.Select(s => s.SourceText.ToString()));

    [Fact]
    public void TheCompilerDecoderIsUsed()
    {
        // The fixtures are only realistic if they are decoded by the compiler's own reader.
        Assert.True(CompilerDecoding.UsesCompilerDecoder);
        Assert.True(AllFixtureNames().Count() >= 25);
    }

    [Fact]
    public void WholeCorpus_InOneProject_CompilesAndKeepsEveryText()
    {
        var all = AllFixtureNames().Select(Fixture).ToList();
        var outcome = HostileHarness.Verify(all);
        Assert.Empty(outcome.ExtractorCrashes);
        Assert.Equal(all.Count(a => a.Text != null && a.Text.Trim().Length > 0), outcome.Texts.Count);

        // Nothing in an article became code: the only directives are ours (#nullable, and the one pragma for members
        // the runtime sets), the only types are ours.
        foreach (var tree in outcome.Result.Run.Results[0].GeneratedSources.Select(s => s.SyntaxTree))
        {
            var root = tree.GetRoot();
            Assert.All(root.DescendantTrivia().Where(t => t.IsDirective), t => Assert.True(
                t.IsKind(SyntaxKind.NullableDirectiveTrivia) || t.ToString().Trim() == "#pragma warning disable CS0649", t.ToString()));
            Assert.All(root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>(), t =>
                Assert.True(
                    t.Identifier.Text is "Articles" or "Actors" or "Events" or "Incidents" or "NewswireData",
                    t.Identifier.Text));
            Assert.DoesNotContain(root.DescendantNodes().OfType<InvocationExpressionSyntax>(), i => i.Expression.ToString().Contains("Environment", StringComparison.Ordinal) || i.Expression.ToString().Contains("File.", StringComparison.Ordinal));
        }

        // Every doc comment of the index is well-formed XML.
        var compilation = outcome.Result.Output;
        foreach (var type in new[] { "Articles", "Actors" })
        {
            foreach (var member in compilation.GetTypeByMetadataName("MyApp.News." + type)!.GetMembers())
            {
                var xml = member.GetDocumentationCommentXml();
                if (!string.IsNullOrEmpty(xml))
                {
                    XDocument.Parse(xml);
                }
            }
        }
    }

    [Theory]
    [InlineData("empty.txt", "NEWS001", 1, 1, "empty")]
    [InlineData("whitespace-only.txt", "NEWS001", 1, 1, "nothing was generated")]
    [InlineData("binary.txt", "NEWS008", 1, 1, "binary")]
    [InlineData("nul-bytes.txt", "NEWS009", 3, 23, "NUL characters")]
    [InlineData("utf16le-lone-surrogate.txt", "NEWS009", 3, 6, "check the file's encoding")]
    [InlineData("frontmatter-unclosed.txt", "NEWS003", 1, 1, "add a '---' line")]
    [InlineData("frontmatter-fence-only.txt", "NEWS003", 1, 1, "never closed")]
    public void BadInput_GetsALocatedDiagnosticThatSaysWhatToDo(string name, string id, int line, int column, string says)
    {
        var outcome = Run(name, "same-headline-2.txt");
        var d = SingleDiagnostic(outcome, id, name);
        var position = d.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((line, column), (position.Line + 1, position.Character + 1));
        Assert.Contains(says, d.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
    }

    [Fact]
    public void BinaryFile_IsRefusedByTheCompiler_AndTheBuildGoesOn()
    {
        var (_, text) = Fixture("binary.txt");
        Assert.Null(text); // what the compiler hands a generator for a binary AdditionalFile
        var outcome = Run("binary.txt", "same-headline-1.txt");
        Assert.Single(outcome.Texts);
        Assert.Contains("text file", SingleDiagnostic(outcome, "NEWS008", "binary.txt").GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8_IsReadWithTheCompilersFallback_AndTheCliAgrees()
    {
        var bytes = File.ReadAllBytes(Path.Combine(HostileHarness.FixturesDir, "invalid-utf8.txt"));
        var outcome = Run("invalid-utf8.txt");
        var compilerText = CompilerDecoding.Read(bytes)!.ToString();

        // Article.Load and the CLI decode with ArticleText; they must see the same text as the generator.
        Assert.Equal(compilerText, Newswire.Extraction.ArticleText.Decode(bytes));
        if (compilerText.Contains('\uFFFD'))
        {
            // Linux and macOS: the compiler's fallback is UTF-8 with replacement characters; say where.
            var d = SingleDiagnostic(outcome, "NEWS009", "invalid-utf8.txt");
            var position = d.Location.GetLineSpan().StartLinePosition;
            Assert.Equal((1, 4), (position.Line + 1, position.Character + 1));
            Assert.Contains("not valid UTF-8", d.GetMessage(), StringComparison.Ordinal);
            Assert.Contains("check the file's encoding", d.GetMessage(), StringComparison.Ordinal);
        }
        else
        {
            // Windows: the ANSI code page reads the bytes as Windows-1252.
            Assert.Equal("Caf\u00e9 Owners Protest in Lyon", outcome.Titles[Folder + "invalid-utf8.txt"]);
        }
    }

    [Theory]
    [InlineData("utf16le-bom.txt", "Kremlin Comments On Talks", "KremlinCommentsOnTalks")]
    [InlineData("utf16be-bom.txt", "Kremlin Comments On Talks Again", "KremlinCommentsOnTalksAgain")]
    [InlineData("bom-crlf.txt", "Putin Visits Astana", "PutinVisitsAstana")]
    [InlineData("cr-only.txt", "Putin Visits Astana By Night", "PutinVisitsAstanaByNight")]
    [InlineData("headline-keyword.txt", "class", "Class")]
    [InlineData("headline-keyword-namespace.txt", "namespace", "Namespace")]
    [InlineData("headline-digits.txt", "2024", "_2024")]
    [InlineData("headline-emoji.txt", "\U0001F525\U0001F525 Fire At The Port \U0001F6A2", "FireAtThePort")]
    [InlineData("headline-only-emoji.txt", "\U0001F525\U0001F525\U0001F525", "HeadlineOnlyEmoji")]
    [InlineData("headline-rtl.txt", "\u0627\u0644\u0631\u0626\u064a\u0633 \u064a\u0632\u0648\u0631 \u0623\u0633\u062a\u0627\u0646\u0627", "\u0627\u0644\u0631\u0626\u064a\u0633\u064a\u0632\u0648\u0631\u0623\u0633\u062a\u0627\u0646\u0627")]
    [InlineData("headline-zero-width.txt", "Zero\u200BWidth\u200DJoiner\uFEFFHeadline\u200C", "ZeroWidthJoinerHeadline")]
    [InlineData("headline-bidi-override.txt", "Access Level \u202Eresu\u202C Granted \u2066admin\u2069", "AccessLevelResuGrantedAdmin")]
    public void OddHeadlines_GiveTheExactTitleAndAValidName(string name, string title, string member)
    {
        var outcome = Run(name);
        Assert.Equal(title, outcome.Titles[Folder + name]);
        Assert.Equal(member, Assert.Single(outcome.ArticleMembers));
        Assert.DoesNotContain(outcome.Result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void LineEndings_SplitParagraphsAndStayInTheText()
    {
        var outcome = Run("bom-crlf.txt", "cr-only.txt");
        var crlf = outcome.Texts[Folder + "bom-crlf.txt"];
        Assert.StartsWith("Putin Visits Astana\r\n\r\nPresident", crlf, StringComparison.Ordinal); // BOM dropped, CRLF kept
        var compiled = HostileHarness.LoadTexts(outcome.Result.Output);
        Assert.Equal(2, compiled.Texts.Count);
        foreach (var a in Newswire.Article.Parse(crlf, "bom-crlf.txt").Paragraphs.Concat(Newswire.Article.Parse(outcome.Texts[Folder + "cr-only.txt"], "cr.txt").Paragraphs))
        {
            Assert.DoesNotContain('\r', a);
            Assert.DoesNotContain('\n', a);
        }
    }

    [Fact]
    public void InjectionAttempts_StayText()
    {
        var outcome = Run("code-injection.txt", "csharp-lookalike.txt", "line-separators.txt", "headline-bidi-override.txt", "headline-zero-width.txt");
        var generated = Generated(outcome);

        // No raw line separator or bidi/zero-width format character in generated code: all escaped or dropped.
        foreach (var c in "\u2028\u2029\u0085\u202E\u202C\u2066\u2069\u200B\u200D\u200C")
        {
            Assert.DoesNotContain(c, generated);
        }

        Assert.StartsWith("\"; System.Environment.Exit(1); // */ </summary> \\ \"\"\" {0}", outcome.Titles[Folder + "code-injection.txt"], StringComparison.Ordinal);
        Assert.Equal("public static class Articles { }", outcome.Titles[Folder + "csharp-lookalike.txt"]);
        Assert.Contains("/// <b>&quot;; System.Environment.Exit(1); // */ &lt;/summary&gt; \\ &quot;&quot;&quot; {0}</b>", outcome.Code, StringComparison.Ordinal);
        Assert.Contains("PublicStaticClassArticles", outcome.ArticleMembers);
    }

    [Fact]
    public void Emoji_AreKeptInHoverDocs()
    {
        var outcome = Run("headline-emoji.txt");
        Assert.Contains("/// <b>\U0001F525\U0001F525 Fire At The Port \U0001F6A2</b>", outcome.Code, StringComparison.Ordinal);
    }

    [Fact]
    public void SameFileNameInTwoFolders_GivesTwoArticles()
    {
        var outcome = Run("same-name/a/report.txt", "same-name/b/report.txt");
        Assert.Equal(2, outcome.Texts.Count);
        Assert.Equal(2, outcome.Result.Run.Results[0].GeneratedSources.Count(s => s.HintName.StartsWith("Newswire.Articles/", StringComparison.Ordinal)));
        Assert.Equal(new[] { "ReportFromTheNorth", "ReportFromTheSouth" }, outcome.ArticleMembers);
    }

    [Fact]
    public void SameHeadlineTwice_GetsTwoNamesAndALocatedInfo()
    {
        var outcome = Run("same-headline-1.txt", "same-headline-2.txt");
        Assert.Equal(new[] { "LeadersMeetInAstana", "LeadersMeetInAstana_SameHeadline2" }, outcome.ArticleMembers);
        var d = SingleDiagnostic(outcome, "NEWS006", "same-headline-2.txt");
        Assert.Contains("set a front matter 'id'", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void SameFileListedTwice_IsGeneratedOnce()
    {
        // <Article Include="news/*.txt" /> plus <AdditionalFiles Include="news/*.txt" /> lists a file twice.
        var one = Fixture("same-headline-1.txt");
        var twice = new SourceTextAdditionalText(one.File.Path, one.File.GetText());
        var outcome = HostileHarness.Verify(new[] { one, (twice, one.Text), Fixture("same-headline-2.txt") });
        Assert.Equal(2, outcome.Texts.Count);
        Assert.Equal(2, outcome.ArticleMembers.Count);
    }

    [Fact]
    public void DeletedOrRenamedBetweenBuilds_TheNextBuildFollows()
    {
        const string consumer = "class Use { object A => MyApp.News.Articles.ReportFromTheNorth; object B => MyApp.News.Articles.ReportFromTheSouth; }";
        var north = Fixture("same-name/a/report.txt");
        var south = Fixture("same-name/b/report.txt");
        var compilation = GeneratorHarness.Compilation(consumer);
        var driver = GeneratorHarness.Driver(new[] { north.File, south.File }).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        // Renamed: same text at a new path; the member keeps its name, the path follows.
        var renamed = new SourceTextAdditionalText(HostileHarness.Root + "news/moved/north.txt", north.File.GetText());
        driver = driver.ReplaceAdditionalText(north.File, renamed).RunGeneratorsAndUpdateCompilation(compilation, out output, out var diagnostics);
        Assert.Null(driver.GetRunResult().Results[0].Exception);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var texts = HostileHarness.LoadTexts(output).Texts;
        Assert.Equal(new[] { "news/hostile/same-name/b/report.txt", "news/moved/north.txt" }, texts.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal(north.Text, texts["news/moved/north.txt"]);

        // Deleted: the code that used it stops compiling, and the compiler points at that code.
        driver = driver.RemoveAdditionalTexts(System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(south.File))
            .RunGeneratorsAndUpdateCompilation(compilation, out output, out diagnostics);
        Assert.Null(driver.GetRunResult().Results[0].Exception);
        var error = Assert.Single(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal("CS0117", error.Id);
        Assert.Contains("ReportFromTheSouth", error.GetMessage(), StringComparison.Ordinal);
        Assert.Same(output.SyntaxTrees.First(), error.Location.SourceTree);
        Assert.DoesNotContain(driver.GetRunResult().Results[0].GeneratedSources, s => s.SourceText.ToString().Contains("report.txt", StringComparison.Ordinal) && s.HintName.Contains("report", StringComparison.Ordinal) && !s.HintName.Contains("north", StringComparison.Ordinal) && s.SourceText.ToString().Contains("same-name/b", StringComparison.Ordinal));

        // And deleting everything leaves an empty but compiling API.
        driver = driver.RemoveAdditionalTexts(System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(renamed))
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out output, out _);
        Assert.Null(driver.GetRunResult().Results[0].Exception);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
