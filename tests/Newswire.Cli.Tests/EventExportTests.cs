using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Newswire.Cli.Tests;

/// <summary>The event parts of the exports: PLOVER lines, incidents, confidence, and the stats counts.</summary>
public class EventExportTests
{
    private static readonly string[] PloverRequired =
    {
        "id", "date", "actor", "actor_country", "recipient", "recipient_country", "event_type", "mode", "context", "event_text",
        "text_offsets", "source", "story_id",
    };

    private static readonly string[] PloverTypes =
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
        "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    };

    private static (int Code, string Out, string Err) Run(params string[] args) => CliProcess.Run(args);

    private static string Corpus()
    {
        var dir = Directory.CreateTempSubdirectory("newswire-events");
        void Story(string name, string date, string outlet, string body) =>
            File.WriteAllText(Path.Combine(dir.FullName, name), "---\ndate: " + date + "\noutlet: " + outlet + "\n---\nHeadline\n\n" + body + "\n");
        Story("a1.txt", "2025-03-10", "Wire One", "Russian forces shelled Kharkiv on Monday, regional officials said.");
        Story("a2.txt", "2025-03-11", "Daily Two", "Russia shelled the city of Kharkiv late on Monday, emergency services reported on Tuesday.");
        Story("b1.txt", "2025-03-14", "Wire One", "German police detained two activists in Berlin on Friday.");
        return dir.FullName;
    }

    [Fact]
    public void Json_events_carry_every_stored_field_of_the_engine_event()
    {
        // A stored field is a property of the engine's event with a setter; Codec/EventFields exports each by name.
        var stored = typeof(Newswire.Extraction.Model.ExtractedEvent).GetProperties()
            .Where(p => p.GetSetMethod(nonPublic: true) != null)
            .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name.Substring(1))
            .ToList();
        var (code, stdout, err) = Run("extract", Corpus(), "--format", "json", "--no-progress");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(stdout);
        var events = doc.RootElement.GetProperty("articles").EnumerateArray().SelectMany(a => a.GetProperty("events").EnumerateArray()).ToList();
        Assert.NotEmpty(events);
        foreach (var e in events)
        {
            foreach (var name in stored)
            {
                Assert.True(e.TryGetProperty(name, out _), "missing " + name + " in " + e);
            }
        }
    }

    [Fact]
    public void Plover_lines_carry_every_field_the_specification_requires()
    {
        var (code, stdout, err) = Run("extract", Corpus(), "--format", "plover", "--no-progress");
        Assert.True(code == 0, err);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var e = doc.RootElement;
            foreach (var field in PloverRequired)
            {
                Assert.True(e.TryGetProperty(field, out _), "missing " + field + " in " + line);
            }

            Assert.Contains(e.GetProperty("event_type").GetString(), PloverTypes);
            Assert.False(string.IsNullOrEmpty(e.GetProperty("id").GetString()));
            Assert.False(string.IsNullOrEmpty(e.GetProperty("actor").GetString()));
            Assert.Matches("^\\d{4}-\\d{2}-\\d{2}$", e.GetProperty("date").GetString());
            var text = e.GetProperty("event_text").GetString()!;
            var offsets = e.GetProperty("text_offsets");
            Assert.Equal(text.Length, offsets.GetProperty("sentence_end").GetInt32() - offsets.GetProperty("sentence_start").GetInt32());
            Assert.InRange(e.GetProperty("confidence").GetDouble(), 0.0, 1.0);
        }

        Assert.Contains(lines, l => l.Contains("\"event_type\":\"ASSAULT\"") && l.Contains("\"source\":\"Wire One\""));
        Assert.Contains(lines, l => l.Contains("\"event_type\":\"COERCE\"") && l.Contains("\"mode\":\"arrest\""));
    }

    [Fact]
    public void Json_export_links_reports_into_incidents_and_scores_confidence()
    {
        var (code, stdout, err) = Run("extract", Corpus(), "--format", "json");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(stdout);
        var events = doc.RootElement.GetProperty("articles").EnumerateArray().SelectMany(a => a.GetProperty("events").EnumerateArray()).ToList();
        Assert.All(events, e => Assert.InRange(e.GetProperty("confidence").GetDouble(), 0.01, 1.0));
        var incidents = doc.RootElement.GetProperty("incidents").EnumerateArray().ToList();
        Assert.Equal(events.Count, incidents.Sum(i => i.GetProperty("reports").GetArrayLength()));
        var shelling = Assert.Single(incidents, i => i.GetProperty("root").GetString() == "19");
        Assert.Equal(new[] { "Daily Two", "Wire One" }, shelling.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("outlet").GetString()).OrderBy(o => o));
        Assert.Equal("2025-03-10", shelling.GetProperty("date").GetString());
    }

    [Fact]
    public void Stats_count_incidents_and_reports()
    {
        var (code, stdout, err) = Run("stats", Corpus());
        Assert.True(code == 0, err);
        Assert.Matches("incidents +\\d+ \\(\\d+ reports; 1 told more than once\\)", stdout);
    }
}
