using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Newswire.Extraction.Tests.Architecture;

/// <summary>
/// The engine's layers point down only (src/Newswire.Extraction/README.md, "Layers"): every file of
/// <c>src/Newswire.Extraction</c> may name only its own layer and the layers listed for it below.
/// A file's layer is its first folder; files at the project root are <c>Core</c> (shared by every layer) or
/// <c>Facade</c> (the entry points that run the whole pipeline).
/// </summary>
public class LayerTests
{
    /// <summary>Layer → the layers its files may use. Keep in step with the README's table.</summary>
    internal static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>
    {
        ["Core"] = [],
        ["Naming"] = ["Core"],
        ["Wire"] = ["Core"],
        ["Codec"] = ["Core", "Wire", "Diagnostics", "Model"],
        ["Diagnostics"] = ["Core"],
        ["Model"] = ["Core", "Diagnostics"],
        ["Text"] = ["Core", "Diagnostics", "Model"],
        ["Layout"] = ["Core", "Diagnostics", "Model", "Text"],
        ["Lexicons"] = ["Core", "Diagnostics", "Model", "Text"],
        ["Analysis"] = ["Core", "Diagnostics", "Model", "Text", "Layout"],
        ["Names"] = ["Core", "Diagnostics", "Model", "Text", "Layout", "Lexicons", "Analysis"],
        ["Places"] = ["Core", "Diagnostics", "Model", "Text", "Layout", "Lexicons", "Analysis"],
        ["Actors"] = ["Core", "Diagnostics", "Model", "Text", "Layout", "Lexicons", "Analysis", "Names", "Places"],
        ["Events"] = ["Core", "Diagnostics", "Model", "Text", "Layout", "Lexicons", "Analysis", "Names", "Places", "Actors"],
        ["Dataset"] = ["Core", "Naming", "Codec", "Diagnostics", "Model", "Text", "Layout", "Lexicons", "Analysis", "Names", "Places", "Actors", "Events"],
        ["Facade"] = ["Core", "Naming", "Wire", "Diagnostics", "Model", "Text", "Layout", "Lexicons", "Analysis", "Names", "Places", "Actors", "Events", "Dataset", "Codec"],
    };

    /// <summary>Project-root files that run the pipeline; every other root file is Core.</summary>
    private static readonly HashSet<string> FacadeFiles = ["ArticleExtractor.cs", "ArticleAnalyzer.cs", "Preload.cs"];

    [Fact]
    public void EveryFileUsesOnlyItsOwnAndLowerLayers()
    {
        var files = EngineFiles();
        var violations = Violations(files).ToList();
        Assert.True(violations.Count == 0, "Layer rule broken (see src/Newswire.Extraction/README.md, Layers):\n" + string.Join("\n", violations));
    }

    [Fact]
    public void EveryFolderIsPlacedAndNamedByItsNamespace()
    {
        foreach (var f in EngineFiles())
        {
            var layer = LayerOf(f);
            Assert.True(Allowed.ContainsKey(layer), $"{f.Path}: folder '{layer}' has no row in the layer table");
            if (f.Namespace.StartsWith("Newswire.Extraction.", StringComparison.Ordinal))
            {
                Assert.True(f.Namespace.Split('.')[2] == f.Folder, $"{f.Path}: namespace {f.Namespace} does not match its folder");
            }
            else
            {
                // The project root is Newswire.Extraction; public value types of the API may live in Newswire.
                Assert.True(f.Namespace == "Newswire" || f.Namespace == "Newswire.Extraction" && f.Folder == "", $"{f.Path}: unexpected namespace {f.Namespace}");
            }
        }
    }

    [Fact]
    public void TheLayerTableHasNoCycle()
    {
        var state = new Dictionary<string, int>();
        foreach (var layer in Allowed.Keys)
        {
            Visit(layer, state, new List<string>());
        }

        foreach (var (layer, uses) in Allowed)
        {
            Assert.DoesNotContain(layer, uses);
            Assert.All(uses, u => Assert.True(Allowed.ContainsKey(u), $"{layer} uses unknown layer {u}"));
        }
    }

    [Fact]
    public void TheScanSeesUsingsQualifiedAndPartlyQualifiedNamesButNotComments()
    {
        var code = """
            using Newswire.Extraction.Text;
            namespace Newswire.Extraction.Text;
            // Events.WordClass in a comment, "Newswire.Extraction.Actors.X" in a string
            internal sealed class Probe
            {
                public Events.WordClass[] Classes = new Events.WordClass[0];
                public object M() => global::Newswire.Extraction.Dataset.DatasetPlanner.Plan;
                public int N => other.Events.Count;
            }
            """;
        var file = new SourceFile("Text/Probe.cs", code);
        Assert.Equal(["Text", "Dataset"], file.NamedEngineNamespaces().Select(n => n.Namespace));
        var known = new HashSet<(string, string)> { ("Events", "WordClass"), ("Events", "Count") };
        Assert.Equal([6, 6], file.PartlyQualified(known).Select(p => p.Line));
    }

    [Fact]
    public void TheRuleCatchesAnUpwardReference()
    {
        var files = new[]
        {
            new SourceFile("Text/Low.cs", "namespace Newswire.Extraction.Text;\ninternal class Low { Events.High? h; }"),
            new SourceFile("Events/High.cs", "using Newswire.Extraction.Text;\nnamespace Newswire.Extraction.Events;\ninternal class High { Low? l; }"),
        };
        Assert.Equal(["Text/Low.cs:2 Text uses Events (Events.High)"], Violations(files));
    }

    private static void Visit(string layer, Dictionary<string, int> state, List<string> path)
    {
        if (state.TryGetValue(layer, out var s))
        {
            Assert.True(s == 2, "cycle in the layer table: " + string.Join(" -> ", path.Append(layer)));
            return;
        }

        state[layer] = 1;
        path.Add(layer);
        foreach (var u in Allowed.TryGetValue(layer, out var uses) ? uses : [])
        {
            Visit(u, state, path);
        }

        path.RemoveAt(path.Count - 1);
        state[layer] = 2;
    }

    private static IEnumerable<string> Violations(IReadOnlyList<SourceFile> files)
    {
        var index = new TypeIndex(files, LayerOf);
        foreach (var f in files)
        {
            var from = LayerOf(f);
            var allowed = Allowed.TryGetValue(from, out var a) ? a : [];
            foreach (var (to, line, what) in index.References(f))
            {
                if (to != from && !allowed.Contains(to))
                {
                    yield return $"{f.Path}:{line} {from} uses {to} ({what})";
                }
            }
        }
    }

    private static string LayerOf(SourceFile f) =>
        f.Folder.Length > 0 ? f.Folder : FacadeFiles.Contains(f.Path) ? "Facade" : "Core";

    private static List<SourceFile> EngineFiles()
    {
        var root = Path.Combine(RepoRoot(), "src", "Newswire.Extraction");
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .Where(p => !p.StartsWith("obj/", StringComparison.Ordinal) && !p.StartsWith("bin/", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new SourceFile(p, File.ReadAllText(Path.Combine(root, p))))
            .ToList();
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Generators.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root (Generators.sln) not found");
    }
}
