using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Newswire.Generators.Tests.Infrastructure;

/// <summary>Runs the real generator through CSharpGeneratorDriver over in-memory articles.</summary>
public static class GeneratorHarness
{
    public const string ProjectDir = "/project/";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var tpa = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var refs = tpa.Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
        refs.Add(MetadataReference.CreateFromFile(typeof(Newswire.Article).Assembly.Location));
        refs.Add(MetadataReference.CreateFromFile(typeof(Newswire.Extraction.ArticleExtractor).Assembly.Location));
        return refs.ToImmutableArray();
    });

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Generators.sln")))
            {
                dir = dir.Parent;
            }

            return dir!.FullName;
        }
    }

    public static IEnumerable<(string Path, string Text)> Seeds() =>
        Directory.GetFiles(Path.Combine(RepoRoot, "samples", "NewsExplorer", "news"), "*.txt").OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (ProjectDir + "news/" + Path.GetFileName(p), File.ReadAllText(p)));

    public static Dictionary<string, string> DefaultGlobals() => new()
    {
        ["build_property.RootNamespace"] = "MyApp",
        ["build_property.ProjectDir"] = ProjectDir,
    };

    public static CSharpCompilation Compilation(string source = "", LanguageVersion version = LanguageVersion.Latest) =>
        CSharpCompilation.Create(
            "Consumer",
            source.Length == 0 ? Array.Empty<SyntaxTree>() : new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(version, DocumentationMode.Diagnose)) },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));

    public static GeneratorDriver Driver(
        IEnumerable<AdditionalText> files,
        Dictionary<string, string>? globals = null,
        Dictionary<string, Dictionary<string, string>>? perFile = null,
        LanguageVersion version = LanguageVersion.Latest,
        bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new NewswireGenerator().AsSourceGenerator() },
            files,
            new CSharpParseOptions(version, DocumentationMode.Diagnose),
            new TestOptionsProvider(globals ?? DefaultGlobals(), perFile),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public sealed record Result(GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics, GeneratorDriverRunResult Run)
    {
        /// <summary>Every generated file's text, in hint-name order: for assertions about what was generated anywhere.</summary>
        public string AllSource => string.Join("\n", Run.Results.Single().GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.SourceText.ToString()));

        /// <summary>Errors and warnings of the compiled output (generated code plus the test's source).</summary>
        public IEnumerable<Diagnostic> CompileProblems => Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);
    }

    public static Result Run(
        IEnumerable<(string Path, string Text)> articles,
        string source = "",
        LanguageVersion version = LanguageVersion.Latest,
        Dictionary<string, string>? globals = null,
        Dictionary<string, Dictionary<string, string>>? perFile = null)
    {
        var files = articles.Select(a => (AdditionalText)new TestAdditionalText(a.Path, a.Text)).ToList();
        var driver = Driver(files, globals, perFile, version);
        driver = driver.RunGeneratorsAndUpdateCompilation(Compilation(source, version), out var output, out var diagnostics);
        return new Result(driver, output, diagnostics, driver.GetRunResult());
    }
}
