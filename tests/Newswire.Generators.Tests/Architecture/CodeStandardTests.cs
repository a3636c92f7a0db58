using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Newswire.Generators.Tests.Architecture;

/// <summary>
/// The code standard (issue #12) as a test over every C# file in <c>src/</c>, measured with Roslyn's syntax tree:
/// a file stays within <see cref="CodeMeasure.FileLimit"/> lines unless a <c>// Size:</c> comment in its first 20
/// lines gives the reason; a method (or local function, accessor, constructor, operator) stays within
/// <see cref="CodeMeasure.MethodLimit"/> lines unless a <c>// Size:</c> comment in the 3 lines above it gives the
/// reason; and every method's branch complexity stays within <see cref="CodeMeasure.ComplexityLimit"/>, with no
/// escape. <c>known-long-methods.txt</c> lists offenders allowed for now; the test also fails when an entry is no
/// longer an offender, so the list can only shrink.
/// </summary>
public class CodeStandardTests
{
    private const string KnownFile = "known-long-methods.txt";

    [Fact]
    public void NoMethodOrFileBreaksTheCodeStandardExceptTheKnownOnes()
    {
        var root = RepoRoot();
        var offenders = Offenders(root).ToList();
        var known = KnownOffenders();
        var offenderKeys = new HashSet<string>(offenders.Select(o => o.Key), StringComparer.Ordinal);
        var fresh = offenders.Where(o => !known.Contains(o.Key)).Select(o => o.ToString()).ToList();
        var stale = known.Where(k => !offenderKeys.Contains(k)).ToList();
        Assert.True(fresh.Count == 0,
            "Over the code standard (split it into named methods; a `// Size:` reason lifts only the line limit):\n"
            + string.Join("\n", fresh));
        Assert.True(stale.Count == 0,
            $"No longer offenders: remove these lines from tests/Newswire.Generators.Tests/Architecture/{KnownFile}:\n"
            + string.Join("\n", stale));
    }

    [Fact]
    public void ComplexityCountsEveryDecisionPoint()
    {
        const string source = """
            class C
            {
                int M(int a, string? s, object o)
                {
                    if (a > 0 && a < 9 || a == 20) { a++; }
                    for (var i = 0; i < a; i++) { }
                    foreach (var c in s ?? "") { }
                    while (a > 100) { a--; }
                    do { a--; } while (a > 50);
                    try { } catch (System.Exception e) when (e is System.InvalidOperationException) { }
                    switch (a) { case 1: break; case 2 when s != null: break; default: break; }
                    var x = o switch { int => 1, string t when t.Length > 0 => 2, _ => 3 };
                    var y = s?.Length > 0 ? 1 : 2;
                    s ??= "";
                    int Local(int b) => b > 0 ? b : -b;
                    return a + x + y + Local(a);
                }
            }
            """;
        var methods = CodeMeasure.Methods(source).ToList();
        // if, &&, ||, for, foreach, ??, while, do, catch and its when, 2 cases and a when, 2 arms (not the discard)
        // and a when, ?:, ??= : 18; the local function's ?: is its own.
        Assert.Equal(1 + 18, methods.Single(m => m.Name == "M").Complexity);
        Assert.Equal(1 + 1, methods.Single(m => m.Name == "Local").Complexity);
    }

    [Fact]
    public void SizeReasonAboveAMethodLiftsItsLineLimitOnly()
    {
        var body = string.Concat(Enumerable.Repeat("        x++;\n", CodeMeasure.MethodLimit));
        var source = "class C\n{\n    // Size: one table, kept whole.\n    void M(int x)\n    {\n" + body + "    }\n\n    void N(int x)\n    {\n" + body + "    }\n}\n";
        var methods = CodeMeasure.Methods(source).ToDictionary(m => m.Name);
        Assert.True(methods["M"].SizeReason);
        Assert.False(methods["N"].SizeReason);
        Assert.True(methods["N"].Lines > CodeMeasure.MethodLimit);
    }

    /// <summary>Every breach in <c>src/</c>, keyed <c>path method</c> (or <c>path</c> alone for a file).</summary>
    internal static IEnumerable<Offender> Offenders(string root)
    {
        var src = Path.Combine(root, "src");
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(p => !IsBuildOutput(p))
            .OrderBy(p => p, StringComparer.Ordinal);
        foreach (var path in files)
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            var text = File.ReadAllText(path);
            var lines = text.Split('\n');
            if (lines.Length > CodeMeasure.FileLimit && !CodeMeasure.HasSizeReason(lines, 0, 20))
            {
                yield return new Offender(relative, null, $"{lines.Length} lines (file)");
            }

            foreach (var m in CodeMeasure.Methods(text))
            {
                var breaches = new List<string>();
                if (m.Lines > CodeMeasure.MethodLimit && !m.SizeReason)
                {
                    breaches.Add($"{m.Lines} lines");
                }

                if (m.Complexity > CodeMeasure.ComplexityLimit)
                {
                    breaches.Add($"complexity {m.Complexity}");
                }

                if (breaches.Count > 0)
                {
                    yield return new Offender(relative, m.Name, $"line {m.Line}: " + string.Join(", ", breaches));
                }
            }
        }
    }

    private static bool IsBuildOutput(string path)
    {
        var parts = path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj");
    }

    private static HashSet<string> KnownOffenders()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Architecture", KnownFile);
        return new HashSet<string>(
            File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')),
            StringComparer.Ordinal);
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

    /// <summary>One breach: <see cref="Key"/> is how <c>known-long-methods.txt</c> names it.</summary>
    internal sealed record Offender(string Path, string? Method, string What)
    {
        public string Key => Method == null ? Path : Path + " " + Method;

        public override string ToString() => Key + "  (" + What + ")";
    }
}
