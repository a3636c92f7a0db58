using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Stages of session 19 (issue #11, NewsCheck13) on meetings, visits and inquiries in news where nothing political
/// happened: an inquiry into an accident, companies meeting a partner named with its country's possessive, a visit to
/// a company's site. As in <see cref="PartnershipStageTests"/>: with every stage the sentence codes nothing; without the
/// stage under test it codes the event the stage exists to stop; a real political event of the same shape stays.
/// </summary>
public class InquiryAndSiteStageTests
{
    private readonly ITestOutputHelper _out;

    public InquiryAndSiteStageTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private void StopsOnlyWith(string stage, string markup, string expectedWithout) => EventTestKit.StopsOnlyWith(_out, stage, markup, expectedWithout);

    private void Keeps(string markup, string root) => EventTestKit.Keeps(_out, markup, root);

    [Fact]
    public void An_inquiry_into_the_cause_of_a_collapse_is_no_political_event() =>
        StopsOnlyWith("accident-inquiry", "[Indonesian|L|IDN|adj] police launched an investigation into the cause of the collapse of a school building in [Java|L|IDN].", "090 Indonesian ->  @ Java");

    [Fact]
    public void An_inquiry_into_a_killing_stays() =>
        Keeps("[Nigerian|L|NGA|adj] police opened an investigation into the killing of three opposition activists in [Lagos|L|NGA].", "09");

    [Fact]
    public void An_inquiry_into_corruption_stays() =>
        Keeps("Prosecutors in [Peru|L|PER] opened an investigation into corruption at the ports authority on Monday.", "09");

    [Fact]
    public void Companies_meeting_a_partner_named_with_its_countrys_possessive_is_business() =>
        StopsOnlyWith("commercial", "Executives of drug maker [Lund Pharma|O|SWE] met senior managers of [Brazil|L|BRA]'s [Paulista Biologics|O|BRA] in [Stockholm|L|SWE] on Tuesday.", "040 Lund Pharma -> Brazil, Paulista Biologics @ Stockholm");

    [Fact]
    public void A_company_meeting_a_foreign_minister_stays() =>
        Keeps("Executives of drug maker [Lund Pharma|O|SWE] met [Brazil|L|BRA]'s health minister in [Brasilia|L|BRA] on Tuesday.", "04");

    [Fact]
    public void A_visit_to_a_companys_plant_is_no_political_event() =>
        StopsOnlyWith("unaddressed-visit", "The managing director of [Sundaram Biologics|O|IND] visited [Kastrup Pharma|O|DNK]'s research centre on Wednesday.", "042 Sundaram Biologics -> Kastrup Pharma @ -");

    [Fact]
    public void A_visit_to_a_ministrys_headquarters_stays() =>
        Keeps("[Turkish|L|TUR|adj] President [Recep Tayyip Erdogan|P|TUR] visited the [Defence Ministry|O|TUR]'s headquarters in [Ankara|L|TUR].", "04");

    // The name tagger may read a small place as a person with no country: no one named for all that.
    [Fact]
    public void An_inquiry_into_a_derailment_near_a_place_read_as_a_person_is_no_political_event() =>
        StopsOnlyWith("accident-inquiry", "[Austrian|L|AUT|adj] police launched an investigation into the derailment of a freight train near [Leoben|P].", "090 Austrian ->  @ -");

    [Fact]
    public void An_inquiry_into_a_crash_that_killed_a_named_leader_stays() =>
        Keeps("[Russia|L|RUS] launched an investigation into the plane crash that killed militia leader [Oleg Petrov|P|RUS].", "09");

    [Fact]
    public void A_visit_to_the_site_of_a_company_the_actors_left_unnamed_is_no_political_event() =>
        StopsOnlyWith("unaddressed-visit", "The managing director of [Sundaram Biologics|O|IND] visited Kastrup's research centre on Wednesday.", "042 Sundaram Biologics ->  @ -");

    [Fact]
    public void A_company_suing_a_supplier_the_tagger_read_as_a_person_is_business() =>
        StopsOnlyWith("commercial", "Brewer [Brouwerij Schelde|O|BEL] filed a lawsuit against hop supplier [Hopland Venlo|P|NLD] on Monday.", "115 Brouwerij Schelde -> Hopland Venlo @ -");

    [Fact]
    public void A_state_suing_a_supplier_stays() =>
        Keeps("[Belgium|L|BEL] filed a lawsuit against hop supplier [Hopland Venlo|P|NLD] on Monday.", "11");

    [Fact]
    public void A_company_suing_a_state_stays() =>
        Keeps("Brewer [Brouwerij Schelde|O|BEL] filed a lawsuit against the [Netherlands|L|NLD] on Monday.", "11");
}
