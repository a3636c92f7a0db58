using System.Linq;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Kinds of false event found in news that holds none (issue #11, NewsCheck19): a company's rivalry told with war words
/// (<see cref="Newswire.Extraction.Events.Stages.CompanyRivalryStage"/>), the army and the government responding to a
/// disaster (<see cref="Newswire.Extraction.Events.Stages.ReliefDeploymentStage"/>), the driver detained after an
/// accident (<see cref="Newswire.Extraction.Events.Stages.AccidentStoryStage"/>). Stories, not sentences: the stages
/// read the headline. Each has a twin that keeps its event.
/// </summary>
public class UnseenNewsPrecisionTests
{
    private readonly ITestOutputHelper _out;

    public UnseenNewsPrecisionTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private string[] Codes(string headline, string body) => EventTestKit.StoryCodes(_out, headline, body);

    [Fact]
    public void A_company_attacking_the_market_under_a_business_headline_codes_nothing() =>
        Assert.DoesNotContain(Codes(
            "Peruvian copper producer doubles output, signs deal with Japanese cable maker",
            "LIMA, June 9 (PER) — Cerro Azul Minerals, the biggest private copper producer in Peru, said on Monday it had doubled output and signed a supply contract with the Japanese cable maker Kiso Wires.\n\n"
            + "Chief executive Rosa Huaman told reporters the company had fought hard to win the contract against rivals from Chile and Mexico. \"We attacked the market early and now we are reaping the rewards,\" she said, adding that a delegation from Kiso would tour the mine next month."),
            c => (c.StartsWith("1") && c[1] >= '8') || c.StartsWith("20"));

    [Fact]
    public void Rebels_attacking_a_pipeline_under_a_business_headline_still_code_an_attack() =>
        Assert.Contains(Codes(
            "Oil company shares fall after pipeline attack",
            "BOGOTA, May 4 — The National Liberation Army attacked an oil pipeline in Arauca on Sunday, the army said."),
            c => c.StartsWith("19"));

    [Fact]
    public void The_army_moving_villagers_before_a_cyclone_codes_nothing() =>
        Assert.Empty(Codes(
            "Cyclone Mora: half a million moved to shelters on Myanmar coast",
            "SITTWE — Myanmar's disaster ministry said on Tuesday that half a million people had been moved to shelters as Cyclone Mora approached.\n\n"
            + "The army deployed boats and trucks to help move villagers, and the weather office raised its warning to the highest level."));

    [Fact]
    public void Troops_sent_to_a_border_in_a_storm_story_with_politics_keep_their_posture() =>
        Assert.Contains(Codes(
            "Storm hits Chad as troops head for Sudan border",
            "N'DJAMENA — Chad's army deployed 2,000 troops to the border with Sudan on Tuesday after rebels crossed into the country, the defence ministry said."),
            c => c.StartsWith("15"));

    [Fact]
    public void A_driver_detained_after_a_bus_crash_codes_nothing() =>
        Assert.Empty(Codes(
            "Nine die as bus leaves mountain road in Peru",
            "CUSCO, Peru — Nine passengers died on Friday when a bus left the road near Cusco, police said. Police said the driver had been detained for questioning."));
}
