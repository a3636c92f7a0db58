using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Newswire.Generators.Tests.Infrastructure;

namespace Newswire.Generators.Tests.Hostile;

/// <summary>An AdditionalFile backed by a ready-made <see cref="SourceText"/> (null: the compiler could not read it).</summary>
public sealed class SourceTextAdditionalText : AdditionalText
{
    private readonly SourceText? _text;

    public SourceTextAdditionalText(string path, SourceText? text)
    {
        Path = path;
        _text = text;
    }

    public override string Path { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>
/// Decodes file bytes the way the command-line compiler decodes an AdditionalFile: its internal
/// <c>EncodedStringText.Create</c> (byte-order mark, else strict UTF-8, else a fallback code page; a file
/// that looks binary throws and the AdditionalFile has no text). Falls back to <c>SourceText.From(stream)</c>.
/// </summary>
public static class CompilerDecoding
{
    private static readonly MethodInfo? Create = typeof(SourceText).Assembly
        .GetType("Microsoft.CodeAnalysis.Text.EncodedStringText")?
        .GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
        .Where(m => m.Name == "Create" && m.GetParameters().Length > 0 && m.GetParameters()[0].ParameterType == typeof(Stream))
        .OrderBy(m => m.GetParameters().Length)
        .FirstOrDefault();

    public static bool UsesCompilerDecoder => Create != null;

    /// <summary>The text the compiler would hand the generator, or null when it refuses the file (binary).</summary>
    public static SourceText? Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        if (Create is null)
        {
            return SourceText.From(stream, encoding: null, throwIfBinaryDetected: true);
        }

        var parameters = Create.GetParameters();
        var args = new object?[parameters.Length];
        args[0] = stream;
        for (var i = 1; i < args.Length; i++)
        {
            args[i] = parameters[i].HasDefaultValue ? parameters[i].DefaultValue : null;
        }

        try
        {
            return (SourceText)Create.Invoke(null, args)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is InvalidDataException)
        {
            return null;
        }
    }
}

/// <summary>What one generator run over a batch of articles produced, after every hostile-input check passed.</summary>
public sealed record BatchOutcome(
    GeneratorHarness.Result Result,
    IReadOnlyDictionary<string, string> Texts,
    IReadOnlyDictionary<string, string> Titles,
    IReadOnlyList<string> ArticleMembers,
    IReadOnlyList<string> ActorMembers,
    IReadOnlyList<string> ExtractorCrashes)
{
    public IEnumerable<Diagnostic> Diagnostics(string id) => Result.GeneratorDiagnostics.Where(d => d.Id == id);

    /// <summary>All generated code without the two data attributes of each article: the members and hover docs.</summary>
    public string Code => string.Join("\n", Result.AllSource.Split('\n').Where(l => !l.TrimStart().StartsWith("[global::Newswire.Building.Article", StringComparison.Ordinal)));
}

/// <summary>
/// Runs the real generator over a batch of articles and checks the issue-5 invariants: no generator
/// exception, generated code compiles without errors or warnings (doc XML included), every member name a
/// valid unique identifier, and every article's text back exactly from the compiled, loaded assembly.
/// </summary>
public static class HostileHarness
{
    public const string Root = GeneratorHarness.ProjectDir;

    public static BatchOutcome Verify(
        IReadOnlyList<(string Path, string Text)> articles,
        Dictionary<string, string>? globals = null,
        LanguageVersion version = LanguageVersion.Latest) =>
        Verify(articles.Select(a => ((AdditionalText)new TestAdditionalText(a.Path, a.Text), (string?)a.Text)).ToList(), globals, version);

    public static BatchOutcome Verify(
        IReadOnlyList<(AdditionalText File, string? Text)> articles,
        Dictionary<string, string>? globals = null,
        LanguageVersion version = LanguageVersion.Latest)
    {
        var driver = GeneratorHarness.Driver(articles.Select(a => a.File), globals, null, version);
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation("", version), out var output, out var diagnostics);
        var result = new GeneratorHarness.Result(driver, output, diagnostics, driver.GetRunResult());
        return Check(result, articles.Select(a => (a.File.Path, a.Text)).ToList());
    }

    public static BatchOutcome Check(GeneratorHarness.Result result, IReadOnlyList<(string Path, string? Text)> expected)
    {
        var run = result.Run.Results.Single();
        Assert.True(run.Exception is null, "generator threw: " + run.Exception);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id is "CS8785" or "CS8784");
        var problems = result.CompileProblems.ToList();
        Assert.True(problems.Count == 0, "generated code has problems:\n" + string.Join("\n", problems.Take(10)));

        var crashes = result.GeneratorDiagnostics
            .Where(d => d.Id == "NEWS008" && d.GetMessage().Contains("extraction failed", StringComparison.Ordinal))
            .Select(d => d.Location.GetLineSpan().Path)
            .ToList();

        var (articleMembers, actorMembers) = Members(run);
        var (texts, titles) = LoadTexts(result.Output);

        foreach (var (path, text) in expected)
        {
            var relative = path.StartsWith(Root, StringComparison.Ordinal) ? path.Substring(Root.Length) : path;
            var want = text is { Length: > 0 } && text[0] == '\uFEFF' ? text.Substring(1) : text; // the byte-order mark is not text
            if (want is null || want.Trim().Length == 0)
            {
                Assert.False(texts.ContainsKey(relative), "blank or unreadable article was generated: " + relative);
                continue;
            }

            Assert.True(texts.TryGetValue(relative, out var got), "article missing from the compiled dataset: " + relative);
            if (!string.Equals(want, got, StringComparison.Ordinal))
            {
                var at = 0;
                while (at < want.Length && at < got!.Length && want[at] == got[at])
                {
                    at++;
                }

                Assert.Fail($"text of {relative} differs at {at} (want {want.Length} chars, got {got!.Length}): want {Show(want, at)} got {Show(got, at)}");
            }
        }

        return new BatchOutcome(result, texts, titles, articleMembers, actorMembers, crashes);
    }

    /// <summary>Member names of Articles and Actors: each a valid identifier, no keyword, unique in its class.</summary>
    private static (List<string> Articles, List<string> Actors) Members(GeneratorRunResult run)
    {
        // Members are spread over the article, shard and actor files as partial classes.
        var classes = run.GeneratedSources.SelectMany(s => s.SyntaxTree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>()).ToList();
        List<string> Of(string name)
        {
            var names = classes.Where(c => c.Identifier.Text == name).SelectMany(c => c.Members).OfType<FieldDeclarationSyntax>().SelectMany(f => f.Declaration.Variables).Select(v => v.Identifier.ValueText).Where(n => n != "All").ToList();
            foreach (var n in names)
            {
                Assert.True(SyntaxFacts.IsValidIdentifier(n), $"invalid identifier '{n}' in {name}");
                Assert.True(SyntaxFacts.GetKeywordKind(n) == SyntaxKind.None, $"keyword '{n}' in {name}");
                Assert.True(n.Length <= 512, $"identifier longer than the compiler allows in {name}: {n.Length} chars");
                Assert.NotEqual(name, n);
            }

            var duplicate = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            Assert.True(duplicate is null, $"duplicate member '{duplicate?.Key}' in {name}");
            return names;
        }

        return (Of("Articles"), Of("Actors"));
    }

    /// <summary>Emits the output, loads it in a collectible context and reads every article's path, text and title.</summary>
    public static (Dictionary<string, string> Texts, Dictionary<string, string> Titles) LoadTexts(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, "emit failed:\n" + string.Join("\n", emit.Diagnostics.Take(10)));
        var context = new AssemblyLoadContext("hostile", isCollectible: true);
        try
        {
            stream.Position = 0;
            var assembly = context.LoadFromStream(stream);
            var articlesType = assembly.GetTypes().FirstOrDefault(t => t.Name == "Articles");
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            var titles = new Dictionary<string, string>(StringComparer.Ordinal);
            if (articlesType != null)
            {
                var all = (IReadOnlyList<Newswire.Article>)articlesType.GetProperty("All")!.GetValue(null)!;
                foreach (var a in all)
                {
                    texts.Add(a.SourcePath, a.Text);
                    titles.Add(a.SourcePath, a.Title);
                    _ = a.Paragraphs; // slicing must not throw
                }
            }

            return (texts, titles);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>A short, escaped excerpt for failure messages.</summary>
    public static string Show(string s, int at = 0, int width = 40)
    {
        var start = Math.Max(0, at - 10);
        var part = s.Substring(start, Math.Min(width, s.Length - start));
        var sb = new StringBuilder("\"");
        foreach (var c in part)
        {
            sb.Append(c is >= ' ' and < '\x7f' and not '"' and not '\\' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return sb.Append('"').ToString();
    }

    public static Dictionary<string, string> Globals(params (string Key, string Value)[] properties)
    {
        var globals = GeneratorHarness.DefaultGlobals();
        foreach (var (key, value) in properties)
        {
            globals["build_property." + key] = value;
        }

        return globals;
    }

    public static string FixturesDir => Path.Combine(GeneratorHarness.RepoRoot, "tests", "Newswire.Generators.Tests", "Fixtures", "Hostile");
}
