using System.Collections.Generic;
using System.Linq;
using Newswire.Extraction.Model;
using Newswire.Extraction.Places;

namespace Newswire.Extraction.Tests.Places;

/// <summary>Places of the same name decided by the article: the table of the issue, then the same through the whole extractor.</summary>
public class AmbiguityTests
{
    // context: the article's text; the actors are every "Name" or "Name|ISO" listed, found in it by their name.
    [Theory]
    [InlineData("Protesters filled Tbilisi. Georgia is in turmoil.", "Georgia", "Georgia|Tbilisi", "GEO", PlaceKind.Country, null)]
    [InlineData("Voters in Atlanta lined up. Georgia is a swing state.", "Georgia", "Georgia|Atlanta", "USA", PlaceKind.Admin1, null)]
    [InlineData("Georgia held an election.", "Georgia", "Georgia", "GEO", PlaceKind.Country, null)]
    [InlineData("Storms hit Texas. In Paris, schools closed.", "Paris", "Texas|Paris:FRA", "USA", PlaceKind.City, "Texas")]
    [InlineData("The minister flew to Paris.", "Paris", "Paris:FRA", "FRA", PlaceKind.Capital, "Île-de-France")]
    [InlineData("Americans flew to Paris from the United States.", "Paris", "Paris:FRA|United States:USA", "FRA", PlaceKind.Capital, "Île-de-France")]
    [InlineData("Bushfires spread across Victoria as Australia baked.", "Victoria", "Victoria|Australia:AUS", "AUS", PlaceKind.Admin1, null)]
    [InlineData("The premier of British Columbia spoke in Victoria.", "Victoria", "British Columbia|Victoria", "CAN", PlaceKind.City, "British Columbia")]
    [InlineData("Seychelles officials met in Victoria.", "Victoria", "Seychelles:SYC|Victoria", "SYC", PlaceKind.Capital, null)]
    [InlineData("Tourists crowded Florence as Italy reopened.", "Florence", "Florence|Italy:ITA", "ITA", PlaceKind.City, "Tuscany")]
    [InlineData("A tornado hit Florence, Alabama officials said.", "Florence", "Florence|Alabama", "USA", PlaceKind.City, "Alabama")]
    [InlineData("Farmers protested in Cordoba as Argentina struggled.", "Cordoba", "Cordoba:ESP|Argentina:ARG", "ARG", PlaceKind.City, null)]
    [InlineData("Tourists visited Cordoba as Spain counted visitors.", "Cordoba", "Cordoba:ESP|Spain:ESP", "ESP", PlaceKind.City, "Andalusia")]
    [InlineData("Troops entered Kursk Oblast.", "Kursk Oblast", "Kursk Oblast:RUS", "RUS", PlaceKind.Admin1, null)]
    [InlineData("Workers in Paxton, Illinois voted.", "Paxton, Illinois", "Paxton, Illinois", "USA", PlaceKind.Region, "Illinois")]
    [InlineData("Lula was in Brasilia. They met at the Itamaraty Palace.", "Itamaraty Palace", "Brasilia|Itamaraty Palace", "BRA", PlaceKind.Landmark, "Federal District")]
    [InlineData("Putin met Tokayev in Astana at the Akorda state residence.", "Akorda", "Astana:KAZ|Akorda:KAZ", "KAZ", PlaceKind.Landmark, null)]
    [InlineData("Trade across Eurasia grew.", "Eurasia", "Eurasia", null, PlaceKind.Region, null)]
    [InlineData("Europe warmed.", "Europe", "Europe", null, PlaceKind.Continent, null)]
    public void Name_resolves_by_its_context(string text, string name, string actors, string? country, PlaceKind kind, string? admin1)
    {
        var list = Actors(text, actors);
        var places = PlaceResolver.Resolve(Gazetteer.Default, text, list, -1).Places;
        var place = places[list.FindIndex(a => a.Name == name)];
        Assert.NotNull(place);
        Assert.Equal(country, place!.Country);
        Assert.Equal(kind, place.Kind);
        if (admin1 != null)
        {
            Assert.Equal(admin1, place.Admin1);
        }

        Assert.Equal(kind != PlaceKind.Region && kind != PlaceKind.Continent, place.HasPoint);
    }

    [Fact]
    public void A_small_town_in_a_country_the_article_never_names_is_not_taken()
    {
        // Olympia, Washington (46,000 people) is not the Olympia of a story about Greece.
        const string text = "Athens and Greece prepared the flame at Olympia.";
        var list = Actors(text, "Athens:GRC|Greece:GRC|Olympia");
        var place = PlaceResolver.Resolve(Gazetteer.Default, text, list, -1).Places[2];
        Assert.True(place == null || place.Country == "GRC", place?.ToString());
    }

    [Fact]
    public void A_small_province_of_a_country_the_article_never_names_is_not_taken()
    {
        // Litoral (Equatorial Guinea, about 370,000 people) is not the "Litoral" of a story about Ecuador.
        const string text = "Quito and Ecuador mourned after the riot at Litoral.";
        var list = Actors(text, "Quito:ECU|Ecuador:ECU|Litoral");
        var place = PlaceResolver.Resolve(Gazetteer.Default, text, list, -1).Places[2];
        Assert.True(place == null || place.Country == "ECU", place?.ToString());
    }

    [Fact]
    public void A_large_province_of_a_country_the_article_never_names_is_still_taken()
    {
        const string text = "Moscow and Russia sent a delegation to Bavaria.";
        var list = Actors(text, "Moscow:RUS|Russia:RUS|Bavaria");
        var place = PlaceResolver.Resolve(Gazetteer.Default, text, list, -1).Places[2];
        Assert.Equal("DEU", place?.Country);
    }

    [Fact]
    public void Unknown_names_stay_unresolved()
    {
        const string text = "The Zorblax Quadrant was quiet.";
        var list = Actors(text, "Zorblax Quadrant");
        Assert.Null(PlaceResolver.Resolve(Gazetteer.Default, text, list, -1).Places[0]);
    }

    [Fact]
    public void The_thread_s_reused_resolver_forgets_the_previous_article()
    {
        // One resolver per thread serves article after article: the countries and states one article weighed must
        // not decide the next (the same Georgia, after an article about Atlanta with more actors, is the country).
        const string tbilisi = "Protesters filled Tbilisi. Georgia is in turmoil.";
        const string atlanta = "Voters in Atlanta and Savannah lined up. Georgia is a swing state, said officials in Texas and Ohio.";
        var first = Resolve(tbilisi, "Georgia|Tbilisi");
        var other = Resolve(atlanta, "Georgia|Atlanta|Savannah|Texas|Ohio");
        var again = Resolve(tbilisi, "Georgia|Tbilisi");
        Assert.Equal("GEO", first[0]!.Country);
        Assert.Equal("USA", other[0]!.Country);
        Assert.Equal(first.Select(p => p?.ToString()), again.Select(p => p?.ToString()));
    }

    private static Newswire.Place?[] Resolve(string text, string actors) =>
        PlaceResolver.Resolve(Gazetteer.Default, text, Actors(text, actors), -1).Places;

    // ------------------------------------------------------------------ the whole extractor

    [Theory]
    [InlineData("Storms hit northeast Texas on Monday. In Paris, the mayor said schools would stay closed, and officials in Dallas sent crews.", "Paris", "USA", "Texas")]
    [InlineData("The minister flew to Paris on Monday for talks with French officials about the budget.", "Paris", "FRA", "Île-de-France")]
    [InlineData("Bushfires spread across Victoria on Friday as Australia braced for more heat, and residents of Melbourne were told to stay indoors.", "Victoria", "AUS", null)]
    [InlineData("The premier of British Columbia spoke in Victoria on Friday, and Canada promised more money for housing in Vancouver.", "Victoria", "CAN", "British Columbia")]
    [InlineData("A tornado damaged homes in Florence on Sunday, Alabama officials said, and crews from Huntsville arrived on Monday.", "Florence", "USA", "Alabama")]
    [InlineData("Farmers protested in Cordoba on Monday against export taxes, as Argentina struggles with inflation and Buenos Aires hesitates.", "Cordoba", "ARG", null)]
    [InlineData("Tourists visited the mosque in Cordoba on Monday, as Spain reported record visitor numbers and Seville hosted a festival.", "Cordoba", "ESP", "Andalusia")]
    [InlineData("Voters in Atlanta lined up for hours on Tuesday. Georgia is a key swing state, and officials in Atlanta extended the hours.", "Georgia", "USA", null)]
    [InlineData("Protesters gathered in Tbilisi on Sunday. Georgia has been in turmoil since the election, and the government in Tbilisi refused to resign.", "Georgia", "GEO", null)]
    [InlineData("Lula received the French president in Brasilia on Tuesday. The two leaders met at the Itamaraty Palace and signed several agreements.", "Itamaraty Palace", "BRA", "Federal District")]
    public void In_an_article_the_actor_gets_the_place_and_its_country(string body, string name, string country, string? admin1)
    {
        var actor = PlaceTestKit.Actor(PlaceTestKit.Run(body), name);
        Assert.NotNull(actor.Place);
        Assert.Equal(country, actor.Place!.Country);
        Assert.Equal(country, actor.Country);
        if (admin1 != null)
        {
            Assert.Equal(admin1, actor.Place.Admin1);
        }
    }

    private static List<ExtractedActor> Actors(string text, string spec)
    {
        var list = new List<ExtractedActor>();
        foreach (var item in spec.Split('|'))
        {
            var parts = item.Split(':');
            var name = parts[0];
            var mentions = new List<MentionSpan>();
            for (var at = text.IndexOf(name, System.StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, System.StringComparison.Ordinal))
            {
                mentions.Add(new MentionSpan(at, name.Length, 1, at + 1));
            }

            list.Add(new ExtractedActor(name, ActorKind.Location, parts.Length > 1 ? parts[1] : null, new string[0], new string[0], mentions));
        }

        return list;
    }
}
