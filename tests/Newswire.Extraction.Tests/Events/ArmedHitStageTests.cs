using Xunit;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// <see cref="Newswire.Extraction.Events.Stages.ArmedHitStage"/> (session 22): "hit" is an attack only when a weapon
/// or a force does it; prices, storms and teams that "hit" something attack no one.
/// </summary>
public class ArmedHitStageTests
{
    private readonly ITestOutputHelper _out;

    public ArmedHitStageTests(ITestOutputHelper output)
    {
        _out = output;
    }

    [Fact]
    public void A_side_that_hits_a_rival_in_a_final_attacks_no_one() =>
        EventTestKit.StopsOnlyWith(_out, "armed-hit", "[Kenya|L|KEN] hit [Uganda|L|UGA] hard in the final on Sunday.", "190 Kenya -> Uganda @ -");

    [Theory]
    [InlineData("Russia denied the report. Russian drones hit an oil depot in Kyiv overnight.", "RUS")]
    [InlineData("The Syrian army hit rebel positions near Idlib with artillery on Sunday.", "SYR")]
    public void A_weapon_or_force_that_hits_attacks(string sentence, string country)
    {
        var a = EventTestKit.Story(_out, "World briefing", sentence);
        Assert.Contains(a.Events, e => e.Root == "19" && e.Agent >= 0 && a.Actors[e.Agent].Country == country);
    }
}
