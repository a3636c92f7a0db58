using System.Linq;
using Newswire.Extraction.Model;
using Newswire.Extraction.Tests.Events;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Text;

/// <summary>
/// Datelined stories through the whole pipeline (invented stories): the words after the dateline read as a
/// sentence's first words, the dateline's place stays the story's place, and security forces named by function only
/// act for the country the article names before a city that is only where something happened.
/// </summary>
public class DatelineStoryTests
{
    private readonly ITestOutputHelper _out;

    public DatelineStoryTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private ExtractedArticle Story(string body) => EventStories.Extract(_out, body);

    private static ExtractedEvent? Arrest(ExtractedArticle a) => a.Events.SingleOrDefault(e => e.Code == "173");

    [Theory]
    [InlineData("The Central Bank of Kenya held its main lending rate on Tuesday.")]
    [InlineData("NAIROBI, March 5 (Wire) - The Central Bank of Kenya held its main lending rate on Tuesday.")]
    [InlineData("NAIROBI (Wire) \u2014 The Central Bank of Kenya held its main lending rate on Tuesday.")]
    [InlineData("Nairobi, Kenya, March 5 (wire) -- The Central Bank of Kenya held its main lending rate on Tuesday.")]
    public void A_name_after_the_dateline_has_no_determiner(string body)
    {
        var a = Story(body);
        var bank = a.Actors.Single(x => x.Name.EndsWith("Central Bank of Kenya"));
        Assert.Equal("Central Bank of Kenya", bank.Name);
        Assert.Contains(bank.Mentions, m => m.Form == MentionForm.Name && body.Substring(m.Start - "World briefing\n\n".Length, m.Length) == "Central Bank of Kenya");
    }

    [Fact]
    public void The_datelines_place_is_where_events_happened()
    {
        var a = Story("NAIROBI, March 5 (Wire) - Kenya's president met the Ugandan president on Tuesday.");
        var nairobi = a.Actors.ToList().FindIndex(x => x.Name == "Nairobi");
        Assert.True(nairobi >= 0);
        Assert.Contains(a.Events, e => e.Location == nairobi);
    }

    [Fact]
    public void With_no_country_named_a_city_after_the_verb_still_tells_the_police_country()
    {
        var a = Story("Police detained 40 protesters in Mombasa on Monday, a spokesman said.");
        Assert.Equal("KEN", EventStories.Country(a, Arrest(a)?.Agent ?? -1));
    }

    [Fact]
    public void A_capital_after_the_verb_acts_for_its_state()
    {
        var a = Story("Police detained 40 protesters in Nairobi on Monday, a spokesman said.");
        Assert.Equal("KEN", EventStories.Country(a, Arrest(a)?.Agent ?? -1));
    }

    [Fact]
    public void Police_act_for_the_country_the_story_names_not_the_datelines_city()
    {
        var a = Story("MOMBASA (Wire) - Kenya raised fuel prices on Monday. Police detained 40 protesters outside the port.");
        var arrest = Arrest(a);
        Assert.NotNull(arrest);
        Assert.Equal("Kenya", a.Actors[arrest!.Agent].Name);
    }

    [Fact]
    public void Police_act_for_the_country_where_they_acted_when_the_story_names_it()
    {
        var a = Story("Kenya raised fuel prices on Monday. Police detained 40 protesters in Mombasa.");
        var arrest = Arrest(a);
        Assert.NotNull(arrest);
        Assert.Equal("Kenya", a.Actors[arrest!.Agent].Name);
    }

    [Fact]
    public void A_datelines_city_alone_still_tells_the_police_country()
    {
        var a = Story("MOMBASA (Wire) - Police detained 40 protesters outside the port on Monday.");
        Assert.Equal("KEN", EventStories.Country(a, Arrest(a)?.Agent ?? -1));
    }

    [Fact]
    public void A_datelines_capitals_the_lexicon_lacks_are_a_place_not_an_acronym()
    {
        var a = Story("LIMA, May 4 (Wire) - The council met on Monday to discuss the water supply.");
        var place = Assert.Single(a.Actors, x => x.Name.Equals("Lima", System.StringComparison.OrdinalIgnoreCase));
        Assert.Equal(ActorKind.Location, place.Kind);
        Assert.Equal("PER", place.Country);
    }

    [Fact]
    public void The_agency_after_a_datelines_country_is_not_the_countrys_acronym()
    {
        var a = Story("CULIACAN, Mexico (AP) \u2014 Troops arrived on Monday. The United Arab Emirates (UAE) sent aid.");
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Location && x.Aliases.Contains("AP"));
        Assert.Contains(a.Actors, x => x.Name == "United Arab Emirates" && x.Aliases.Contains("UAE"));
    }
}
