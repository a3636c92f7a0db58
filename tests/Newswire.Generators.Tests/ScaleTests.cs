using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Newswire.Extraction;
using Newswire.Generators.Tests.Infrastructure;

namespace Newswire.Generators.Tests;

/// <summary>
/// Issue 4 (scale): the compact per-article data decodes to exactly what the runtime builds from the same text,
/// and no per-article pipeline step re-runs when only C# code changes. Timings live in benchmarks/, not here.
/// </summary>
public class ScaleTests
{
    private static readonly string[] PerArticleSteps = { TrackingNames.Classified, TrackingNames.Parsed, TrackingNames.PlanInputs };
    private static readonly string[] CrossArticleSteps = { TrackingNames.ArticleNames, TrackingNames.ActorPlan };

    private static List<(string Path, string Text)> Articles()
    {
        var list = GeneratorHarness.Seeds().ToList();
        list.Add(("/project/news/tricky/a.txt", "---\ntitle: Colons: 12:34 and ~tildes~, \"quotes\" and \\backslashes\\\nid: x-1\ndate: 2024-10-08\n---\n\nVladimir Putin met Xi Jinping in Beijing on Monday, TASS reported.\n\nThe Kremlin said 3:4 talks with China would resume in Moscow next week."));
        list.Add(("/project/news/tricky/b.txt", "Reuters\nWorld\n\nEmoji \U0001F600 and ünïcödé in a Headline\n\nAntonio Guterres of the United Nations said Iran and Turkey agreed to talks in Geneva.\nNATO criticized Russia."));
        list.Add(("/project/news/other/a.txt", "Same File Name, Other Folder\n\nEmmanuel Macron visited Berlin on Friday and met Olaf Scholz."));
        return list;
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.Latest)]
    public void CompiledDataset_EqualsRuntimeExtraction(LanguageVersion version)
    {
        var articles = Articles();
        var result = GeneratorHarness.Run(articles, version: version);
        Assert.Empty(result.CompileProblems.Select(d => d.ToString()));
        var assembly = CompileTests.Load(result.Output);
        var generated = (IReadOnlyList<Newswire.Article>)assembly.GetType("MyApp.News.Articles")!.GetProperty("All")!.GetValue(null)!;

        var builder = new Newswire.Building.DatasetBuilder();
        foreach (var (path, text) in articles.OrderBy(a => a.Path.Substring(GeneratorHarness.ProjectDir.Length), StringComparer.Ordinal))
        {
            builder.Add(ArticleExtractor.Extract(path.Substring(GeneratorHarness.ProjectDir.Length), text, ExtractionOptions.Default));
        }

        var expected = Dump(builder.Build().Articles);
        Assert.Contains("  actor ", expected);
        Assert.Equal(expected, Dump(generated));
    }

    [Fact]
    public void EditingCSharpCode_ReRunsNoPerArticleStep()
    {
        var files = Enumerable.Range(0, 30)
            .Select(i => (AdditionalText)new TestAdditionalText($"/project/news/a{i:D3}.txt", $"Headline number {i}\n\nPresident Vladimir Putin visited Astana on Monday, article {i}."))
            .ToList();
        var compilation = GeneratorHarness.Compilation("class C { }");
        var driver = GeneratorHarness.Driver(files, trackSteps: true).RunGenerators(compilation);
        var parseOptions = (CSharpParseOptions)compilation.SyntaxTrees.Single().Options;
        for (var edit = 1; edit <= 3; edit++)
        {
            compilation = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(), CSharpSyntaxTree.ParseText("class C { int x" + edit + "; }", parseOptions));
            driver = driver.RunGenerators(compilation);
            var steps = driver.GetRunResult().Results.Single().TrackedSteps;
            foreach (var name in PerArticleSteps)
            {
                Assert.True(steps.ContainsKey(name), "step " + name + " is tracked");
                var outputs = steps[name].SelectMany(s => s.Outputs).ToList();
                Assert.Equal(30, outputs.Count);
                Assert.All(outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
            }

            foreach (var name in CrossArticleSteps)
            {
                Assert.All(steps[name].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
            }
        }
    }

    private static string Dump(IReadOnlyList<Newswire.Article> articles)
    {
        var sb = new StringBuilder();
        foreach (var a in articles)
        {
            sb.Append("A ").Append(a.Id).Append('|').Append(a.Title).Append('|').Append(a.Outlet).Append('|').Append(a.Section).Append('|')
                .Append(a.Published?.ToString("yyyy-MM-dd")).Append('|').Append(a.SourcePath).Append('|').Append(a.Text.Length).Append('|')
                .Append(string.Join(";", a.Paragraphs.Select(p => p.Length))).Append('|')
                .Append(string.Join(";", a.FrontMatter.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value))).Append('\n');
            foreach (var actor in a.Actors)
            {
                sb.Append("  actor ").Append(actor.Id).Append('|').Append(actor.Key).Append('|').Append(actor.Name).Append('|').Append(actor.Kind).Append('|')
                    .Append(actor.Country).Append('|').Append(string.Join(";", actor.Roles)).Append('|').Append(string.Join(";", actor.Aliases)).Append('|')
                    .Append(string.Join(";", actor.Mentions.Where(m => m.Article == a).Select(m => m.Start + "+" + m.Length + "@" + m.Line + ":" + m.Column))).Append('\n');
            }

            foreach (var e in a.Events)
            {
                sb.Append("  event ").Append(e.Code).Append('|').Append(e.Agent.Id).Append('|').Append(string.Join(";", e.Counterparts.Select(c => c.Id))).Append('|')
                    .Append(e.Location?.Id).Append('|').Append(e.Time).Append('|').Append(e.Date?.ToString("yyyy-MM-dd")).Append('|').Append(e.Modality).Append('|')
                    .Append(e.SentenceStart).Append('+').Append(e.SentenceLength).Append('|').Append(e.TriggerStart).Append('+').Append(e.TriggerLength).Append('|')
                    .Append(e.Source?.Id).Append('\n');
            }
        }

        return sb.ToString();
    }
}
