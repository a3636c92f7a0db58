using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// Rules fitted to the second news check's tune half, each on invented copy through the whole pipeline: affiliation
/// participles ("Freedonia-backed"), names based in a place, clubs named for their city, unknown small places.
/// </summary>
public class NewsRule2Tests
{
    private static ExtractedArticle Story(string body) => ArticleExtractor.Extract("story.txt", "Regional briefing\n\n" + body + "\n");

    private static ExtractedArticle Datelined(string body) => ArticleExtractor.Extract("story.txt", "Regional briefing\n\nTASHKENT, May 3 (Reuters) - " + body + "\n");

    [Theory]
    [InlineData("Kremlin-backed groups marched on Monday.", "Kremlin")]
    [InlineData("A Saudi-led coalition struck the port on Monday.", "Saudi Arabia")]
    [InlineData("Rebels fought Russian-backed fighters on Monday.", "Russia")]
    [InlineData("The Houthi-run Harbour Board said ships could dock.", "Houthis")]
    public void An_affiliation_participle_names_the_actor_before_its_hyphen(string body, string name) =>
        Assert.Contains(Story(body).Actors, a => a.Name == name);

    [Fact]
    public void An_affiliation_word_is_no_name_and_opens_none()
    {
        var a = Story("The Houthi-run Harbour Board said ships could dock on Monday.");
        Assert.DoesNotContain(a.Actors, x => x.Name.Contains("-run"));
        Assert.Contains(a.Actors, x => x.Name == "Harbour Board");
    }

    [Fact]
    public void An_unknown_word_before_a_participle_gives_no_actor() =>
        Assert.DoesNotContain(Story("Ground-based radars tracked the storm on Monday.").Actors, x => x.Name.StartsWith("Ground"));

    [Theory]
    [InlineData("Toronto-based Harwick Minerals said output rose on Monday.", "Harwick Minerals", "CAN")]
    [InlineData("A London-based miner, Harwick Minerals, said output rose on Monday.", "Harwick Minerals", "GBR")]
    public void A_name_based_in_a_place_takes_its_country(string body, string name, string country) =>
        Assert.Equal(country, Story(body).Actors.First(x => x.Name == name).Country);

    [Fact]
    public void A_name_based_in_a_place_after_a_comma_takes_its_country() =>
        Assert.Equal("KEN", Story("Harwick Works, based in Nairobi, denied wrongdoing on Monday.").Actors.First(x => x.Name == "Harwick Works").Country);

    [Fact]
    public void A_company_a_country_owns_takes_its_country() =>
        Assert.Equal("OMN", Story("Oman's state shipping company, Harwick Maritime, said it would follow in March.").Actors.First(x => x.Name == "Harwick Maritime").Country);

    [Fact]
    public void An_officer_takes_the_country_of_the_organization_it_names()
    {
        var a = Story("Toronto-based Harwick Minerals said output rose on Monday. Its chief operating officer, Ada Brelik, said costs fell.");
        Assert.Equal("CAN", a.Actors.First(x => x.Name == "Ada Brelik").Country);
    }

    [Theory]
    [InlineData("The Taliban government's spokesman Ada Brelik denied the report on Tuesday.", "AFG")]
    [InlineData("The Kabul government's spokesman Ada Brelik denied the report on Tuesday.", "AFG")]
    public void An_officer_of_a_body_or_place_named_as_a_government_takes_its_country(string body, string country) =>
        Assert.Equal(country, Story(body).Actors.First(x => x.Name == "Ada Brelik").Country);

    [Fact]
    public void A_person_named_as_a_government_gives_its_officer_no_country() =>
        Assert.Null(Story("The Kessel administration's spokesman Ada Brelik denied the report on Tuesday.").Actors.First(x => x.Name == "Ada Brelik").Country);

    [Fact]
    public void A_title_alone_after_a_company_gives_no_country() =>
        Assert.Null(Story("Toronto-based Harwick Minerals said output rose on Monday. Its rival, Ada Brelik, disagreed.").Actors.First(x => x.Name == "Ada Brelik").Country);

    [Fact]
    public void A_club_named_for_its_city_is_named_again_without_it()
    {
        var a = Story("Harwick Rovers Belgrade beat Dinamo Kraljevo 2-1 on Wednesday. Harwick Rovers coach Ivo Marek said his players were tired.");
        var club = Assert.Single(a.Actors, x => x.Name.StartsWith("Harwick Rovers"));
        Assert.Equal(ActorKind.Organization, club.Kind);
    }

    [Theory]
    [InlineData("Rescuers reached the village of Marsak on Monday.", "Marsak")]
    [InlineData("A joint venture near the village of Dunelka said output was safe.", "Dunelka")]
    [InlineData("Clinics on the island of Tessaro ran out of beds.", "Tessaro")]
    public void An_unknown_name_after_a_place_noun_and_of_is_that_place(string body, string name) =>
        Assert.Equal(ActorKind.Location, Story(body).Actors.First(x => x.Name == name).Kind);

    [Theory]
    [InlineData("Olympique Lyon beat Harwick Rovers 3-1 on Tuesday.", "Olympique Lyon")]
    [InlineData("Spartak Moscow lost 2-0 at home on Sunday.", "Spartak Moscow")]
    public void A_club_word_before_its_city_names_the_club(string body, string name)
    {
        var a = Story(body);
        Assert.Equal(ActorKind.Organization, a.Actors.First(x => x.Name == name).Kind);
    }

    [Fact]
    public void A_region_word_before_a_demonym_makes_no_country_group()
    {
        var a = Story("Latin American leaders and West African officials met on Monday. Kenyan officials stayed away.");
        Assert.DoesNotContain(a.Actors, x => x.Name.Contains("American") || x.Name.Contains("African"));
        Assert.Contains(a.Actors, x => x.Country == "KEN");
    }

    [Fact]
    public void A_small_place_no_gazetteer_knows_takes_the_story_country()
    {
        var a = Datelined("Floods hit the village of Qoravul in Uzbekistan's Karakalpak region on Monday, officials said.");
        Assert.Equal("UZB", a.Actors.First(x => x.Name == "Qoravul").Country);
    }

    [Fact]
    public void A_sea_no_gazetteer_knows_takes_no_story_country()
    {
        var a = Datelined("Floods hit Uzbekistan on Monday, and storms closed ports on the Harwick Sea, officials in Uzbekistan said.");
        Assert.Null(a.Actors.FirstOrDefault(x => x.Name == "Harwick Sea")?.Country);
    }

    [Fact]
    public void A_small_place_in_a_sentence_set_elsewhere_takes_none()
    {
        var a = Datelined("Floods hit Uzbekistan on Monday. Aid also reached the village of Qoravul near Almaty in Kazakhstan.");
        Assert.NotEqual("UZB", a.Actors.FirstOrDefault(x => x.Name == "Qoravul")?.Country);
    }
}
