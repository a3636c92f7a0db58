using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Newswire.Cli.Tests;

/// <summary>The newswire command run as a process, as pipelines and CI use it.</summary>
public class CliTests
{
    private static string RepoRoot
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

    private static string Seeds => Path.Combine(RepoRoot, "samples", "NewsExplorer", "news");

    private static (int Code, string Out, string Err) Run(params string[] args) => CliProcess.Run(args);

    [Fact]
    public void ExtractJson_FollowsTheExportSchema()
    {
        var (code, stdout, _) = Run("extract", Seeds, "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var articles = doc.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(2, articles.Count);
        var first = articles.Single(a => a.GetProperty("file").GetString()!.EndsWith("000_da12225e125254bc.txt"));
        Assert.Equal(7, first.GetProperty("paragraphs").GetArrayLength());
        var ids = first.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToHashSet();
        Assert.Contains("VladimirPutin", ids);
        foreach (var e in first.GetProperty("events").EnumerateArray())
        {
            Assert.Contains(e.GetProperty("agent").GetString(), ids); // events refer to actors by id
            Assert.Equal(3, e.GetProperty("code").GetString()!.Length);
        }

        var text = File.ReadAllText(Path.Combine(Seeds, "000_da12225e125254bc.txt"));
        foreach (var actor in first.GetProperty("actors").EnumerateArray())
        {
            foreach (var m in actor.GetProperty("mentions").EnumerateArray())
            {
                var span = text.Substring(m.GetProperty("start").GetInt32(), m.GetProperty("length").GetInt32());
                Assert.False(string.IsNullOrWhiteSpace(span));
            }
        }
    }

    [Fact]
    public void ExtractJson_GivesEachMentionItsFormAndConfidence()
    {
        var (code, stdout, _) = Run("extract", Seeds, "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var forms = new System.Collections.Generic.HashSet<string>();
        foreach (var actor in doc.RootElement.GetProperty("articles").EnumerateArray().SelectMany(a => a.GetProperty("actors").EnumerateArray()))
        {
            Assert.InRange(actor.GetProperty("confidence").GetDouble(), 0.0, 1.0);
            foreach (var m in actor.GetProperty("mentions").EnumerateArray())
            {
                var form = m.GetProperty("form").GetString()!;
                Assert.Contains(form, new[] { "name", "nominal", "pronoun" }); // lower case, as the scorers read them
                Assert.InRange(m.GetProperty("confidence").GetDouble(), 0.0, 1.0);
                forms.Add(form);
            }
        }

        Assert.Contains("name", forms);
        Assert.Contains("nominal", forms); // "the Russian leader"
    }

    /// <summary>
    /// The shared scorer over the seed export must report 8/8 metadata fields. Where the scorer (../shared/eval,
    /// outside the repository) or python3 is not there, the same four fields per seed are checked here directly.
    /// </summary>
    [Fact]
    public void SeedExport_GetsEveryMetadataFieldRight()
    {
        var (code, stdout, _) = Run("extract", Seeds, "--format", "json");
        Assert.Equal(0, code);
        var scorer = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "eval", "score.py"));
        if (File.Exists(scorer) && TryPython(scorer, stdout, out var output))
        {
            Assert.Contains("metadata fields right: 8/8", output);
            return;
        }

        using var doc = JsonDocument.Parse(stdout);
        var byFile = doc.RootElement.GetProperty("articles").EnumerateArray().ToDictionary(a => Path.GetFileName(a.GetProperty("file").GetString()!));
        var a0 = byFile["000_da12225e125254bc.txt"];
        Assert.Equal("Putin Visits Rostov-on-Don and Kazakhstan in a Flagship Run of Diplomatic and Military Engagements", a0.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, a0.GetProperty("outlet").ValueKind);
        Assert.Equal(JsonValueKind.Null, a0.GetProperty("section").ValueKind);
        Assert.Equal(7, a0.GetProperty("paragraphs").GetArrayLength());
        var a3 = byFile["003_357100b6db8c9786.txt"];
        Assert.Equal("Miami News, KMIA", a3.GetProperty("outlet").GetString());
        Assert.Equal("World News", a3.GetProperty("section").GetString());
        Assert.Equal(22, a3.GetProperty("paragraphs").GetArrayLength());
    }

    private static bool TryPython(string scorer, string export, out string output)
    {
        output = "";
        var file = Path.GetTempFileName();
        File.WriteAllText(file, export);
        try
        {
            var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            info.ArgumentList.Add(scorer);
            info.ArgumentList.Add(Path.Combine(Path.GetDirectoryName(scorer)!, "seeds.gold.json"));
            info.ArgumentList.Add(file);
            using var p = Process.Start(info)!;
            output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no python3 on this machine
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void ExtractNdjson_WritesOneArticlePerLine()
    {
        var (code, stdout, _) = Run("extract", Seeds, "--format", "ndjson");
        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.True(JsonDocument.Parse(l).RootElement.TryGetProperty("title", out _)));
    }

    [Fact]
    public void ExtractJsonLd_IsSchemaOrgNewsArticles()
    {
        var (code, stdout, _) = Run("extract", Seeds, "--format", "jsonld");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("https://schema.org", doc.RootElement.GetProperty("@context").GetString());
        var graph = doc.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        Assert.All(graph, g => Assert.Equal("NewsArticle", g.GetProperty("@type").GetString()));
        Assert.Contains(graph, g => g.TryGetProperty("publisher", out var p) && p.GetProperty("name").GetString() == "Miami News, KMIA");
    }

    [Fact]
    public void Check_PrintsLocatedDiagnosticsAndFailsOnWarningsWhenAsked()
    {
        var dir = Directory.CreateTempSubdirectory("newswire-cli");
        File.WriteAllText(Path.Combine(dir.FullName, "bad.txt"), "---\nid: x\nNo closing fence\n\nBody.");
        var (code, stdout, _) = Run("check", dir.FullName, "--warnaserror");
        Assert.Equal(1, code);
        Assert.Contains("bad.txt(1,1): warning NEWS003: Front matter opened on line 1 is never closed", stdout);
        Assert.Equal(0, Run("check", Seeds).Code);
    }

    [Fact]
    public void Check_ReportsBadLexiconLines()
    {
        var dir = Directory.CreateTempSubdirectory("newswire-cli-lexicon");
        var lexicon = Path.Combine(dir.FullName, "my.lexicon");
        File.WriteAllText(lexicon, "person|Zorblat Quent|KAZ|Envoy|Quent\nnonsense line without fields\n");
        var (code, stdout, _) = Run("check", Seeds, "--lexicon", lexicon, "--warnaserror");
        Assert.Equal(1, code);
        Assert.Contains("my.lexicon(2,1): warning NEWS013", stdout);
    }

    [Fact]
    public void BinaryFile_IsSkippedWithTheCompilersDiagnostic()
    {
        var dir = Directory.CreateTempSubdirectory("newswire-cli-binary");
        File.WriteAllBytes(Path.Combine(dir.FullName, "blob.txt"), new byte[] { 0x50, 0x4B, 0, 0, 1, 2 });
        File.WriteAllText(Path.Combine(dir.FullName, "ok.txt"), "Headline\n\nBody.");
        var (code, stdout, stderr) = Run("extract", dir.FullName);
        Assert.Equal(0, code);
        Assert.Contains("blob.txt(1,1): warning NEWS008", stderr);
        Assert.Single(JsonDocument.Parse(stdout).RootElement.GetProperty("articles").EnumerateArray());
    }

    [Fact]
    public void Stats_CountsActorsByKindAndEventsByRoot()
    {
        var (code, stdout, _) = Run("stats", Seeds);
        Assert.Equal(0, code);
        Assert.Contains("articles   2", stdout);
        Assert.Contains("Person", stdout);
        Assert.Contains("Vladimir Putin", stdout);
    }

    [Fact]
    public void MissingPath_IsAClearErrorWithExitCode2()
    {
        var (code, _, stderr) = Run("extract", "/no/such/folder");
        Assert.Equal(2, code);
        Assert.Contains("no such file or folder: /no/such/folder", stderr);
        Assert.Equal(2, Run("extract", Seeds, "--format", "xml").Code);
    }

    [Fact]
    public void ExtractGeoJson_IsAFeatureCollectionOfPoints()
    {
        var (code, stdout, _) = Run("extract", Seeds, "--format", "geojson");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
        var features = doc.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.NotEmpty(features);
        foreach (var f in features)
        {
            Assert.Equal("Feature", f.GetProperty("type").GetString());
            var geometry = f.GetProperty("geometry");
            Assert.Equal("Point", geometry.GetProperty("type").GetString());
            var position = geometry.GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
            Assert.Equal(2, position.Count);
            Assert.InRange(position[0], -180.0, 180.0); // RFC 7946: [longitude, latitude]
            Assert.InRange(position[1], -90.0, 90.0);
            Assert.Equal(JsonValueKind.Object, f.GetProperty("properties").ValueKind);
        }

        var events = features.Where(f => f.GetProperty("properties").GetProperty("feature").GetString() == "event").ToList();
        var rostov = events.First(f => f.GetProperty("properties").GetProperty("location").GetString() == "Rostov-on-Don");
        var p = rostov.GetProperty("properties");
        Assert.Equal("042", p.GetProperty("code").GetString());
        Assert.Equal("Make a visit", p.GetProperty("label").GetString());
        Assert.Equal("Vladimir Putin", p.GetProperty("agent").GetString());
        Assert.True(p.TryGetProperty("target", out _));
        Assert.True(p.TryGetProperty("date", out _));
        Assert.Equal("000_da12225e125254bc", p.GetProperty("article").GetString());
        var point = rostov.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
        Assert.InRange(point[0], 39.5, 40.0); // longitude first
        Assert.InRange(point[1], 47.0, 47.5);

        var actors = features.Where(f => f.GetProperty("properties").GetProperty("feature").GetString() == "actor")
            .Select(f => f.GetProperty("properties").GetProperty("name").GetString()).ToList();
        Assert.Contains("Astana", actors);
        Assert.Equal(actors.Count, actors.Distinct().Count()); // one feature per actor
        Assert.DoesNotContain("Eurasia", actors); // a region has no point
    }

    [Fact]
    public void ExtractJson_GivesLocationsAPlace()
    {
        var (code, stdout, _) = Run("extract", Seeds, "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var actors = doc.RootElement.GetProperty("articles").EnumerateArray().SelectMany(a => a.GetProperty("actors").EnumerateArray()).ToList();
        var astana = actors.First(a => a.GetProperty("name").GetString() == "Astana").GetProperty("place");
        Assert.Equal("Capital", astana.GetProperty("kind").GetString());
        Assert.Equal("KAZ", astana.GetProperty("country").GetString());
        Assert.InRange(astana.GetProperty("lat").GetDouble(), 51.0, 51.3);
        Assert.All(actors.Where(a => a.GetProperty("kind").GetString() == "Location"), a => Assert.True(a.TryGetProperty("place", out _)));
    }
}
