using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>The words around a name say whether it names a company or a place (invented names only).</summary>
public class ContextTypeTests
{
    [Theory]
    [InlineData("Shares of Tavenor rose 4% in early trading on Monday.", "Tavenor")]
    [InlineData("The report said Tavenor's chief executive resigned on Monday.", "Tavenor")]
    [InlineData("Shareholders of Tavenor voted against the plan on Monday.", "Tavenor")]
    [InlineData("A spokeswoman for Tavenor declined to comment on the report.", "Tavenor")]
    [InlineData("Analysts at Tavenor expected the central bank to cut rates.", "Tavenor")]
    public void A_company_frame_makes_the_name_an_organization(string body, string name)
    {
        Assert.Equal(ActorKind.Organization, KindOf(Run(body), name));
    }

    [Theory]
    [InlineData("He returned to teach at Cambridge after the war.", "Cambridge")]
    [InlineData("She is a professor at Princeton and writes on trade.", "Princeton")]
    [InlineData("He graduated from Durham in 1990 and moved to Leeds.", "Durham")]
    public void A_town_named_for_its_university_is_an_organization(string body, string name)
    {
        Assert.Equal(ActorKind.Organization, KindOf(Run(body), name));
    }

    [Fact]
    public void A_town_after_other_work_words_stays_a_place()
    {
        Assert.Equal(ActorKind.Location, KindOf(Run("He moved north and worked at Durham for a year."), "Durham"));
    }

    [Fact]
    public void A_name_listed_after_a_framed_one_shares_its_frame()
    {
        var a = Run("Economists at Tavenor and Quillbeck expected a cut in March.");
        Assert.Equal(ActorKind.Organization, KindOf(a, "Tavenor"));
        Assert.Equal(ActorKind.Organization, KindOf(a, "Quillbeck"));
    }

    [Fact]
    public void A_person_with_a_given_name_stays_a_person()
    {
        var a = Run("A spokesman for Maria Tavenor said the talks would go on.");
        Assert.Equal(ActorKind.Person, KindOf(a, "Maria Tavenor"));
    }

    [Fact]
    public void A_place_verb_before_in_makes_the_name_a_place()
    {
        var a = Run("The lender is based in Quillbeck and employs 400 people.");
        Assert.Equal(ActorKind.Location, KindOf(a, "Quillbeck"));
    }

    [Fact]
    public void An_apposition_naming_a_maker_makes_an_organization()
    {
        var a = Run("Output at Tavenor, the state-owned miner, fell in March.");
        Assert.Equal(ActorKind.Organization, KindOf(a, "Tavenor"));
    }

    [Theory]
    [InlineData("Output at Tavenor Mining fell in March, the report said.", "Tavenor Mining")]
    [InlineData("Output at Quillbeck Petroleum fell in March, the report said.", "Quillbeck Petroleum")]
    [InlineData("We bought four tires at Hollins Tire last week and the staff were friendly.", "Hollins Tire")]
    [InlineData("Later Brenner Transmission fixed the gearbox for half the price.", "Brenner Transmission")]
    [InlineData("Rent at Willowby Apartments went up again this spring.", "Willowby Apartments")]
    public void A_company_head_word_makes_the_name_an_organization(string body, string name)
    {
        Assert.Equal(ActorKind.Organization, KindOf(Run(body), name));
    }

    [Fact]
    public void A_name_the_tagger_missed_in_a_company_frame_is_added()
    {
        var a = Run("He met executives of Tavenor, Quillbeck and Hessvik in the capital on Monday.");
        Assert.Equal(ActorKind.Organization, KindOf(a, "Tavenor"));
        Assert.Equal(ActorKind.Organization, KindOf(a, "Quillbeck"));
        Assert.Equal(ActorKind.Organization, KindOf(a, "Hessvik"));
        Assert.Equal(ActorKind.Organization, KindOf(Run("Tavenor's chief executive resigned on Monday after the vote."), "Tavenor"));
    }

    [Theory]
    [InlineData("Tavenor bought a stake in Kenyan mobile operator Quillbeck Kenya on Monday.", "Kenyan")]
    [InlineData("Tavenor agreed to buy a stake in Omani telecoms firm Quillbeck Oman, it said.", "Omani")]
    public void A_demonym_after_a_market_frame_is_no_company(string body, string demonym)
    {
        Assert.DoesNotContain(Run(body).Actors, x => x.Name == demonym && x.Kind == ActorKind.Organization);
    }

    [Theory]
    [InlineData("Kenya's state-run Tavenor signed a deal with a Chinese firm on Monday to build a power line.", "Tavenor")]
    [InlineData("Peru's state-owned Quillbeck said output fell in March.", "Quillbeck")]
    public void A_name_after_an_ownership_word_is_an_organization(string body, string name)
    {
        Assert.Equal(ActorKind.Organization, KindOf(Run(body), name));
    }

    [Fact]
    public void An_ownership_word_frames_one_name_only()
    {
        var a = Run("Peru's state-owned Tavenor Copper and Smelting Works said output fell in March.");
        Assert.DoesNotContain(a.Actors, x => x.Name == "Smelting Works");
    }

    [Theory]
    [InlineData("Tavenor Energy and Tavenor Mining agreed to merge, the companies said on Tuesday.", "Tavenor Mining")]
    [InlineData("Quillbeck Airways and Hessvik Logistics said on Tuesday they would merge.", "Hessvik Logistics")]
    public void A_company_head_name_after_and_a_company_is_the_second_company(string body, string name)
    {
        Assert.Equal(ActorKind.Organization, KindOf(Run(body), name));
    }

    [Fact]
    public void A_possessive_after_the_run_stops_the_frame()
    {
        var a = Run("Two members of Tavenor's cabinet resigned on Monday.");
        Assert.NotEqual(ActorKind.Organization, KindOf(a, "Tavenor"));
    }

    [Fact]
    public void A_church_named_for_a_denomination_is_an_organization()
    {
        var a = Run("Leaders of the Moravian Church met in Tavenor on Monday.");
        Assert.Equal(ActorKind.Organization, KindOf(a, "Moravian Church"));
    }

    [Fact]
    public void An_unread_name_owning_a_person_is_the_persons_body()
    {
        var a = Run("The vote was held on Sunday. Kessavo's Maria Lopez won a seat, and Britain's Theresa May spoke. Monday's John Smith was late.");
        Assert.Equal(ActorKind.Organization, KindOf(a, "Kessavo"));
        Assert.Equal(ActorKind.Location, KindOf(a, "Britain"));
        Assert.DoesNotContain(Exported(a), x => x.Text == "Monday");
    }
    // Wire copy writes the company before its office or its shares without a possessive.
    [Theory]
    [InlineData("Qatar's Ooredoo said on Tuesday it would buy a stake in Vodafone Oman. Ooredoo chief executive Aziz Fakhroo said the company planned to invest in 5G networks.", "Ooredoo")]
    [InlineData("Qatar's Ooredoo said on Tuesday it would buy a stake in Vodafone Oman. The deal sent Ooredoo shares up 3% in Doha.", "Ooredoo")]
    public void A_name_before_chief_executive_or_shares_is_a_company(string body, string name)
    {
        var a = Run(body);
        Assert.Equal(ActorKind.Organization, Assert.Single(a.Actors, x => x.Name == name).Kind);
    }
}
