using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// A national legislature named in its own language ("the Saeima", "the Storting") is that country's organization,
/// not a person; a party's standing opening the sentence ("Opposition ...", "Ruling ...") is no word of its name
/// (invented sentences).
/// </summary>
public class LegislatureNameTests
{
    [Theory]
    [InlineData("The Saeima voted on Tuesday to approve the budget, Speaker Ada Brelik-Ozola said.", "Saeima", "LVA")]
    [InlineData("Ada Brelik-Haugen told the Storting that the fund would sell its shares.", "Storting", "NOR")]
    [InlineData("The Jogorku Kenesh should publish the contract, lawmaker Ivo Marek-Asanov said.", "Jogorku Kenesh", "KGZ")]
    public void A_legislature_in_its_own_name_is_its_country_s_organization(string sentence, string name, string country)
    {
        var body = Run(sentence).Actors.Single(x => x.Name == name);
        Assert.Equal(ActorKind.Organization, body.Kind);
        Assert.Equal(country, body.Country);
    }

    [Theory]
    [InlineData("Opposition Harvest Front spokesman Ivo Marek-Banda said the target was a dream.", "Harvest Front")]
    [InlineData("Ruling Harvest Front chairman Ivo Marek-Banda said the target was within reach.", "Harvest Front")]
    public void A_party_s_standing_opening_the_sentence_is_no_word_of_its_name(string sentence, string party)
    {
        var a = Run(sentence);
        Assert.Contains(a.Actors, x => x.Name == party && x.Kind == ActorKind.Organization);
    }
}
