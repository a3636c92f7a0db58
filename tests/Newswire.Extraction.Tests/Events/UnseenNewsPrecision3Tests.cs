using Xunit;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Kinds of false event found on NewsCheck23's tune half and invented stories (issue #11), as stories since they
/// read the headline: a game's headline whose lede names the sport (EventRun.ReadLede), criminals jailed in a
/// headline's agentless passive (<see cref="Newswire.Extraction.Events.Stages.OrdinaryCrimeStage"/>). Each has a twin
/// that keeps its event.
/// </summary>
public class UnseenNewsPrecision3Tests
{
    private readonly ITestOutputHelper _out;

    public UnseenNewsPrecision3Tests(ITestOutputHelper output)
    {
        _out = output;
    }

    private string[] Codes(string headline, string body) => EventTestKit.StoryCodes(_out, headline, body);

    [Fact]
    public void A_headline_over_a_lede_about_a_game_codes_no_fight() =>
        Assert.Empty(Codes(
            "Namibia storm past Zimbabwe",
            "WINDHOEK — Namibia stormed past Zimbabwe in three straight sets on Saturday to reach the final of the regional volleyball championship."));

    [Fact]
    public void A_cricket_lede_makes_the_headline_invasion_a_game() =>
        Assert.Empty(Codes(
            "India invade Australia's fortress",
            "PERTH — India invaded the fortress at Perth and captured the series with a 5-wicket win on Monday."));

    [Fact]
    public void An_arrest_headline_over_a_lede_about_fans_keeps_the_arrest() =>
        Assert.Contains(Codes(
            "Ghana police arrest 40 after clashes in Accra",
            "ACCRA — Ghanaian police arrested 40 people after fans of two football clubs fought outside the stadium in Accra on Saturday."),
            c => c.StartsWith("17"));

    [Fact]
    public void A_headline_over_a_political_lede_keeps_its_attack() =>
        Assert.Contains(Codes(
            "Sudan army shells Omdurman",
            "KHARTOUM — The Sudanese army shelled positions of the Rapid Support Forces in Omdurman on Sunday, residents said."),
            c => c.StartsWith("19"));

    [Fact]
    public void Criminals_jailed_in_a_headline_code_no_arrest() =>
        Assert.Empty(Codes(
            "Drug smugglers jailed",
            "KINGSTON — A Jamaican court jailed three men for 15 years on Tuesday for smuggling cocaine."));

    [Fact]
    public void A_crew_detained_after_a_smuggling_charge_stays_detained() =>
        Assert.Contains(Codes(
            "Iran seizes tanker",
            "DUBAI — Iranian state television said a Panamanian tanker had been taken to Bandar Abbas for smuggling fuel and that its crew had been detained."),
            c => c.StartsWith("17"));
}
