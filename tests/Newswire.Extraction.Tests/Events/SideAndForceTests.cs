using System.Linq;
using Newswire.Extraction.Model;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Who acts on event-rich stories, through the whole pipeline (invented agency sentences): a country's riot police,
/// the troops a spokesman reports on, the supporters of a named leader, a leader's party named by apposition, a crowd
/// in an "as" clause; and where: a person after "at" is no place. Each fix has a sibling that keeps a nearby reading.
/// </summary>
public class SideAndForceTests
{
    private readonly ITestOutputHelper _out;

    public SideAndForceTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private ExtractedArticle Story(string body) => EventStories.Extract(_out, body);

    private static string Country(ExtractedArticle a, int actor) => EventStories.Country(a, actor);

    private static string Name(ExtractedArticle a, int actor) => actor < 0 ? "-" : a.Actors[actor].Name;

    // "Police detained 41 people as thousands of protesters rallied": the crowd rallies, not the police.
    [Fact]
    public void A_crowd_after_as_is_the_subject_of_its_own_clause()
    {
        var a = Story("TBILISI - Georgian police detained 41 people overnight as thousands of protesters rallied outside parliament in Tbilisi against a law, the Interior Ministry said on Saturday.");
        var rally = Assert.Single(a.Events, x => x.Root == "14");
        Assert.NotEqual("Georgian police", Name(a, rally.Agent));
        Assert.Equal("GEO", Country(a, rally.Agent));
    }

    // Sibling: a pronoun after "as" still points back to the police.
    [Fact]
    public void A_pronoun_after_as_still_takes_the_main_subject()
    {
        var a = Story("TBILISI - Georgian police detained 41 people overnight as they cleared the square in Tbilisi.");
        Assert.Contains(a.Events, x => x.Root == "17" && Name(a, x.Agent) == "Georgian police");
    }
}
