using Newswire.Extraction.Model;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Who acts for a state named by description or by its capital, through the whole pipeline (invented stories).
/// </summary>
public class StateAgentTests
{
    private readonly ITestOutputHelper _out;

    public StateAgentTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private ExtractedArticle Story(string body) => EventStories.Extract(_out, body);

    // The dateline's capital is named last before "the government", but the government is the country's.
    [Fact]
    public void The_government_is_the_named_country_not_the_dateline_capital()
    {
        var a = ArticleExtractor.Extract("story.txt", "Colombia suspends talks with rebels after attack\n\nBOGOTA, Jan 18 (Reuters) - Colombian President Gustavo Petro suspended talks with the National Liberation Army on Friday.\n\nThe government accused the rebels of breaking the truce.\n");
        var accuse = Assert.Single(a.Events, e => e.Root == "11");
        Assert.Equal("Colombia", a.Actors[accuse.Agent].Name);
    }

    // With no country named, the capital still stands for it.
    [Fact]
    public void The_government_is_the_capital_when_the_country_is_never_named()
    {
        var a = Story("BOGOTA, Jan 18 (Reuters) - The government accused the National Liberation Army of breaking the truce on Friday.");
        var accuse = Assert.Single(a.Events, e => e.Root == "11");
        Assert.Equal("COL", EventStories.Country(a, accuse.Agent));
    }

    // The clause after ", where" has its own subject; the main verb's is the name before it.
    [Fact]
    public void A_where_clause_between_subject_and_verb_holds_no_subject_of_the_verb()
    {
        var a = Story("Lithuania, where opposition leader Sviatlana Tsikhanouskaya lives in exile, welcomed the releases on Thursday.");
        var welcome = Assert.Single(a.Events, e => e.Root == "05");
        Assert.Equal("Lithuania", a.Actors[welcome.Agent].Name);
    }

    [Fact]
    public void A_verb_inside_a_where_clause_keeps_its_own_subject()
    {
        var a = Story("The talks were held in Doha, where Hamas leader Ismail Haniyeh met Iranian Foreign Minister Abbas Araghchi on Monday.");
        var meet = Assert.Single(a.Events, e => e.Root == "04");
        Assert.Equal("Ismail Haniyeh", a.Actors[meet.Agent].Name);
    }

    // What a speaker says another actor must do is the speaker's demand of it.
    [Theory]
    [InlineData("Moscow said Kyiv must withdraw its troops from the four regions.", "10", "Moscow", "Kyiv")]
    [InlineData("Egypt's Foreign Ministry said Israel should withdraw from Rafah immediately.", "02", "EGY", "Israel")]
    public void A_reported_obligation_is_the_speakers_demand(string sentence, string root, string speaker, string addressee)
    {
        var a = Story(sentence);
        var demand = Assert.Single(a.Events, e => e.Root == root);
        Assert.True(a.Actors[demand.Agent].Name == speaker || a.Actors[demand.Agent].Country == speaker);
        Assert.Contains(demand.Counterparts, c => a.Actors[c].Name == addressee);
    }

    // A speaker's own country's obligation is intent, no demand.
    [Fact]
    public void An_obligation_of_the_speakers_own_country_is_no_demand()
    {
        var a = Story("President Vladimir Putin said Russia must strengthen its air defences.");
        Assert.DoesNotContain(a.Events, e => e.Root == "10");
    }

    // EventRun.AfterStatedState: after "that" and a stated state ("the strike was aimed at ..."), a coordinated speech
    // verb is the speaker's own next act, seen happening, not reported content.
    [Fact]
    public void A_speech_verb_after_a_stated_state_is_the_speakers_own_act()
    {
        var a = Story("Russia said that the strike was aimed at military targets and accused Kyiv of using civilians as shields.");
        var accuse = Assert.Single(a.Events, e => e.Root == "11");
        Assert.Equal("Russia", a.Actors[accuse.Agent].Name);
        Assert.Equal(EventModality.Happened, accuse.Modality);
    }
}
