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
}
