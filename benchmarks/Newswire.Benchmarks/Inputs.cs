using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Newswire.Generators;
using Newswire.Tools.CorpusMaker;

namespace Newswire.Benchmarks;

/// <summary>In-memory generator inputs: synthetic articles as AdditionalTexts, options, a consumer compilation.</summary>
public static class Inputs
{
    public const string ProjectDir = "/bench/project/";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var tpa = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var refs = tpa.Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
        refs.Add(MetadataReference.CreateFromFile(typeof(Newswire.Article).Assembly.Location));
        return refs.ToImmutableArray();
    });

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse);

    /// <summary>The same deterministic corpus CorpusMaker writes with the default seed.</summary>
    public static List<SyntheticArticle> Corpus(int count, int seed = 42) =>
        new SyntheticCorpus(ActorPool.Load(ActorPool.FindBuiltInLexicon(AppContext.BaseDirectory) ?? ActorPool.FindBuiltInLexicon(Environment.CurrentDirectory)), seed).Take(count);

    public static List<AdditionalText> Files(IEnumerable<SyntheticArticle> articles) =>
        articles.Select(a => (AdditionalText)new MemoryText(ProjectDir + "news/" + a.FileName, a.Text)).ToList();

    public static long Bytes(IEnumerable<SyntheticArticle> articles) => articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));

    public static CSharpCompilation Compilation(string source = "namespace Consumer { public static class Program { public static int Main() => 0; } }") =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(source, ParseOptions, path: ProjectDir + "Program.cs") },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new NewswireGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            new OptionsProvider(new Dictionary<string, string>
            {
                ["build_property.RootNamespace"] = "Consumer",
                ["build_property.ProjectDir"] = ProjectDir,
            }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>An edit in the middle of an article's body (not its headline or lede).</summary>
    public static string EditBody(string text, int generation)
    {
        var dot = text.IndexOf('.', text.Length / 2);
        var at = dot < 0 ? text.Length : dot + 1;
        return text.Insert(at, " Officials confirmed the schedule on revision " + generation.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
    }

    /// <summary>Replaces a C# file's text, as a keystroke in the IDE does.</summary>
    public static CSharpCompilation EditCode(CSharpCompilation compilation, int generation)
    {
        var tree = compilation.SyntaxTrees.First();
        var source = "namespace Consumer { public static class Program { public static int Main() => " + generation.ToString(System.Globalization.CultureInfo.InvariantCulture) + "; } }";
        return compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(source, ParseOptions, path: tree.FilePath));
    }

    /// <summary>Total characters of generated source, file count and the largest file.</summary>
    public static (long Chars, int Files, long Largest, string LargestName) GeneratedSize(GeneratorDriver driver)
    {
        long chars = 0, largest = 0;
        var files = 0;
        var name = "";
        foreach (var s in driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources))
        {
            files++;
            chars += s.SourceText.Length;
            if (s.SourceText.Length > largest)
            {
                largest = s.SourceText.Length;
                name = s.HintName;
            }
        }

        return (chars, files, largest, name);
    }
}

public sealed class MemoryText : AdditionalText
{
    private readonly SourceText _text;

    public MemoryText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

public sealed class OptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly Options Empty = new(new Dictionary<string, string>());

    public OptionsProvider(Dictionary<string, string> global) => GlobalOptions = new Options(global);

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
