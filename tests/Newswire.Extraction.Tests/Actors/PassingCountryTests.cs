using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// An undatelined national story that names another country in passing (a foreign owner, a buyer): its country is
/// still the one it names three times and twice as often, so its people and bodies take it; a story split between
/// two countries gives none (invented stories).
/// </summary>
public class PassingCountryTests
{
    private const string Home =
        "Ghana produced more gold last year than in any year of the decade, Lands Minister Kofi Asante-Mensah said in Accra on Wednesday.\n\n" +
        "He said Damang Mining Works, now owned by the UAE's Ridgeback Holding, had driven the rise. Miners' union leader Ama Owusu-Boateng said power cuts still cost output.\n\n" +
        "Opposition lawmaker Yaw Darko-Appiah said Ghana needed a refinery in Tarkwa.\n";

    private static ExtractedArticle Story(string body) => ArticleExtractor.Extract("story.txt", "Gold output rises\n\n" + body);

    private static string? CountryOf(ExtractedArticle a, string name) => a.Actors.First(x => x.Name.Contains(name)).Country;

    [Theory]
    [InlineData("Kofi Asante-Mensah")]
    [InlineData("Damang Mining Works")]
    [InlineData("Ama Owusu-Boateng")]
    [InlineData("Yaw Darko-Appiah")]
    public void People_and_bodies_of_a_national_story_naming_a_foreign_owner_take_its_country(string name) =>
        Assert.Equal("GHA", CountryOf(Story(Home), name));

    [Fact]
    public void A_story_naming_two_countries_alike_gives_its_people_none()
    {
        var split = Home.Replace("Ghana needed", "the UAE needed");
        Assert.Null(CountryOf(Story(split), "Ama Owusu-Boateng"));
    }
}
