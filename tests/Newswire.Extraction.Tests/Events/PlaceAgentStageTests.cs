using System.Linq;
using Newswire.Extraction.Events.Stages;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// <c>Stages/PlaceAgentStage</c>: a town does not act, a country, capital or state does; statements are judged too
/// (each "stops" case codes its event once the stage is taken out, so the test fails if the stage stops working).
/// </summary>
public class PlaceAgentStageTests
{
    private readonly ITestOutputHelper _out;

    public PlaceAgentStageTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private static EventStages WithoutPlaceAgent()
    {
        var all = EventStages.Default;
        return new EventStages(all.Words, all.Stages.Where(s => s.Name != "place-agent").ToList());
    }

    [Theory]
    [InlineData("[Monterrey|L|MEX] offered cheaper flights to [Cancun|L|MEX] on Monday.")]
    [InlineData("[Nakuru|L|KEN] said on Tuesday that it would ask [Uganda|L|UGA] about the shooting.")]
    [InlineData("[Lake Kivu|L|] threatened the fishermen of [Goma|L|COD].")]
    public void A_town_or_a_lake_is_no_agent(string markup)
    {
        var with = EventTestKit.Run(markup);
        var without = EventTestKit.Run(markup, stages: WithoutPlaceAgent());
        _out.WriteLine("with: " + with + "\nwithout: " + without);
        Assert.Empty(with.Events);
        Assert.NotEmpty(without.Events);
    }

    [Theory]
    [InlineData("[Seoul|L|KOR] accused [Pyongyang|L|PRK] of firing missiles.", "112")]
    [InlineData("[Texas|L|USA] accused [Mexico|L|MEX] of ignoring the water treaty.", "112")]
    [InlineData("PORT ELLIS, May 4 (Wire) - Police detained 40 protesters outside the port in [Mombasa|L|KEN] on Monday.", "173")]
    [InlineData("[Peru|L|PER] said on Tuesday that the new tariff was unfair.", "010")]
    [InlineData("Residents of [Colchani|L|BOL] protested against the mine on Monday.", "14")]
    public void A_country_capital_state_or_a_protesting_town_acts(string markup, string code)
    {
        var r = EventTestKit.Run(markup);
        _out.WriteLine(r.ToString());
        Assert.Contains(r.Events, e => e.Code.StartsWith(code, System.StringComparison.Ordinal));
    }
}
