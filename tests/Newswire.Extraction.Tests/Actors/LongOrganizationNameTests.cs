using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>"&lt;head&gt; of X and Y" and "&lt;name&gt; Hall of Fame" are one organization each.</summary>
public class LongOrganizationNameTests
{
    [Fact]
    public void An_of_name_goes_on_over_and()
    {
        var a = Run("She studied at the Kessel Institute of Arts and Sciences. The Union of Marlo Farmers and Growers (UMFG) launched a petition.");
        Assert.Contains(Exported(a), x => x.Text == "Kessel Institute of Arts and Sciences" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "Union of Marlo Farmers and Growers" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_second_body_or_person_after_and_stays_its_own_name()
    {
        var a = Run("The Bank of Harwick and Kessel Airlines signed a deal. The Ministry of Finance and Ana Ruiz disagreed.");
        Assert.Contains(Exported(a), x => x.Text == "Bank of Harwick" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "Kessel Airlines" && x.Kind == ActorKind.Organization);
        Assert.DoesNotContain(Exported(a), x => x.Text.Contains("Finance and"));
    }

    [Fact]
    public void A_hall_of_fame_is_an_organization()
    {
        var a = Run("He was inducted into the Harwick Football Hall of Fame in 2001.");
        Assert.Contains(Exported(a), x => x.Text == "Harwick Football Hall of Fame" && x.Kind == ActorKind.Organization);
    }

    // Resolve/LongOrganizationNames.cs, ForTheOfEnd: "<head> for the <cause> of <words>" keeps the cause's object.
    [Fact]
    public void A_for_the_name_goes_on_over_of()
    {
        var a = Run("The Front for the Defence of Farmers and Herders (JDFH) claimed the attack on Monday, its spokesman said.");
        Assert.Contains(Exported(a), x => x.Text == "Front for the Defence of Farmers and Herders" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_for_the_name_leaves_a_second_of_alone()
    {
        var a = Run("The Committee for the Protection of Reporters of Marlovia said two journalists were held.");
        Assert.DoesNotContain(Exported(a), x => x.Text.EndsWith("of Marlovia"));
    }

    // Resolve/LongOrganizationNames.cs, IsFieldName: a field named in words the training text writes in lower case
    // ("Natural Resources") goes on the name; a body of its own ("Kessel Airlines", above) does not.
    [Fact]
    public void A_field_of_common_words_after_and_goes_on_the_name()
    {
        var a = Run("The Department of Environment and Natural Resources in Manila said it would close the mine.");
        Assert.Contains(Exported(a), x => x.Text == "Department of Environment and Natural Resources" && x.Kind == ActorKind.Organization);
    }

    // Resolve/LongOrganizationNames.cs, OfTailCut: "and Trade" stays on the name when "of Marlovia" after it is a place.
    [Fact]
    public void An_and_continuation_stops_before_an_of_place()
    {
        var a = Run("The Ministry of Foreign Affairs and Trade of New Zealand said it had summoned the ambassador on Tuesday.");
        Assert.Contains(Exported(a), x => x.Text == "Ministry of Foreign Affairs and Trade" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "New Zealand" && x.Kind == ActorKind.Location);
    }

    // Resolve/LongOrganizationNames.cs, HeadlessAndEnd: a body's name with no head before "and" goes on to the head.
    [Fact]
    public void HeadlessAndEnd_a_headless_body_name_goes_on_over_and_to_its_head()
    {
        var a = Run("The African Union Support and Stabilisation Command said its troops had retaken the town.");
        Assert.Contains(Exported(a), x => x.Text == "African Union Support and Stabilisation Command" && x.Kind == ActorKind.Organization);
        var b = Run("Shares of Air Harwick and Marlow Logistics Group fell on Monday.");
        Assert.DoesNotContain(Exported(b), x => x.Text.Contains(" and "));
    }

    // Resolve/LongOrganizationNames.cs, MissionPlaceEnd: a multinational mission is named with its country.
    [Fact]
    public void MissionPlaceEnd_a_multinational_mission_keeps_the_country_it_serves_in()
    {
        var a = Run("The Multinational Security Support Mission in Haiti pushed the gangs back, officials said.");
        Assert.Contains(Exported(a), x => x.Text == "Multinational Security Support Mission in Haiti" && x.Kind == ActorKind.Organization);
        var b = Run("The Harwick Trade Mission in Kenya opened on Monday.");
        Assert.DoesNotContain(Exported(b), x => x.Text.EndsWith("in Kenya"));
    }

    [Fact]
    public void A_lexicon_body_known_by_a_bare_head_word_opens_a_longer_for_name()
    {
        var a = Run("Police detained Tamar Kessel of the Coalition for Change on Tuesday. The Congress for Democratic Renewal won the vote.");
        Assert.Contains(Exported(a), x => x.Text == "Coalition for Change" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "Congress for Democratic Renewal" && x.Kind == ActorKind.Organization);
        Assert.DoesNotContain(a.Actors, x => x.Name == "Coalition" || x.Name == "Congress");
    }

    [Fact]
    public void The_bare_head_word_alone_stays_the_lexicon_body()
    {
        var a = Run("The Coalition said its jets struck targets on Tuesday. Congress for the first time passed the budget.");
        Assert.Contains(a.Actors, x => x.Name == "Coalition" && x.Kind == ActorKind.Organization);
        Assert.Contains(a.Actors, x => x.Name == "Congress" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_head_for_a_field_goes_on_over_of()
    {
        var a = Run("The Authority for Supervision of Kessel Markets fined the bank on Monday. The Council for Peace met in Marlo.");
        Assert.Contains(Exported(a), x => x.Text == "Authority for Supervision of Kessel Markets" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "Council for Peace" && x.Kind == ActorKind.Organization);
    }
}
