using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>The wire-copy rules of Actors/Resolve and Actors/Countries, each on invented sentences.</summary>
public class WireRuleTests
{
    private static ExtractedActor? Actor(ExtractedArticle a, string name) => a.Actors.FirstOrDefault(x => x.Name == name);

    [Fact]
    public void A_body_role_before_a_name_is_her_title_not_an_office_holder_of_its_own()
    {
        var a = Run("The Freedonian Maritime Council met on Monday. Maritime Council spokesman Ada Brelik said the patrols would go on.");
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Person && x.Name.Contains("spokesman"));
        Assert.Contains(a.Actors, x => x.Kind == ActorKind.Person && x.Name == "Ada Brelik");
    }

    [Theory]
    [InlineData("Reserve Bank of Malawi governor Macdonald Phiri said earnings would rise.", "Reserve Bank of Malawi", "Macdonald Phiri", "MWI")]
    [InlineData("Bank of Ghana governor Ernest Mensah said inflation would ease.", "Bank of Ghana", "Ernest Mensah", "GHA")]
    [InlineData("National Bank of Egypt chief executive Hisham Okasha said lending would grow.", "National Bank of Egypt", "Hisham Okasha", "EGY")]
    public void A_lower_case_role_after_a_body_named_with_of_is_the_named_person_s_title(string body, string organization, string person, string country)
    {
        var a = Run(body);
        Assert.Equal(ActorKind.Organization, Actor(a, organization)?.Kind);
        Assert.Equal(country, Actor(a, person)?.Country);
        Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_body_named_through_its_owner_is_named_without_it()
    {
        var a = Run("The Bank of Freedonia said on Tuesday that the Bank of Freedonia's Monetary Policy Committee would meet in June.");
        Assert.Contains(a.Actors, x => x.Kind == ActorKind.Organization && x.Name == "Monetary Policy Committee");
        Assert.DoesNotContain(a.Actors, x => x.Name.Contains("'s Monetary"));
    }

    // Resolve/OwnedBodyNames.cs: an owner named only there is an actor of its own beside the body.
    [Fact]
    public void The_owner_of_a_body_named_through_it_stays_an_actor()
    {
        var a = Run("The junta has turned to Turkey's Expeditionary Corps for help, officials said on Monday.");
        Assert.Contains(a.Actors, x => x.Kind == ActorKind.Organization && x.Name == "Expeditionary Corps");
        var owner = Assert.Single(a.Actors, x => x.Name == "Turkey");
        Assert.Equal(ActorKind.Location, owner.Kind);
        Assert.Contains(owner.Mentions, m => a.Text.Substring(m.Start, m.Length) == "Turkey");
    }

    [Fact]
    public void A_group_phrase_on_a_body_name_names_the_body()
    {
        var a = Run("Officials in Port Ellis said Harbour Police officers had closed the road on Sunday.");
        Assert.Contains(a.Actors, x => x.Kind == ActorKind.Organization && x.Name == "Harbour Police");
        Assert.DoesNotContain(a.Actors, x => x.Name.EndsWith("officers"));
    }

    [Fact]
    public void A_titles_office_is_a_body()
    {
        var a = Run("The Prosecutor General's Office said on Friday it had opened an investigation into the contract.");
        Assert.Contains(a.Actors, x => x.Kind == ActorKind.Organization && x.Name == "Prosecutor General's Office");
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_capitalized_ordinal_opens_a_place_name()
    {
        var a = Run("The supply boat was stopped near Second Marlow Shoal on Monday, the coast guard said.");
        Assert.Contains(Exported(a), x => x.Text == "Second Marlow Shoal" && x.Kind == ActorKind.Location);
    }

    [Fact]
    public void A_committee_keeps_its_remit_but_not_a_date()
    {
        var a = Run("The minister chaired the Cabinet Committee on Rural Water, officials said. The Harbour Committee on Monday approved the plan.");
        Assert.Contains(a.Actors, x => x.Kind == ActorKind.Organization && x.Name == "Cabinet Committee on Rural Water");
        Assert.DoesNotContain(a.Actors, x => x.Name.Contains("on Monday"));
    }

    [Fact]
    public void A_spokeswoman_speaks_for_the_state_body_named_just_before_her()
    {
        var a = Run("Pakistan's Foreign Office rejected the charge on Tuesday. Spokeswoman Ada Brelik said the border would stay open.");
        Assert.Equal("PAK", Actor(a, "Ada Brelik")?.Country);
    }

    [Fact]
    public void The_armed_forces_take_the_story_country_but_a_militia_named_for_itself_does_not()
    {
        var a = ArticleExtractor.Extract("t.txt", "Clashes near the border\n\nNAIROBI, May 4 (Reuters) - Kenya's army said on Monday the Armed Forces "
            + "had repelled fighters of the Lost Umbrella Forces near Mandera. The Armed Forces lost two soldiers, officials in Nairobi said.");
        Assert.Equal("KEN", a.Actors.FirstOrDefault(x => x.Name == "Armed Forces")?.Country);
        Assert.Null(a.Actors.FirstOrDefault(x => x.Name.Contains("Umbrella"))?.Country);
    }

    [Fact]
    public void A_ministry_of_a_wire_portfolio_takes_the_story_country()
    {
        var a = ArticleExtractor.Extract("t.txt", "Ports deal signed\n\nNAIROBI, May 4 (Reuters) - Kenya signed a ports deal on Monday. "
            + "The Ministry of Ports, Shipping and Waterways said the deal would cut costs in Nairobi and Mombasa.");
        Assert.Equal("KEN", a.Actors.FirstOrDefault(x => x.Name.StartsWith("Ministry of Ports"))?.Country);
    }
}
