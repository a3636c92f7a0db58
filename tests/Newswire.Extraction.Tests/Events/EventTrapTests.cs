using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newswire.Extraction.Model;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Precision on ordinary news: every sentence of <c>Data/event_traps.tsv</c> (hand-written: economy, sport,
/// metaphor, negation, hypotheticals, history, business, weather, company deals, obituaries, launches, private
/// people, customs seizures, ordinary crime, product bans) goes through the whole pipeline as the body of a one-line
/// story and must code no event but a statement. <c>Data/event_positives.tsv</c> holds real political events in
/// varied wording that must be found.
/// </summary>
public class EventTrapTests
{
    private readonly ITestOutputHelper _out;

    public EventTrapTests(ITestOutputHelper output)
    {
        _out = output;
    }

    internal static IEnumerable<string[]> Rows(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Events", "Data", file);
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line.Split('\t');
            }
        }
    }

    public static IEnumerable<object[]> Traps() => Rows("event_traps.tsv").Select(r => new object[] { r[0], r[1] });

    public static IEnumerable<object[]> Positives() => Rows("event_positives.tsv").Select(r => new object[] { r[0], r[1], r[2] });

    internal static ExtractedArticle Story(string sentence) => ArticleExtractor.Extract("story.txt", "World briefing\n\n" + sentence + "\n");

    private string Describe(ExtractedArticle a, ExtractedEvent e) =>
        e.Code + " " + (e.Agent < 0 ? "-" : a.Actors[e.Agent].Name) + " -> " + string.Join(", ", e.Counterparts.Select(c => a.Actors[c].Name))
        + " [" + e.Trigger.Of(a.Text) + "]";

    [Fact]
    public void The_trap_set_is_large_and_covers_every_category()
    {
        var rows = Rows("event_traps.tsv").ToList();
        Assert.True(rows.Count >= 60, rows.Count + " traps");
        var categories = rows.Select(r => r[0]).Distinct().ToList();
        foreach (var c in new[] { "economy", "sport", "metaphor", "negated", "hypothetical", "historical", "business", "weather", "company", "obituary", "launch", "private" })
        {
            Assert.Contains(c, categories);
        }
    }

    [Theory]
    [MemberData(nameof(Traps))]
    public void Trap_codes_no_event_but_a_statement(string category, string sentence)
    {
        var a = Story(sentence);
        var coded = a.Events.Where(e => e.Root != "01").Select(e => Describe(a, e)).ToList();
        foreach (var line in coded)
        {
            _out.WriteLine(category + ": " + line);
        }

        Assert.Empty(coded);
    }

    [Theory]
    [MemberData(nameof(Positives))]
    public void Political_event_is_coded(string root, string country, string sentence)
    {
        var a = Story(sentence);
        foreach (var e in a.Events)
        {
            _out.WriteLine(Describe(a, e));
        }

        Assert.Contains(a.Events, e => e.Root == root && (e.Agent >= 0 ? a.Actors[e.Agent].Country ?? "---" : "---") == country);
    }
}
