using System;
using System.IO;
using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Events;

/// <summary>Pins the events of the two seed articles through the whole pipeline (layout, tokens, actors, events).</summary>
public class SeedEventTests
{
    private static ExtractedArticle Seed(string file)
    {
        var dir = AppContext.BaseDirectory;
        while (dir != null && !Directory.Exists(Path.Combine(dir, "samples", "NewsExplorer", "news")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        Assert.NotNull(dir);
        var path = Path.Combine(dir!, "samples", "NewsExplorer", "news", file);
        return ArticleExtractor.Extract(path, File.ReadAllText(path));
    }

    private static string Line(ExtractedArticle a, ExtractedEvent e)
    {
        string Name(int i) => i < 0 ? "-" : a.Actors[i].Name;
        return e.Code + " " + Name(e.Agent) + " -> " + string.Join(", ", e.Counterparts.Select(Name)) + " @ " + Name(e.Location)
               + (e.Time is null ? "" : " " + e.Time) + " [" + e.Modality + "]";
    }

    [Fact]
    public void Putin_article_events()
    {
        var a = Seed("000_da12225e125254bc.txt");
        var lines = a.Events.Select(e => Line(a, e)).ToList();
        Assert.Contains("042 Vladimir Putin -> Southern Military District @ Rostov-on-Don [Happened]", lines);
        Assert.Contains("042 Vladimir Putin -> Astana @ Astana Earlier that morning [Happened]", lines);
        Assert.Contains("040 Vladimir Putin -> Kassym-Jomart Tokayev @ Akorda [Happened]", lines);
        Assert.Contains(lines, l => l.StartsWith("010 Moscow -> Astana @ - the day before", StringComparison.Ordinal));

        // Nothing else but the Kremlin's own statement (an optional gold event).
        Assert.True(lines.Count <= 5, string.Join("\n", lines));
        Assert.All(a.Events, e => Assert.True(e.Agent >= 0));
        Assert.Equal(a.Events.OrderBy(e => e.Trigger.Start).Select(e => e.Trigger.Start), a.Events.Select(e => e.Trigger.Start));
    }

    [Fact]
    public void Belousov_article_events()
    {
        var a = Seed("003_357100b6db8c9786.txt");
        var lines = a.Events.Select(e => Line(a, e)).ToList();
        Assert.Contains("042 Andrei Belousov -> Tajikistan @ Tajikistan [Happened]", lines);
        Assert.Contains("046 Andrei Belousov -> Tajikistan @ - [Planned]", lines);
        var summit = a.Events.Single(e => e.Code == "043");
        Assert.Equal("Commonwealth of Independent States", a.Actors[summit.Agent].Name);
        Assert.Equal("Dushanbe", a.Actors[summit.Location].Name);
        Assert.Equal("October 10", summit.Time);
        Assert.Equal(EventModality.Planned, summit.Modality);
        Assert.True(lines.Count <= 5, string.Join("\n", lines));
    }
}
