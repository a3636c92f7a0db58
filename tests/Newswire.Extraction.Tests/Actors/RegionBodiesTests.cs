using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// Bodies, towns and titles of the regions the check sets covered least (the Levant, Iran, Iraq, the Maghreb, Western
/// Europe, East Asia, the Pacific, Central and Southern Africa; Actors NewsCheck17): parties, forces, agencies and
/// state media their press names bare are lexicon facts with their state's country (tools/lexicons/curated/
/// organizations.tsv), towns in the press's spelling are places (regions.tsv), their given names are given names
/// (given_names.tsv), "Gov." is a title, and a place named with and without its class word ("Okinawa Prefecture",
/// "Okinawa") is one place (Link/PlaceClassNames.cs).
/// </summary>
public class RegionBodiesTests
{
    private static ExtractedArticle Story(string body) => ArticleExtractor.Extract("story.txt", "Regional briefing\n\n" + body + "\n");

    private static ExtractedActor Named(ExtractedArticle a, string name) =>
        a.Actors.Single(x => x.Name == name || x.Aliases.Contains(name));

    [Theory]
    [InlineData("Likud and Shas said on Monday they would back the budget.", "Likud", "ISR")]
    [InlineData("Likud and Shas said on Monday they would back the budget.", "Shas", "ISR")]
    [InlineData("Paramedics of Magen David Adom said two people were hurt.", "Magen David Adom", "ISR")]
    [InlineData("The FARDC said its troops had retaken the hills.", "FARDC", "COD")]
    [InlineData("The FARDC said Wazalendo fighters had joined the push.", "Wazalendo", "COD")]
    [InlineData("Komeito said it would stay in the coalition.", "Komeito", "JPN")]
    [InlineData("The seizure was reported by the Tasnim news agency on Wednesday.", "Tasnim", "IRN")]
    [InlineData("Vooruit said the cuts would cost jobs.", "Vooruit", "BEL")]
    [InlineData("The Islamic Action Front said the law would silence critics.", "Islamic Action Front", "JOR")]
    [InlineData("The Korean Red Cross sent a team to the border.", "Korean Red Cross", "KOR")]
    [InlineData("ZANU-PF won the by-election, officials said.", "ZANU-PF", "ZWE")]
    [InlineData("The SANDF said the helicopters were grounded.", "SANDF", "ZAF")]
    [InlineData("Thulani Dlamini-Zuma told reporters the ANC would meet on Friday.", "ANC", "ZAF")]
    [InlineData("UKMTO said a tanker was hit off the coast.", "UKMTO", "GBR")]
    public void A_body_its_press_names_bare_is_an_organization_of_its_state(string body, string name, string country)
    {
        var actor = Named(Story(body), name);
        Assert.Equal(ActorKind.Organization, actor.Kind);
        Assert.Equal(country, actor.Country);
    }

    [Theory]
    [InlineData("A drone fell near Kiryat Shmona on Sunday, the army said.", "Kiryat Shmona", "ISR")]
    [InlineData("Ferries to Vava'u were cancelled on Friday.", "Vava'u", "TON")]
    [InlineData("Thousands fled toward Minova on Tuesday, aid groups said.", "Minova", "COD")]
    [InlineData("Lawmakers from Sulaimani rejected the deal.", "Sulaimani", "IRQ")]
    public void A_town_in_its_press_s_spelling_is_a_place_of_its_country(string body, string name, string country)
    {
        var actor = Named(Story(body), name);
        Assert.Equal(ActorKind.Location, actor.Kind);
        Assert.Equal(country, actor.Country);
    }

    // tools/lexicons/curated/people.tsv: office holders of these states in 2025 take their country in a story of two.
    [Theory]
    [InlineData("Speaker Nabih Berri met envoys from Syria and Israel on Monday.", "Nabih Berri", "LBN")]
    [InlineData("Foreign Minister Nasser Bourita flew to Algeria and Spain this week.", "Nasser Bourita", "MAR")]
    [InlineData("Finance Minister Bezalel Smotrich said Egypt and Jordan would be paid.", "Bezalel Smotrich", "ISR")]
    [InlineData("Prime Minister Masrour Barzani said Turkey and Iran had agreed.", "Masrour Barzani", "IRQ")]
    public void An_office_holder_the_lexicon_knows_takes_its_country(string body, string name, string country) =>
        Assert.Equal(country, Named(Story(body), name).Country);

    [Fact]
    public void Gov_before_a_name_is_a_title_not_part_of_a_body()
    {
        var a = Story("California Gov. Marta Quillen-Ross signed the water bill on Monday.");
        var person = Named(a, "Marta Quillen-Ross");
        Assert.Equal(ActorKind.Person, person.Kind);
        Assert.Equal("USA", person.Country);
        Assert.DoesNotContain(a.Actors, x => x.Name.EndsWith("Gov."));
    }

    [Theory]
    [InlineData("Floods hit Okinawa Prefecture on Monday. Okinawa officials said roads were closed.", "Okinawa Prefecture", "Okinawa")]
    [InlineData("Floods hit Kiambu County on Monday. In Kiambu, three people died.", "Kiambu County", "Kiambu")]
    [InlineData("Rain hit Hebei Province on Monday. Rescuers in Hebei searched for two children.", "Hebei Province", "Hebei")]
    [InlineData("Heavy rain hit Okinawa Prefecture on Monday. Okinawa Gov. Aiko Tamura said schools were shut.", "Okinawa Prefecture", "Okinawa")]
    public void A_place_named_again_without_its_class_word_is_one_place(string body, string full, string shorter)
    {
        var a = Story(body);
        var place = Assert.Single(a.Actors, x => x.Kind == ActorKind.Location && (x.Name == full || x.Name == shorter));
        Assert.Equal(full, place.Name);
        Assert.Contains(shorter, place.Aliases);
    }

    // tools/lexicons/curated/given_names.tsv: a given name the dictionaries lack keeps a hyphenated surname on its person.
    [Theory]
    [InlineData("Sonatrach chief executive Abdelkrim Benmoussa-Hadjadj signed the deal.", "Abdelkrim Benmoussa-Hadjadj")]
    [InlineData("Corentin Lambert-Dubois said on Tuesday the port must cut costs.", "Corentin Lambert-Dubois")]
    [InlineData("Ji-hoon Park, a student in Busan, was arrested on Monday.", "Ji-hoon Park")]
    [InlineData("Akilisi Pohiva-Tuita spoke in Nuku'alofa on Friday.", "Akilisi Pohiva-Tuita")]
    public void A_regional_given_name_opens_a_person_s_name(string body, string name)
    {
        var person = Named(Story(body), name);
        Assert.Equal(ActorKind.Person, person.Kind);
    }

    [Fact]
    public void A_state_and_its_city_stay_two_places()
    {
        var a = Story("Floods hit Lagos State on Monday. In Lagos, three people died.");
        Assert.Equal(2, a.Actors.Count(x => x.Kind == ActorKind.Location && x.Name.StartsWith("Lagos")));
    }
}
