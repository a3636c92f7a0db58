using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A name described in apposition as a company, party, school ... is an organization.</summary>
public class AppositionOrganizationTests
{
    [Fact]
    public void The_head_noun_of_the_description_makes_the_name_an_organization()
    {
        var a = Run("Output fell at Tavener Kessel, the state copper company, in March.");
        Assert.Contains(Exported(a), x => x.Text == "Tavener Kessel" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_noun_that_only_modifies_another_does_not()
    {
        var a = Run("The vote was called by Ana Ruiz, a party member from the north, on Monday.");
        Assert.DoesNotContain(Exported(a), x => x.Text == "Ana Ruiz" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_copula_and_an_indefinite_article_describe_the_name_too()
    {
        var a = Run("Tavener Kessel is a copper miner based in the north of the country.");
        Assert.Contains(Exported(a), x => x.Text == "Tavener Kessel" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void The_description_ends_at_its_first_preposition()
    {
        var a = Run("The vote was called by Ana Ruiz, a member of the party, on Monday.");
        Assert.DoesNotContain(Exported(a), x => x.Text == "Ana Ruiz" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_description_before_the_name_makes_it_an_organization_too()
    {
        var a = Run("Those detained included the head of its construction firm, Kessaran, the statement said.");
        Assert.Contains(Exported(a), x => x.Text == "Kessaran" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_name_after_the_description_that_goes_on_into_a_verb_is_not_described()
    {
        var a = Run("According to the ministry, Kessaran said the talks had failed.");
        Assert.DoesNotContain(Exported(a), x => x.Text == "Kessaran" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_full_name_after_a_head_of_a_body_is_that_head()
    {
        var a = Run("The statement was read by the spokesman of the state oil company, Ahmed Kessaran, on Monday.");
        Assert.DoesNotContain(Exported(a), x => x.Text == "Ahmed Kessaran" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_name_before_a_gang_or_faction_head_that_closes_the_phrase_is_an_organization()
    {
        var a = Run("Officials blamed the Los Lobos faction for a prison riot that left 12 inmates dead.");
        Assert.Contains(Exported(a), x => x.Text == "Los Lobos" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_gang_head_that_only_modifies_another_noun_leaves_the_name_as_read()
    {
        var a = Run("Police arrested the Los Lobos gang leader in a raid on Tuesday.");
        Assert.DoesNotContain(Exported(a), x => x.Text == "Los Lobos" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_faction_named_for_a_person_leaves_the_person_a_person()
    {
        var a = Run("The army blamed the Deng Machar faction for the attack. Deng Machar said his forces acted in self-defence.");
        Assert.DoesNotContain(Exported(a), x => x.Text == "Deng Machar" && x.Kind == ActorKind.Organization);
    }
}
