using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Newswire.Cli.Tests;

/// <summary>What a newcomer sees: help, counts in words, the ranking of actors, events in JSON-LD.</summary>
public class CliUxTests
{
    private static string Seeds
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Generators.sln")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir!.FullName, "samples", "NewsExplorer", "news");
        }
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => CliProcess.Run(args);

    [Fact]
    public void Help_ListsEveryCommandAndOptionWithExamples()
    {
        var (code, stdout, _) = Run("--help");
        Assert.Equal(0, code);
        foreach (var word in new[] { "extract", "check", "stats", "--format", "--indent", "--output", "--lexicon", "--max-article-chars", "--warnaserror", "--top", "--no-progress", "--version", "examples:" })
        {
            Assert.Contains(word, stdout);
        }

        // Every option the parser accepts is in the help text (the parser's switch is the source of truth).
        var parser = File.ReadAllText(Path.Combine(Seeds, "..", "..", "..", "src", "Newswire.Cli", "Program.Arguments.cs"));
        var options = parser.Split("case \"").Skip(1).Select(s => s.Substring(0, s.IndexOf('"'))).Where(o => o.StartsWith('-')).ToList();
        Assert.Contains("--min-confidence", options); // the parser file is the one read
        foreach (var option in options)
        {
            Assert.Contains(option, stdout);
        }
    }

    [Theory]
    [InlineData("extract", "--help")]
    [InlineData("stats", "-h")]
    [InlineData("help", "check")]
    [InlineData("check", "news", "--help")]
    public void Help_AfterACommand_PrintsUsageAndSucceeds(params string[] args)
    {
        var (code, stdout, stderr) = Run(args);
        Assert.Equal(0, code);
        Assert.Contains("usage: newswire", stdout);
        Assert.Equal("", stderr);
    }

    [Fact]
    public void Check_CountsInWords_OneMessageNotOneMessages()
    {
        var dir = Directory.CreateTempSubdirectory("newswire-cli-plural");
        File.WriteAllText(Path.Combine(dir.FullName, "a.txt"), "---\nfoo: bar\n---\nHeadline\n\nBody.");
        var (code, stdout, _) = Run("check", dir.FullName);
        Assert.Equal(0, code);
        Assert.Contains("1 article checked: 0 errors, 0 warnings, 1 message.", stdout);
        Assert.Contains("2 articles checked: 0 errors, 0 warnings, 0 messages.", Run("check", Seeds).Out);
    }

    [Fact]
    public void Stats_RanksActorsByMentionsThenEvents()
    {
        var (code, stdout, _) = Run("stats", Seeds, "--top", "26");
        Assert.Equal(0, code);
        var top = stdout.Split('\n').SkipWhile(l => !l.StartsWith("top actors", StringComparison.Ordinal)).Skip(1).Where(l => l.Length > 0).ToList();
        int Rank(string name) => top.FindIndex(l => l.TrimStart().StartsWith(name + " ", StringComparison.Ordinal));
        Assert.True(Rank("Vladimir Putin") >= 0 && Rank("Vladimir Putin") < Rank("Akorda"), stdout); // 10 mentions, 4 events vs 1 mention
        Assert.True(Rank("Andrei Belousov") < Rank("Arctic"), stdout);
        Assert.Matches(@"Vladimir Putin\s+Person\s+RUS\s+\d+ mentions\s+4 events\s+2 articles", stdout);
    }

    [Fact]
    public void ExtractJsonLd_CarriesEventsAsSchemaOrgEvents()
    {
        var (code, stdout, _) = Run("extract", Seeds, "--format", "jsonld");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var article = doc.RootElement.GetProperty("@graph").EnumerateArray().Single(a => a.GetProperty("headline").GetString()!.StartsWith("Putin Visits", StringComparison.Ordinal));
        var ids = article.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("@id").GetString()).ToHashSet();
        var events = article.GetProperty("about").EnumerateArray().ToList();
        Assert.Equal(4, events.Count);
        Assert.All(events, e =>
        {
            Assert.Equal("Event", e.GetProperty("@type").GetString());
            Assert.Equal("CAMEO", e.GetProperty("identifier").GetProperty("propertyID").GetString());
            Assert.Contains(e.GetProperty("agent").GetProperty("@id").GetString(), ids);
            Assert.All(e.GetProperty("participant").EnumerateArray(), p => Assert.Contains(p.GetProperty("@id").GetString(), ids));
        });
        var visit = events.First(e => e.GetProperty("identifier").GetProperty("value").GetString() == "042");
        Assert.Equal("#VladimirPutin", visit.GetProperty("agent").GetProperty("@id").GetString());
        Assert.Equal("#RostovOnDon", visit.GetProperty("location").GetProperty("@id").GetString());
        Assert.False(string.IsNullOrEmpty(visit.GetProperty("name").GetString()));
    }

    [Fact]
    public void ExtractJson_IsOneLineUnlessIndented()
    {
        var compact = Run("extract", Seeds).Out.TrimEnd('\n');
        var indented = Run("extract", Seeds, "--indent").Out;
        Assert.DoesNotContain('\n', compact);
        Assert.True(indented.Split('\n').Length > 100);
        Assert.Equal(JsonDocument.Parse(compact).RootElement.GetRawText().Length > 0, JsonDocument.Parse(indented).RootElement.GetProperty("articles").GetArrayLength() == 2);
    }
}

/// <summary>Articles in the wrong place, or two with one id: the CLI says so like the compiler does.</summary>
public class CliDiagnosticsTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliProcess.Run(args);

    [Fact]
    public void EmptyFolder_IsANews014Warning()
    {
        var dir = Directory.CreateTempSubdirectory("newswire-cli-empty");
        File.WriteAllText(Path.Combine(dir.FullName, "notes.md"), "# not an article");
        var (code, stdout, stderr) = Run("check", dir.FullName);
        Assert.Equal(0, code);
        Assert.Contains("warning NEWS014: no article in " + dir.FullName, stderr);
        Assert.Contains("0 articles checked", stdout);
    }

    [Fact]
    public void DuplicateId_IsANews015Warning_AndFailsCheckWithWarnAsError()
    {
        var dir = Directory.CreateTempSubdirectory("newswire-cli-dup");
        File.WriteAllText(Path.Combine(dir.FullName, "a.txt"), "---\nid: summit\n---\nFirst Headline\n\nOne.");
        File.WriteAllText(Path.Combine(dir.FullName, "b.txt"), "---\nid: summit\n---\nSecond Headline\n\nTwo.");
        var (code, stdout, _) = Run("check", dir.FullName, "--warnaserror");
        Assert.Equal(1, code);
        Assert.Contains("b.txt(1,1): warning NEWS015: Article id 'summit' is also the id of " + Path.Combine(dir.FullName, "a.txt"), stdout);
        Assert.Contains("2 articles checked: 0 errors, 1 warning, 0 messages.", stdout);
    }
}
