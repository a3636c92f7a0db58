using System;
using System.IO;
using System.Linq;
using Seeds;

namespace Newswire.IntegrationTests;

/// <summary>Incidents, PLOVER and confidence through the runtime and the generated API.</summary>
public class IncidentTests
{
    private static Dataset Stories(params (string Name, string Text)[] files)
    {
        var dir = Directory.CreateTempSubdirectory("newswire-incidents");
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(dir.FullName, name), text);
        }

        return Dataset.Load(new[] { dir.FullName });
    }

    private static string Story(string date, string outlet, string headline, string body) =>
        "---\ndate: " + date + "\noutlet: " + outlet + "\n---\n" + headline + "\n\n" + body + "\n";

    [Fact]
    public void Same_happening_told_three_ways_is_one_incident_and_other_happenings_stay_apart()
    {
        var d = Stories(
            ("a1.txt", Story("2025-03-10", "Wire One", "Russia Strikes Kharkiv", "Russian forces shelled Kharkiv on Monday, damaging apartment blocks, regional officials said.")),
            ("a2.txt", Story("2025-03-11", "Daily Two", "Overnight Shelling Hits Ukraine's Second City", "Russia shelled the city of Kharkiv late on Monday, Ukrainian emergency services reported on Tuesday.")),
            ("a3.txt", Story("2025-03-10", "Radio Three", "Kharkiv Under Fire", "Moscow's troops bombarded Kharkiv on Monday evening.")),
            ("b1.txt", Story("2025-03-14", "Wire One", "Russia Strikes Again", "Russian forces shelled Kharkiv on Friday.")),
            ("b2.txt", Story("2025-03-10", "Wire One", "Russia Strikes Odesa", "Russian forces shelled Odesa on Monday.")));

        var assaults = d.Incidents.Where(i => i.RootCode == "19").ToList();
        Assert.Equal(3, assaults.Count);
        var monday = assaults.Single(i => i.Reports.Count == 3);
        Assert.Equal(new[] { "Daily Two", "Radio Three", "Wire One" }, monday.Reports.Select(r => r.Article.Outlet).OrderBy(o => o));
        Assert.Equal(new DateTime(2025, 3, 10), monday.Date);
        Assert.Equal("Kharkiv", monday.Target?.Name);
        Assert.All(monday.Reports, r => Assert.Same(monday, r.Incident));
        Assert.All(assaults.Where(i => i != monday), i => Assert.Single(i.Reports));

        var kharkiv = d.FindActor("Kharkiv")!;
        Assert.Equal(2, kharkiv.Incidents.Count(i => i.RootCode == "19"));
        Assert.Contains(monday, monday.Agent.Incidents);
        Assert.Equal(d.Events.Count, d.Incidents.Sum(i => i.Reports.Count));
    }

    [Fact]
    public void Generated_incidents_cover_every_event_once()
    {
        Assert.Equal(Events.All.Count, Incidents.All.Sum(i => i.Reports.Count));
        Assert.All(Events.All, e => Assert.Contains(e, e.Incident!.Reports));
    }

    [Fact]
    public void Generated_events_carry_confidence_and_plover_like_the_runtime()
    {
        var loaded = Dataset.Load(new[] { Path.Combine(AppContext.BaseDirectory, "news") });
        Assert.Equal(loaded.Events.Select(e => e.Confidence), Events.All.Select(e => e.Confidence));
        Assert.All(Events.All, e => Assert.InRange(e.Confidence, 0.01, 1.0));
        Assert.Contains(Events.All, e => e.PloverType == "CONSULT" && e.PloverMode == "visit");
    }
}
