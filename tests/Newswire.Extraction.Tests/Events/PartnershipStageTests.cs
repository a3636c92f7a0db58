using System.Linq;
using Newswire.Extraction.Events.Stages;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Stages of session 18 (issue #11, NewsCheck11) on cooperation words in news where nothing political happened:
/// universities, hospitals, museums and companies signing, teaming up and agreeing among themselves. As in
/// <see cref="PublicNewsStageTests"/>: with every stage the sentence codes nothing; without the stage under test it
/// codes the event the stage exists to stop; a real political event of the same shape stays.
/// </summary>
public class PartnershipStageTests
{
    private readonly ITestOutputHelper _out;

    public PartnershipStageTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private void StopsOnlyWith(string stage, string markup, string expectedWithout) => EventTestKit.StopsOnlyWith(_out, stage, markup, expectedWithout);

    private void Keeps(string markup, string root) => EventTestKit.Keeps(_out, markup, root);

    [Fact]
    public void A_university_signing_with_a_foreign_institute_is_no_political_event() =>
        StopsOnlyWith("institution-partnership", "The [University of Mombasa|O|KEN] signed a cooperation agreement with [Germany|L|DEU]'s [Leipzig Institute of Tropical Medicine|O|DEU] on Tuesday.", "057 University of Mombasa -> Germany, Leipzig Institute of Tropical Medicine @ -");

    [Fact]
    public void A_museum_lending_masks_to_a_foreign_museum_is_no_political_event() =>
        StopsOnlyWith("institution-partnership", "The [National Museum of Togo|O|TGO] will lend 40 masks to the [Royal Museum of Antwerp|O|BEL] under a cultural exchange.", "060 National Museum of Togo -> Royal Museum of Antwerp @ -");

    [Fact]
    public void Two_governments_signing_a_security_pact_stay() =>
        Keeps("[Kenya|L|KEN] and [Ethiopia|L|ETH] signed a security pact on Monday.", "05");

    [Fact]
    public void A_ministry_and_a_university_agreeing_to_cooperate_stay() =>
        Keeps("The [Ministry of Health|O|KEN] and the [University of Mombasa|O|KEN] agreed to cooperate on cholera research.", "03");

    [Fact]
    public void A_university_signing_with_a_foreign_ministry_stays() =>
        Keeps("The [University of Mombasa|O|KEN] signed a cooperation agreement with [France|L|FRA]'s [Ministry of Health|O|FRA].", "05");

    [Fact]
    public void A_university_signing_with_a_foreign_country_stays() =>
        Keeps("The [University of Mombasa|O|KEN] signed a cooperation agreement with [France|L|FRA] on Tuesday.", "05");

    [Fact]
    public void Warning_fishermen_on_a_lake_of_no_country_is_advice_to_the_public() =>
        StopsOnlyWith("public-addressee", "The [Kenya Meteorological Department|O|KEN] urged fishermen on [Lake Victoria|L] to stay ashore.", "020 Kenya Meteorological Department -> Lake Victoria @ -");

    [Fact]
    public void Urging_fishermen_of_a_foreign_country_stays() =>
        Keeps("[Kenya|L|KEN] urged [Ugandan|L|UGA|adj] fishermen on [Lake Victoria|L] to leave its waters.", "02");
}
