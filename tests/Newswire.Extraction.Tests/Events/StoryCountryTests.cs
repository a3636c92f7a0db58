using System.Linq;
using Newswire.Extraction.Model;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Security forces named by function only ("Police detained ...") act for the country the story is about: the
/// dateline's, or the one named most before them (invented stories, whole pipeline). Precision first: no
/// country on a tie, none from a country named after the verb, and "troops"/"soldiers" only when the story named
/// a single country.
/// </summary>
public class StoryCountryTests
{
    private readonly ITestOutputHelper _out;

    public StoryCountryTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private ExtractedArticle Story(string body) => EventStories.Extract(_out, body);

    private static string Country(ExtractedArticle a, int actor) => EventStories.Country(a, actor);

    private static string? ArrestAgentCountry(ExtractedArticle a)
    {
        var arrest = a.Events.SingleOrDefault(e => e.Code == "173");
        return arrest == null ? null : Country(a, arrest.Agent);
    }

    [Fact]
    public void Police_in_a_datelined_story_act_for_the_datelines_country()
    {
        var a = Story("NAIROBI, March 3 (Wire) - Police detained 12 demonstrators outside parliament on Tuesday.");
        Assert.Equal("KEN", ArrestAgentCountry(a));
    }

    [Fact]
    public void Police_act_for_the_country_named_before_them()
    {
        var a = Story("Chile raised fuel prices on Monday. Security forces detained dozens of protesters outside the palace.");
        Assert.Equal("CHL", ArrestAgentCountry(a));
    }

    [Fact]
    public void Police_act_for_the_country_named_most_among_many()
    {
        // More countries than StoryCountry's first tally holds (it grows), the leader named first and last.
        var a = Story("Chile hosted ministers from Peru, Bolivia, Ecuador, Colombia and Uruguay on Monday. Chile raised fuel prices "
            + "the same day. Security forces detained dozens of protesters outside the palace.");
        Assert.Equal("CHL", ArrestAgentCountry(a));
    }

    [Fact]
    public void Police_in_a_city_act_for_that_city()
    {
        var a = Story("Police in Paris detained 12 demonstrators on Tuesday.");
        Assert.Equal("FRA", ArrestAgentCountry(a));
    }

    [Fact]
    public void Police_in_a_city_act_for_the_country_the_article_names_not_the_city()
    {
        var a = Story("Kenya's parliament passed a new tax law on Monday. Police in Mombasa detained 12 demonstrators on Tuesday.");
        var arrest = a.Events.Single(e => e.Code == "173");
        Assert.Equal("Kenya", a.Actors[arrest.Agent].Name);
    }

    [Theory]
    [InlineData("Mali's junta dissolved all political parties on Monday. A Bamako court on Tuesday sentenced journalist Ibrahim Keita to one year in prison.", "Mali")]
    [InlineData("Kenya's parliament passed a new tax law on Monday. Mombasa police on Tuesday detained 12 demonstrators.", "Kenya")]
    public void A_court_or_police_named_by_their_city_act_for_the_country_the_article_names(string body, string agent)
    {
        var a = Story(body);
        Assert.Equal(agent, a.Actors[a.Events.Single(e => e.Code == "173").Agent].Name);
    }

    [Fact]
    public void A_capital_that_is_the_subject_itself_still_acts()
    {
        var a = Story("Mali's junta dissolved all political parties on Monday. Bamako accused Paris on Tuesday of arming rebels in the north.");
        Assert.Contains(a.Events, e => e.Code.StartsWith("11", System.StringComparison.Ordinal) && a.Actors[e.Agent].Name == "Bamako");
    }

    [Fact]
    public void Police_in_a_city_act_for_the_capital_the_article_names_when_it_names_no_country()
    {
        // The dateline names the capital, the arrest happens in another city: the state acts, as its capital.
        var a = Story("NAIROBI, March 3 (Wire) - Police arrested 40 people in Mombasa on Tuesday as protests spread.");
        var arrest = a.Events.Single(e => e.Code == "173");
        Assert.Equal("Nairobi", a.Actors[arrest.Agent].Name);
    }

    [Fact]
    public void Police_in_a_city_act_as_the_article_s_own_police_of_that_country_when_the_country_is_not_named()
    {
        var a = Story("Bangladesh police said the march was illegal. Police in Chittagong detained 12 protesters on Tuesday.");
        var arrest = a.Events.Single(e => e.Code == "173");
        Assert.Equal("Bangladesh", a.Actors[arrest.Agent].Name); // the police, standing for their unnamed country
    }

    [Fact]
    public void Police_never_act_as_a_court_of_their_country()
    {
        // The article's own body of that country stands for the forces only when named by the same word.
        var a = Story("NAIROBI, March 3 (Wire) - The High Court jailed an activist for four years on Wednesday. Police detained 12 of his supporters outside the courthouse in Mombasa.");
        var arrest = a.Events.Last(e => e.Code == "173");
        Assert.Equal("Nairobi", a.Actors[arrest.Agent].Name);
    }

    [Fact]
    public void Soldiers_act_as_the_article_s_own_troops_named_before()
    {
        // "soldiers" and "troops" are one kind of force; the capital of the dateline is not who raided.
        var a = Story("YAOUNDE, May 9 (Wire) - Cameroonian troops killed seven separatist fighters in the Northwest region, the army said. The soldiers raided a camp near Bamenda on Wednesday and seized weapons.");
        var raid = a.Events.Last(e => e.Code.StartsWith("1", System.StringComparison.Ordinal));
        Assert.Equal("Cameroon", a.Actors[raid.Agent].Name); // the troops, standing for their unnamed country
    }

    [Fact]
    public void Forces_with_another_country_s_demonym_act_for_that_country_not_the_dateline_s()
    {
        var a = Story("QUITO, Feb 11 (Wire) - Venezuelan security agents detained two Ecuadorian diplomats on Monday. Ecuador recalled its ambassador to Caracas.");
        Assert.Equal("Caracas", a.Actors[a.Events.First(e => e.Code == "173").Agent].Name);
    }

    [Fact]
    public void Forces_with_the_demonym_of_a_country_the_article_never_names_give_no_agent()
    {
        var a = Story("QUITO, Feb 11 (Wire) - Venezuelan security agents detained two Ecuadorian diplomats on Monday.");
        Assert.Null(ArrestAgentCountry(a));
    }

    [Fact]
    public void A_country_named_only_after_the_verb_gives_no_agent()
    {
        var a = Story("Police arrested five activists on Monday. Kenya's president later condemned the arrests.");
        Assert.Null(ArrestAgentCountry(a));
    }

    [Fact]
    public void Two_countries_named_as_often_give_no_agent()
    {
        var a = Story("Peru and Bolivia held talks on Monday. Police arrested two men near the venue, officials said.");
        Assert.Null(ArrestAgentCountry(a));
    }

    [Fact]
    public void A_capital_dateline_counts_once()
    {
        var a = Story("LONDON, May 4 (Wire) - Peru and Bolivia held talks on Monday. Police arrested two men near the venue.");
        Assert.Null(ArrestAgentCountry(a));
    }

    [Fact]
    public void A_country_named_with_the_counts()
    {
        var a = Story("The United States urged restraint in Venezuela on Monday. Security forces detained an opposition lawmaker, his party said.");
        Assert.Null(ArrestAgentCountry(a));
    }

    [Fact]
    public void Troops_in_a_story_about_two_countries_give_no_agent()
    {
        var a = Story("Armenia accused Azerbaijan of shelling on Monday. Armenia said it would respond. Troops detained a farmer near the border, officials said.");
        Assert.Null(ArrestAgentCountry(a));
    }

    [Fact]
    public void Soldiers_in_a_story_about_one_country_act_for_it()
    {
        var a = Story("MANILA, June 2 - The Philippines said on Monday it would review its defence ties. Soldiers arrested three rebels, the army said.");
        Assert.Equal("PHL", ArrestAgentCountry(a));
    }

    [Theory]
    [InlineData("MANILA, June 2 - Rebel soldiers detained three villagers on Monday.")]
    [InlineData("MANILA, June 2 - Troops loyal to a former general detained three villagers on Monday.")]
    [InlineData("MANILA, June 2 - Peacekeeping troops detained three villagers on Monday.")]
    [InlineData("MANILA, June 2 - Rebel soldiers detained three villagers in Davao on Monday.")]
    public void Forces_said_not_to_be_the_states_give_no_agent(string body)
    {
        Assert.Null(ArrestAgentCountry(Story(body)));
    }
}
