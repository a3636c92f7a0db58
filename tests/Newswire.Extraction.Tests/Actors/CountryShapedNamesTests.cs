using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// Session 21's actor rules for unseen agency copy (NewsCheck11): a country whose name is also a given name, followed
/// by a surname, is a person (<c>Resolve/CountryGivenNames.cs</c>); national teams named by their nickname are their
/// country's (curated organizations) and so is their captain (<c>Countries/AffiliationCountry.cs</c>); a run ending
/// in a legal form is one company (<c>Resolve/LegalFormNames.cs</c>), of the one country whose law has the form
/// (<c>Countries/LegalFormCountry.cs</c>); an armed group named for a region of one country is of that country
/// (<c>Countries/RegionGroupCountry.cs</c>); an international body's official takes no country from the story
/// (<c>Countries/InternationalOffice.cs</c>).
/// </summary>
public class CountryShapedNamesTests
{
    private static ExtractedArticle Story(string body) => ArticleExtractor.Extract("story.txt", "Sports and business briefing\n\n" + body + "\n");

    private static ExtractedActor Named(ExtractedArticle a, string name) => Assert.Single(a.Actors, x => x.Name == name);

    [Theory]
    [InlineData("SUVA, May 2 (AFP) - Flanker Jordan Veikune scored twice as the home side won.", "Jordan Veikune")]
    [InlineData("LAGOS, May 2 (Reuters) - Winger Chad Obinna-Hart said the squad was ready.", "Chad Obinna-Hart")]
    [InlineData("DENVER, May 2 (AP) - Georgia Wrenfield won the 400 metres in a personal best.", "Georgia Wrenfield")]
    [InlineData("NAIROBI, May 2 (AFP) - Goalkeeper Israel Mutuku Kiprop saved two penalties.", "Israel Mutuku Kiprop")]
    public void A_country_shaped_given_name_before_a_surname_is_a_person(string body, string name)
    {
        var a = Story(body);
        var person = Named(a, name);
        Assert.Equal(ActorKind.Person, person.Kind);
        Assert.DoesNotContain(a.Actors, x => x.Kind != ActorKind.Person && x.Name.StartsWith(name.Split(' ')[0]));
    }

    [Theory]
    [InlineData("AMMAN, May 2 (AFP) - The UNHCR representative in Jordan Petra Vollmer-Stein said aid had fallen.", "Jordan")]
    [InlineData("AMMAN, May 2 (AFP) - Trade between Jordan and Iraq rose in April, Jordan Valley farmers said.", "Jordan")]
    [InlineData("ATLANTA, May 2 (Reuters) - Georgia Power said it would raise prices in the summer.", "Georgia Power")]
    public void A_country_after_a_place_word_or_before_a_body_word_is_no_person(string body, string name) =>
        Assert.NotEqual(ActorKind.Person, Named(Story(body), name).Kind);

    [Theory]
    [InlineData("ACCRA, May 2 (Reuters) - The Black Stars beat Benin 2-1 in a friendly on Tuesday.", "Black Stars", "GHA")]
    [InlineData("APIA, May 2 (AFP) - Manu Samoa named three new caps for the match against the Ikale Tahi.", "Ikale Tahi", "TON")]
    [InlineData("PORT MORESBY, May 2 (AAP) - The Kumuls will host England in October, the league said.", "Kumuls", "PNG")]
    public void A_national_team_by_its_nickname_is_of_its_country(string body, string name, string country)
    {
        var team = Named(Story(body), name);
        Assert.Equal(ActorKind.Organization, team.Kind);
        Assert.Equal(country, team.Country);
    }

    [Fact]
    public void A_visiting_national_teams_captain_is_of_its_country_not_the_datelines()
    {
        var a = Story("KAMPALA, May 2 (AFP) - Black Stars captain Kwabena Asante Ofori said the pitch at Namboole was heavy.");
        Assert.Equal("GHA", Named(a, "Kwabena Asante Ofori").Country);
    }

    [Theory]
    [InlineData("KUALA LUMPUR, May 2 (Bernama) - Output at Kelantan Sawit Holdings Bhd fell 9 percent.", "Kelantan Sawit Holdings Bhd", "MYS")]
    [InlineData("LIMA, May 2 (Reuters) - The plant will be built by Rheintal Turbinenbau GmbH, the ministry said.", "Rheintal Turbinenbau GmbH", null)]
    [InlineData("NAIROBI, May 2 (Reuters) - Sumatra Hijau Lestari Tbk said its exports rose.", "Sumatra Hijau Lestari Tbk", "IDN")]
    [InlineData("HANOI, May 2 (Reuters) - Straits Harbour Agri Pte Ltd cut its purchases.", "Straits Harbour Agri Pte Ltd", "SGP")]
    [InlineData("BOGOTA, May 2 (EFE) - Shares of Cordillera Andina SA rose.", "Cordillera Andina SA", null)]
    public void A_name_ending_in_a_legal_form_is_one_company_of_the_forms_country(string body, string name, string? country)
    {
        var company = Named(Story(body), name);
        Assert.Equal(ActorKind.Organization, company.Kind);
        if (country != null)
        {
            Assert.Equal(country, company.Country);
        }
    }

    [Fact]
    public void A_shared_legal_form_gives_no_country_of_its_own()
    {
        var a = Story("NAIROBI, May 2 (Reuters) - Kenya Power picked Weserland Anlagenbau GmbH to build the plant.");
        Assert.NotEqual("DEU", Named(a, "Weserland Anlagenbau GmbH").Country);
    }

    [Theory]
    [InlineData("LIMA, May 2 (Reuters) - The Cauca Liberation Army said it had attacked a base.", "Cauca Liberation Army", "COL")]
    [InlineData("LISBON, May 2 (Lusa) - Fighters of the Cabo Delgado Resistance Front fled north.", "Cabo Delgado Resistance Front", "MOZ")]
    [InlineData("NAIROBI, May 2 (AFP) - The Oromiya Freedom Front said it would boycott the talks.", "Oromiya Freedom Front", "ETH")]
    public void An_armed_group_named_for_a_region_is_of_the_regions_country(string body, string name, string country) =>
        Assert.Equal(country, Named(Story(body), name).Country);

    [Theory]
    [InlineData("COLOMBO, May 2 (Reuters) - UN envoy Peter Lindqvist met the president on Monday.", "Peter Lindqvist")]
    [InlineData("AMMAN, May 2 (AFP) - UNHCR representative Ingrid Solberg-Maas said families were skipping meals.", "Ingrid Solberg-Maas")]
    public void An_international_bodys_official_takes_no_country_from_the_story(string body, string name) =>
        Assert.Null(Named(Story(body), name).Country);
}
