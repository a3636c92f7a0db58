using System.Threading;
using Newswire.Extraction;
using Newswire.Extraction.Places;
using Xunit;

namespace Newswire.Extraction.Tests;

public class PreloadTests
{
    [Fact]
    public void Start_LoadsTheGazetteerInTheBackground_AndExtractionStillAgrees()
    {
        const string text = "Capital Times\n\nTalks in Lisbon\n\nAna Sousa, the mayor of Lisbon, met the prime minister of Portugal on Monday.\n";
        Preload.Start();
        Preload.Start(); // a second call is a no-op

        // No timing asserted: the background load only has to happen at all (polled, generously bounded).
        for (var i = 0; i < 600 && !Gazetteer.IsLoaded; i++)
        {
            Thread.Sleep(100);
        }

        Assert.True(Gazetteer.IsLoaded);
        var a = ArticleExtractor.Extract("a.txt", text);
        var b = ArticleExtractor.Extract("a.txt", text);
        Assert.Equal(a.Actors.Count, b.Actors.Count);
        Assert.Contains(a.Actors, x => x.Name == "Lisbon" && x.Place != null);
    }
}
