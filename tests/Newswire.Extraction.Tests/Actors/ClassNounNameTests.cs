using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A name right after a noun that classes it as a company, band, label ... is an organization.</summary>
public class ClassNounNameTests
{
    [Fact]
    public void A_name_after_a_company_noun_is_an_organization()
    {
        var a = Run("Sales fell at the German carmaker Quillbeck in the second quarter, the report said.");
        Assert.Contains(Exported(a), x => x.Text == "Quillbeck" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_band_called_by_name_is_an_organization()
    {
        var a = Run("In 1990 he joined a band called Tarvell and toured the coast for two years.");
        Assert.Contains(Exported(a), x => x.Text == "Tarvell" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_pronoun_or_a_weekday_after_the_noun_is_no_name()
    {
        var a = Run("It was the worst company I have dealt with, and the group Monday said it would sue.");
        Assert.DoesNotContain(Exported(a), x => x.Kind == ActorKind.Organization && (x.Text == "I" || x.Text == "Monday"));
    }

    [Fact]
    public void A_hyphenated_compound_is_another_noun()
    {
        var a = Run("The satellite carries an L - band Sensor for soil moisture.");
        Assert.DoesNotContain(Exported(a), x => x.Text == "Sensor" && x.Kind == ActorKind.Organization);
    }

    // Resolve/ClassNounNames.cs, IsAcronymAfterBodyNoun: body nouns class the acronym right after them.
    [Theory]
    [InlineData("The rebel alliance KDF said on Monday it had taken the garrison town after two days of fighting.", "KDF")]
    [InlineData("The regional bloc WASCO urged both sides to respect the ceasefire, officials said.", "WASCO")]
    [InlineData("The military said in a statement carried by the state news agency NRA that the town was calm.", "NRA")]
    public void An_acronym_after_a_body_noun_is_an_organization(string body, string acronym)
    {
        var a = Run(body);
        Assert.Contains(Exported(a), x => x.Text == acronym && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_capitalized_word_after_a_body_noun_is_left_alone()
    {
        var a = Run("Delegates of the ruling alliance Tuesday met traders, and the opposition bloc Harlow said nothing.");
        Assert.DoesNotContain(Exported(a), x => x.Text == "Harlow" && x.Kind == ActorKind.Organization);
    }

    // Resolve/ClassNounNames.cs IsNamedAgency: "<what it does> agency <Name>" names the agency.
    [Theory]
    [InlineData("The environment agency Ibama said its agents had destroyed 25 mining camps.", "Ibama")]
    [InlineData("The customs agency Tavira said it had seized two tonnes of cocaine at the port.", "Tavira")]
    public void A_word_after_a_described_agency_is_an_organization(string body, string name)
    {
        var actor = Assert.Single(Run(body).Actors, x => x.Name == name);
        Assert.Equal(ActorKind.Organization, actor.Kind);
    }
}
