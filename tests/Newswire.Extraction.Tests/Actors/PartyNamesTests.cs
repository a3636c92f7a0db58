using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>"the ruling Pastef party": a name before a lower-case party or group head is the organization.</summary>
public class PartyNamesTests
{
    [Theory]
    [InlineData("Members of the ruling Pastef party protested outside the court on Monday.", "Pastef")]
    [InlineData("Ghannouchi, the head of the Islamist Ennahda party, has been in jail since 2023.", "Ennahda")]
    [InlineData("The opposition Ennahdha party condemned the verdict on Wednesday.", "Ennahdha")]
    [InlineData("Mozambique's Frelimo party won the election, the commission said.", "Frelimo")]
    public void A_name_before_a_lower_case_party_head_is_an_organization(string body, string name)
    {
        var actor = Assert.Single(Run(body).Actors, x => x.Name == name);
        Assert.Equal(ActorKind.Organization, actor.Kind);
    }

    [Theory]
    [InlineData("Voters said Kessel was the party of the rich.")]
    [InlineData("She attended a Christmas party in Nairobi on Friday.")]
    public void A_capitalized_word_not_led_by_the_or_a_possessive_is_left_alone(string body) =>
        Assert.DoesNotContain(Run(body).Actors, x => x.Kind == ActorKind.Organization);

    // Resolve/PartyAppositions.cs: "her party, <name>," names the party.
    [Theory]
    [InlineData("The mayor denied any wrongdoing. Her party, Avanza Pueblo, called the raid political.", "Avanza Pueblo")]
    [InlineData("The senator said he would appeal. His party, Fuerza Nueva, said the charges were false.", "Fuerza Nueva")]
    public void A_name_in_apposition_to_a_party_head_is_the_party(string body, string name)
    {
        var actor = Assert.Single(Run(body).Actors, x => x.Name == name);
        Assert.Equal(ActorKind.Organization, actor.Kind);
    }

    [Fact]
    public void A_known_place_in_apposition_to_a_bloc_stays_a_place() =>
        Assert.Equal(ActorKind.Location, Assert.Single(Run("In the bloc, Kenya, Uganda and Tanzania agreed on tariffs.").Actors, x => x.Name == "Kenya").Kind);

    // Propose/ChunkSegments.cs, NamesBeforeLexiconHead: unknown capitalized words before a bare lexicon head word
    // ("Congress") name the body; the lexicon's generic one (and its country) is not meant.
    [Theory]
    [InlineData("The ruling All Progressives Congress won the vote in Lagos on Sunday, officials said.", "All Progressives Congress")]
    [InlineData("Leaders of the opposition Workers Congress met in Accra on Tuesday.", "Workers Congress")]
    public void Capitalized_words_before_a_generic_body_head_are_its_name(string body, string name)
    {
        var actor = Assert.Single(Run(body).Actors, x => x.Kind == ActorKind.Organization);
        Assert.Equal(name, actor.Name);
        Assert.NotEqual("USA", actor.Country);
    }

    // Resolve/PossessiveCompanyNames.cs AddPeoplesHeadBodies, IsPluralOwner: a body named for the people it serves.
    [Theory]
    [InlineData("The opposition People's Party, which won the most seats, called for a new vote.", "People's Party")]
    [InlineData("The ruling Workers' Party said it would appeal the ruling on Monday.", "Workers' Party")]
    [InlineData("Leaders of the People's Democratic Party met in the capital on Monday.", "People's Democratic Party")]
    public void A_people_s_possessive_before_a_body_head_is_one_name(string body, string name)
    {
        var actor = Assert.Single(Run(body).Actors, x => x.Kind == ActorKind.Organization);
        Assert.Equal(name, actor.Name);
    }

    [Fact]
    public void NamePronounOwnedParties_a_name_between_a_possessive_pronoun_and_party_is_the_party()
    {
        var a = Run("Opposition leader Ranjith Perera said his Samagi Jana Balawegaya party would contest the polls.");
        Assert.Equal(ActorKind.Organization, KindOf(a, "Samagi Jana Balawegaya"));
        Assert.DoesNotContain(All(a), x => x.Kind == ActorKind.Person && x.Text.Contains("Balawegaya"));
        Assert.Equal(ActorKind.Person, KindOf(a, "Ranjith Perera"));
    }

    // Resolve/TaggerRules.cs, IsConnectedOrganizationPart: the tagger's names on either side of "for" after an
    // organization's head word are parts of the one name the rules read.
    [Theory]
    [InlineData("The opposition United Party for National Development criticised the deal on Friday.", "United Party for National Development")]
    [InlineData("The Progressive Party for National Renewal said on Monday it would take part in the vote.", "Progressive Party for National Renewal")]
    public void An_organization_named_over_for_after_its_head_is_one_name(string body, string name)
    {
        var actor = Assert.Single(Run(body).Actors, x => x.Kind == ActorKind.Organization);
        Assert.Equal(name, actor.Name);
    }
}
