using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// <see cref="Newswire.Extraction.Events.Stages.CivilOrderStage"/> (session 19, issue #11): a court ordering a
/// company of its own country is a civil case, no demand between political actors. With every stage the sentence
/// codes no demand; without the stage it does; a court ordering a state, a party or a foreign company stays.
/// </summary>
public class CivilOrderStageTests
{
    private readonly ITestOutputHelper _out;

    public CivilOrderStageTests(ITestOutputHelper output)
    {
        _out = output;
    }

    [Fact]
    public void A_court_ordering_a_domestic_company_to_pay_is_a_civil_case() =>
        EventTestKit.StopsOnlyWith(_out, "civil-order", "A court in [Seoul|L|KOR] ordered [Samsung Electronics|O|KOR] to pay 2 billion won to a former supplier.", "100 Seoul -> Samsung Electronics @ -");

    [Fact]
    public void A_court_ordering_an_unnamed_company_is_a_civil_case() =>
        EventTestKit.StopsOnlyWith(_out, "civil-order", "The [Supreme Court|O|PAK] ordered the power company to restore electricity to the village.", "100 Supreme Court ->  @ -");

    [Theory]
    [InlineData("A court in [Islamabad|L|PAK] ordered the [Pakistani=Pakistan|L|PAK|adj] government to release the opposition leader within 24 hours.")]
    [InlineData("A court in [Seoul|L|KOR] ordered the [Democratic Party|O|KOR] to pay compensation to the journalists.")]
    [InlineData("A court in [Moscow|L|RUS] ordered [Google|O|USA] to pay a fine for failing to delete banned content.")]
    public void A_court_ordering_a_state_a_party_or_a_foreign_company_stays(string markup) => EventTestKit.Keeps(_out, markup, "10");
}
