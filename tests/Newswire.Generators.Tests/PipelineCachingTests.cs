using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Newswire.Generators.Tests.Infrastructure;

namespace Newswire.Generators.Tests;

/// <summary>
/// The generic checks of a well-behaved incremental generator, over every tracked step: a second run over the
/// same inputs re-runs nothing (every output is Cached or Unchanged), and no step output holds compiler objects
/// (a Compilation, symbol, syntax node or tree kept in a cached model keeps whole compilations alive and defeats
/// caching).
/// </summary>
public class PipelineCachingTests
{
    // No step may keep a compiler object, the classify step included: it reads the text of a file the compiler
    // hands over anew and passes on its path, text and content hash (ArticleFile, LexiconSource).
    private static readonly Dictionary<string, Type[]> AllowedCompilerObjects = new();

    private static readonly Type[] Forbidden =
    {
        typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel), typeof(AdditionalText),
    };

    public static IEnumerable<string> StepNames() =>
        typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);

    private static (GeneratorDriverRunResult First, GeneratorDriverRunResult Second) RunTwice()
    {
        var files = GeneratorHarness.Seeds()
            .Concat(Enumerable.Range(0, 6).Select(i => ($"/project/news/extra{i}.txt", $"---\nid: extra-{i}\ndate: 2024-10-0{i + 1}\n---\nHeadline {i}\n\nPresident Emmanuel Macron met Olaf Scholz in Berlin on Monday, report {i}.")))
            .Select(a => (AdditionalText)new TestAdditionalText(a.Item1, a.Item2))
            .Append(new TestAdditionalText("/project/newswire.lexicon", "person|Olaf Scholz|DEU|Chancellor|Scholz\n"))
            .ToList();
        var perFile = new Dictionary<string, Dictionary<string, string>>
        {
            ["/project/newswire.lexicon"] = new() { ["build_metadata.AdditionalFiles.NewswireLexicon"] = "true" },
        };

        var compilation = GeneratorHarness.Compilation("class C { }");
        var driver = GeneratorHarness.Driver(files, perFile: perFile, trackSteps: true).RunGenerators(compilation);
        var first = driver.GetRunResult();
        driver = driver.RunGenerators(compilation.Clone());
        return (first, driver.GetRunResult());
    }

    [Fact]
    public void EveryStepIsTracked()
    {
        var (first, _) = RunTwice();
        var tracked = first.Results.Single().TrackedSteps.Keys.ToHashSet(StringComparer.Ordinal);
        Assert.All(StepNames(), n => Assert.Contains(n, tracked));
    }

    [Fact]
    public void SecondRunOverTheSameInputs_ReRunsNoStep()
    {
        var (first, second) = RunTwice();
        var result = second.Results.Single();
        Assert.Null(result.Exception);
        Assert.Equal(
            first.Results.Single().GeneratedSources.Select(s => s.HintName),
            result.GeneratedSources.Select(s => s.HintName));

        foreach (var name in StepNames())
        {
            var outputs = result.TrackedSteps[name].SelectMany(s => s.Outputs).ToList();
            var rerun = outputs.Where(o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)).ToList();
            Assert.True(rerun.Count == 0, $"step {name}: {rerun.Count} of {outputs.Count} outputs re-ran ({string.Join(", ", rerun.Select(o => o.Reason).Distinct())})");
        }
    }

    [Fact]
    public void NoStepOutputHoldsCompilerObjects()
    {
        var (first, _) = RunTwice();
        // Newswire's own steps (the compiler's input nodes hold its own objects by design).
        foreach (var name in StepNames())
        {
            var steps = first.Results.Single().TrackedSteps[name];
            var allowed = AllowedCompilerObjects.TryGetValue(name, out var a) ? a : Array.Empty<Type>();
            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                var found = Walk(output.Value, Forbidden.Where(t => !allowed.Contains(t)).ToArray());
                Assert.True(found is null, $"step {name} holds a {found}");
            }
        }
    }

    [Fact]
    public void TheWalkFindsACompilerObject()
    {
        // The walk itself must be able to fail: a compilation two levels down in a tuple inside a list is found.
        var value = new List<object> { 1, ("x", GeneratorHarness.Compilation()) };
        Assert.NotNull(Walk(value, Forbidden));
    }

    /// <summary>The first forbidden type reachable from <paramref name="root"/> through fields, or null.</summary>
    private static string? Walk(object? root, Type[] forbidden)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<object?>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var value = stack.Pop();
            if (value is null || value is string || value is Delegate || value.GetType().IsPrimitive || value.GetType().IsEnum || value is Type)
            {
                continue;
            }

            var type = value.GetType();
            if (!type.IsValueType && !seen.Add(value))
            {
                continue;
            }

            var bad = forbidden.FirstOrDefault(f => f.IsAssignableFrom(type));
            if (bad != null)
            {
                return bad.Name + " (" + type.FullName + ")";
            }

            if (value is Array array)
            {
                if (!type.GetElementType()!.IsPrimitive)
                {
                    foreach (var item in array)
                    {
                        stack.Push(item);
                    }
                }

                continue;
            }

            for (var t = type; t != null && t != typeof(object); t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (!field.FieldType.IsPrimitive && !field.FieldType.IsPointer)
                    {
                        stack.Push(field.GetValue(value));
                    }
                }
            }
        }

        return null;
    }
}
