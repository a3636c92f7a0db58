using System.Linq;
using Newswire.Extraction.Model;
using Xunit;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// A place taken by force (invented agency sentences): "captured the town of X" occupies territory (192, not the
/// 171 of property confiscated), and the place taken is where the event happened; weapons seized in a town stay 171.
/// </summary>
public class OccupiedPlaceTests
{
    private readonly ITestOutputHelper _out;

    public OccupiedPlaceTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private ExtractedArticle Story(string body) => EventStories.Extract(_out, body);

    private static string Place(ExtractedArticle a, ExtractedEvent e) => e.Location < 0 ? "-" : a.Actors[e.Location].Name;

    [Fact]
    public void A_town_captured_is_occupied_there()
    {
        var a = Story("KHARTOUM (Reuters) - The Sudanese army said its forces had captured the town of Umm Sayala on Tuesday.");
        var e = Assert.Single(a.Events, x => x.Root == "19");
        Assert.Equal("192", e.Code);
        Assert.Equal("Umm Sayala", Place(a, e));
    }

    [Fact]
    public void A_village_retaken_is_occupied_there()
    {
        var a = Story("BUNIA, Congo (AFP) - Congolese troops retook the village of Mambasa-Ouest on Monday, the army said.");
        var e = Assert.Single(a.Events, x => x.Root == "19");
        Assert.Equal("Mambasa-Ouest", Place(a, e));
    }

    // The sibling reading: what is seized in a town is confiscated there, no territory taken.
    [Fact]
    public void Weapons_seized_in_a_town_stay_a_confiscation()
    {
        var a = Story("NAIROBI (Reuters) - Kenyan police seized weapons and cash in the town of Garsen on Monday.");
        Assert.DoesNotContain(a.Events, x => x.Root == "19");
        Assert.Contains(a.Events, x => x.Code == "171" && Place(a, x) == "Garsen");
    }
}
