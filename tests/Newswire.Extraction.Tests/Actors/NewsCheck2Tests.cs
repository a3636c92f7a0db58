using System;
using System.IO;
using Newswire.Extraction.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// The second news check (<c>NewsCheck2/</c>): sixteen invented wire stories from regions and trades the other checks
/// cover thinly (Central Asia, the Caucasus, the Sahel and Central Africa, the Gulf, the Andes, Southeast Asia, the
/// Pacific, the Balkans, Scandinavia; courts, elections, central banks, mining, shipping, health agencies, football
/// clubs, NGOs, militias, state companies), with the actor list a reader gives each (<c>gold.json</c>, written before
/// the extractor was run on them). Rules were fitted to <c>tune/</c> only; <c>sealed/</c> was scored once, for its
/// totals. Floors are what the extractor reaches; a change that drops below one prints every miss.
/// </summary>
public class NewsCheck2Tests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Actors", "NewsCheck2");

    private readonly ITestOutputHelper _output;

    public NewsCheck2Tests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData("tune", 0.91, 0.94)]
    [InlineData("sealed", 0.82, 0.93)]
    public void Actor_lists_of_the_second_news_check_reach_the_floors(string part, double typedF1Floor, double countryFloor)
    {
        var score = SeedsScore.OfFolder(Path.Combine(Folder, part));
        _output.WriteLine(part + ": " + score.Summary);
        Assert.True(score.Gold >= 100, "the check lists " + score.Gold + " actors");
        Assert.True(score.TypedF1 >= typedF1Floor && score.CountryAccuracy >= countryFloor, score.Summary + "\n" + string.Join("\n", score.Misses));
    }
}
