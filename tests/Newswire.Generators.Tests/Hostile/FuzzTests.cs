using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Newswire.Extraction;
using Newswire.Generators.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Newswire.Generators.Tests.Hostile;

/// <summary>
/// Property-based: FsCheck drives the real generator over batches of random and mutated articles (seeds
/// and hostile fixtures with control characters, lone surrogates, quotes, backslashes, line breaks, BOMs and
/// fences spliced in). For every batch: no generator exception, no compile error or warning, every text back
/// exactly from the loaded assembly, member names valid and unique. Cases = articles; set
/// NEWSWIRE_FUZZ_CASES for a longer run (e.g. 100000).
/// </summary>
public class FuzzTests
{
    private const int DefaultCases = 2000;
    private const int BatchSize = 50;

    private static readonly string[] Splices =
    {
        "\0", "\u0001", "\u001B", "\u007F", "\u0085", "\u0080", "\uD800", "\uDBFF", "\uDC00", "\uD83D\uDE00", "\U0001F525", "\U000E0001",
        "\"", "\"\"\"", "\\", "\\u0000", "\\\"", "\r", "\n", "\r\n", "\n\n", "\r\r", "\uFEFF", "\uFFFE", "\uFFFD", "---\n", "\n---\n", "---",
        "\u2028", "\u2029", "\u202E", "\u2066", "\u200B", "\u00A0", "\t", "*/", "/*", "</summary>", "<b>", "&", "&amp;", "#error x\n", "#line 1\n",
        "{", "}", "{0}", "title: ", "id: ", "date: 2024-13-45", ":", "class", "2024 ", "Vladimir Putin", "President ", "Kazakhstan", "TASS", " said ",
        "e\u0301", "\u0627\u0644", "A.", "\"Quoted Name\"", "Mr. ", "U.S.", "...", "-", "'s",
    };

    private static readonly string[] OddNames = { "class", "1", "_", "a b", "x.y", "\u00fcn\u00efc\u00f8d\u00e9", "CON", "Articles", "All", "ById", "report" };

    private static readonly Lazy<string[]> Bases = new(() =>
    {
        var list = GeneratorHarness.Seeds().Select(s => s.Text).ToList();
        list.AddRange(Directory.GetFiles(HostileHarness.FixturesDir, "*.txt", SearchOption.AllDirectories)
            .Select(p => CompilerDecoding.Read(File.ReadAllBytes(p))?.ToString())
            .Where(t => t != null)!);
        list.Add("---\nid: fm\ntitle: Front Matter Title\noutlet: Wire\ndate: 2024-10-01\n---\nHeadline\n\nPresident Vladimir Putin met Kassym-Jomart Tokayev in Astana.\n");
        list.Add("Miami News, KMIA\nWorld News\n\nHeadline Under Labels\n\nTASS reported that Russia and Kazakhstan signed an agreement.\n");
        return list.ToArray();
    });

    private readonly ITestOutputHelper _output;

    public FuzzTests(ITestOutputHelper output) => _output = output;

    private static int Cases =>
        int.TryParse(Environment.GetEnvironmentVariable("NEWSWIRE_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultCases;

    /// <summary>One article from a seed: a mutated base, a slice of one, or random hostile text.</summary>
    internal static string Article(Random r)
    {
        var bases = Bases.Value;
        var kind = r.Next(10);
        if (kind == 0)
        {
            var sb = new StringBuilder();
            var n = r.Next(0, 200);
            for (var i = 0; i < n; i++)
            {
                sb.Append(r.Next(3) switch
                {
                    0 => Splices[r.Next(Splices.Length)],
                    1 => ((char)r.Next(0, 0x10000)).ToString(),
                    _ => ((char)r.Next(32, 127)).ToString(),
                });
            }

            return sb.ToString();
        }

        var text = bases[r.Next(bases.Length)];
        if (kind == 1 && text.Length > 2)
        {
            var start = r.Next(text.Length);
            text = text.Substring(start, r.Next(text.Length - start + 1));
        }

        var b = new StringBuilder(text);
        var mutations = r.Next(1, 25);
        for (var m = 0; m < mutations; m++)
        {
            var at = r.Next(b.Length + 1);
            switch (r.Next(4))
            {
                case 0 when b.Length > 0: // delete a run
                    b.Remove(Math.Min(at, b.Length - 1), Math.Min(r.Next(1, 20), b.Length - Math.Min(at, b.Length - 1)));
                    break;
                case 1 when at < b.Length: // replace a char by a random one, any code unit
                    b[at] = (char)r.Next(0, 0x10000);
                    break;
                default: // insert a hostile splice
                    b.Insert(at, Splices[r.Next(Splices.Length)]);
                    break;
            }
        }

        return r.Next(20) == 0 ? "\uFEFF" + b : b.ToString();
    }

    internal static List<(string Path, string Text)> Batch(int seed, int size)
    {
        var r = new Random(seed);
        var batch = new List<(string, string)>(size);
        for (var i = 0; i < size; i++)
        {
            var name = r.Next(4) == 0 ? OddNames[r.Next(OddNames.Length)] : "a" + r.Next(1000).ToString(CultureInfo.InvariantCulture);
            batch.Add(($"{HostileHarness.Root}news/fuzz/{(char)('a' + (i % 26))}{i}/{name}.txt", Article(r)));
        }

        return batch;
    }

    [Fact]
    public void RandomAndMutatedArticles_NeverBreakTheBuildOrLoseText()
    {
        var runs = (Cases + BatchSize - 1) / BatchSize;
        var articles = 0;
        var generated = 0;
        var crashes = new List<string>();
        var diagnostics = new Dictionary<string, int>(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();

        var property = Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), (int seed) =>
        {
            var batch = Batch(seed, BatchSize);
            BatchOutcome outcome;
            try
            {
                outcome = HostileHarness.Verify(batch);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"batch seed {seed} failed (reproduce with FuzzTests.Batch({seed}, {BatchSize})): {e.Message}", e);
            }

            articles += batch.Count;
            generated += outcome.Texts.Count;
            foreach (var path in outcome.ExtractorCrashes)
            {
                var text = batch.First(a => a.Path == path).Text;
                crashes.Add($"seed {seed} {path}: {HostileHarness.Show(text, 0, 200)}");
            }

            foreach (var d in outcome.Result.GeneratorDiagnostics)
            {
                diagnostics[d.Id] = diagnostics.TryGetValue(d.Id, out var n) ? n + 1 : 1;
            }
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(runs).WithQuietOnSuccess(true), property);

        _output.WriteLine($"fuzz: {articles} articles in {runs} generator runs ({generated} generated, the rest blank) in {watch.Elapsed.TotalSeconds:F1} s");
        _output.WriteLine("diagnostics: " + string.Join(", ", diagnostics.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => d.Key + "=" + d.Value)));
        _output.WriteLine($"extractor exceptions (reported as NEWS008, text kept): {crashes.Count}");
        foreach (var c in crashes.Take(20))
        {
            _output.WriteLine("  " + c);
        }

        Assert.True(articles >= Math.Min(Cases, 2000), articles.ToString(CultureInfo.InvariantCulture));
        Assert.True(generated > articles / 2, $"only {generated} of {articles} generated: the mutations are too destructive to test anything");
    }

    [Theory]
    [InlineData(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3)] // text as byte[] data, no nullable
    [InlineData(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10)]
    public void OlderLanguageVersions_KeepTheSameGuarantees(Microsoft.CodeAnalysis.CSharp.LanguageVersion version)
    {
        var articles = 0;
        var property = Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), (int seed) =>
        {
            var batch = Batch(seed, 25);
            try
            {
                HostileHarness.Verify(batch, version: version);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"batch seed {seed} failed at {version}: {e.Message}", e);
            }

            articles += batch.Count;
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(4).WithQuietOnSuccess(true), property);
        _output.WriteLine($"fuzz at {version}: {articles} articles");
        Assert.Equal(100, articles);
    }
}
