using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// The last country rule (<c>Actors/Countries/StoryCountryOthers</c>): in a datelined story clearly about one country,
/// people and organizations nothing else placed take that country; international bodies, a round-up's other countries
/// and undatelined text do not.
/// </summary>
public class StoryCountryOthersTests
{
    private const string Dateline = "NAIROBI, May 4 (Reuters) - ";

    private const string Body =
        "Kenya's economy grew faster than expected, Tavenor Logistics said on Tuesday, as exports to Kenya's neighbours rose.\n\n" +
        "Trader Ada Brelik said demand in Mombasa was strong. The UN Refugee Commission said it would send staff.\n\n" +
        "In Uganda, Ivo Marek of Kessel Mining said prices in Kampala would fall.\n";

    private static ExtractedArticle Story(string body) => ArticleExtractor.Extract("story.txt", "Markets briefing\n\n" + body);

    private static string? CountryOf(ExtractedArticle a, string name) => a.Actors.First(x => x.Name.Contains(name)).Country;

    [Theory]
    [InlineData("Tavenor Logistics")]
    [InlineData("Ada Brelik")]
    public void A_person_or_organization_nothing_placed_takes_the_datelined_story_country(string name) =>
        Assert.Equal("KEN", CountryOf(Story(Dateline + Body), name));

    [Theory]
    [InlineData("UN Refugee Commission")]
    [InlineData("Ivo Marek")]
    public void International_bodies_and_a_sentence_set_in_another_country_take_none(string name) =>
        Assert.NotEqual("KEN", CountryOf(Story(Dateline + Body), name));

    // "NAIROBI: ...": the colon that closes many South Asian, Gulf and African papers' datelines.
    [Theory]
    [InlineData("Tavenor Logistics")]
    [InlineData("Ada Brelik")]
    public void A_dateline_closed_by_a_colon_is_a_dateline(string name) =>
        Assert.Equal("KEN", CountryOf(Story("NAIROBI: " + Body), name));

    [Fact]
    public void Without_a_dateline_nothing_is_guessed()
    {
        var a = Story(Body);
        Assert.Null(CountryOf(a, "Tavenor Logistics"));
        Assert.Null(CountryOf(a, "Ada Brelik"));
    }

    // A neighbour named across the border does not set the sentence in the neighbour's country.
    [Fact]
    public void A_country_across_the_border_does_not_set_the_sentence_elsewhere()
    {
        var a = Story(Dateline + "Kenyan troops repelled an attack near the border with Somalia, army spokesman Ivo Marek said.\n\nKenya said four soldiers were wounded.\n");
        Assert.Equal("KEN", CountryOf(a, "Ivo Marek"));
    }

    // Countries/OwnerCountry.cs LeadersParty: a party owned by a person is that person's country's, not the story's.
    [Fact]
    public void A_leader_s_party_takes_the_leader_s_country()
    {
        var a = Story("SEOUL, Nov 18 (Kyodo) - Japanese Prime Minister Hiroshi Tanabe met South Korean President Lee Sung-hoon on Monday. "
                      + "A spokeswoman said Tanabe's Liberal Democratic Party had backed the visit.\n");
        Assert.Equal("JPN", CountryOf(a, "Liberal Democratic Party"));
    }
    // Countries/PartyCue.cs: a "Movement" or "Front" the text calls a party is no armed group; a rebel front stays without.
    [Theory]
    [InlineData("Opposition Tavenor Patriotic Front spokesman Ada Brelik said the deal was bad.", "Tavenor Patriotic Front")]
    [InlineData("The ruling Movement for Harwick Unity blamed the strike on its rivals.", "Movement for Harwick Unity")]
    [InlineData("Ada Brelik said his Orange Harwick Movement party would not join the protests.", "Orange Harwick Movement")]
    [InlineData("The Kessel Action Front, the largest opposition party, asked for a recount.", "Kessel Action Front")]
    [InlineData("Her party, the Marek Renewal Movement, said the arrest was political.", "Marek Renewal Movement")]
    public void A_movement_or_front_introduced_as_a_party_takes_the_story_country(string sentence, string party) =>
        Assert.Equal("KEN", CountryOf(Story(Dateline + sentence + "\n\nKenya's parliament will vote on Tuesday.\n"), party));

    [Fact]
    public void A_front_not_called_a_party_takes_no_story_country()
    {
        var a = Story(Dateline + "The Kessel Liberation Front attacked a police post near Garissa, officials said.\n\nKenya's parliament will vote on Tuesday.\n");
        Assert.Null(CountryOf(a, "Kessel Liberation Front"));
    }
}
