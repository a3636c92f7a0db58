using System.Linq;
using Newswire.Extraction.Model;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Verb frames and story kinds read through the whole pipeline (invented sentences): the agent of a main verb after
/// a relative clause, a vote as the way a body acts, and headlines that make a whole story sport or an obituary.
/// </summary>
public class EventFrameTests
{
    private readonly ITestOutputHelper _out;

    public EventFrameTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private ExtractedArticle Story(string headline, string body) => EventTestKit.Story(_out, headline, body);

    [Fact]
    public void The_main_verb_after_a_relative_clause_keeps_the_antecedent_as_agent()
    {
        var a = Story("World briefing", "The International Monetary Fund, which lent Zambia $1.3 billion last year, will send a mission to Lusaka next week.");
        var send = a.Events.Single(e => e.Trigger.Of(a.Text) == "send");
        Assert.Equal("International Monetary Fund", a.Actors[send.Agent].Name);
    }

    [Theory]
    [InlineData("Pakistan invited India to resume peace talks in Islamabad next month.", "036")]
    [InlineData("Norway invited the two sides to negotiate a ceasefire in Oslo.", "036")]
    [InlineData("Ghana invited Togo's president to a state visit in Accra.", "040")]
    public void An_invitation_to_talks_is_intent_to_negotiate_not_a_meeting(string body, string code)
    {
        var a = Story("World briefing", body);
        Assert.Equal(code, a.Events.Single(e => e.Trigger.Of(a.Text) == "invited").Code);
    }

    [Theory]
    [InlineData("Azerbaijan denied that its troops had fired on Armenian positions.")]
    [InlineData("Israel denied striking the convoy near the border with Lebanon.")]
    public void What_is_denied_is_not_coded_as_done(string body)
    {
        var a = Story("World briefing", body);
        Assert.Contains(a.Events, e => e.Root == "12");
        Assert.DoesNotContain(a.Events, e => e.Root == "19" || e.Root == "18");
    }

    [Theory]
    [InlineData("Serbia dismissed claims that its troops had massed near Kosovo.", "12", "15")]
    [InlineData("Egypt rejected Ethiopia's accusation that Cairo had armed rebels in the Amhara region.", "12", "06")]
    [InlineData("Armenia's claim that Azerbaijan shelled border villages was rejected by Baku.", "12", "19")]
    [InlineData("Kenya alleged that Somali troops had crossed the border and attacked a police post.", "11", "19")]
    public void What_a_claim_says_is_its_content_not_an_act(string body, string kept, string content)
    {
        var a = Story("World briefing", body);
        Assert.Contains(a.Events, e => e.Root == kept);
        Assert.DoesNotContain(a.Events, e => e.Root == content);
    }

    [Fact]
    public void A_claim_verb_before_that_is_still_a_statement()
    {
        var a = Story("World briefing", "Serbia's president claims that the talks with Kosovo will resume in May.");
        Assert.DoesNotContain(a.Events, e => e.Root == "12" || e.Root == "11");
    }

    [Fact]
    public void A_finite_verb_after_and_plus_an_adverb_is_the_subject_s_next_act()
    {
        var a = Story("World briefing", "Iran denied the report and later attacked a tanker off Oman.");
        Assert.Contains(a.Events, e => e.Root == "19");
    }

    [Fact]
    public void A_vote_codes_what_was_voted_for()
    {
        var a = Story("World briefing", "The UN Security Council voted 13-2 to impose sanctions on Iran.");
        Assert.Contains(a.Events, e => e.Root == "16");
        Assert.DoesNotContain(a.Events, e => e.Root == "03");
    }

    [Fact]
    public void A_sport_headline_makes_country_visits_in_the_body_sport()
    {
        var a = Story("Japan crush Australia 3-1 to close in on World Cup place", "Japan travel to Saudi Arabia next month, while Australia host Indonesia.");
        Assert.DoesNotContain(a.Events, e => e.Root != "01");
    }

    [Fact]
    public void Sport_words_inside_names_of_the_headline_make_no_sport_story()
    {
        var a = Story("Arab League criticizes Syria ahead of vote", "Egypt accused Syria of delaying the talks.");
        Assert.Contains(a.Events, e => e.Root == "11");
    }

    [Fact]
    public void Arrests_around_a_game_stay_events()
    {
        var a = Story("Brazil beat Argentina 2-1 in Buenos Aires", "Argentine police detained 40 fans after the game in Buenos Aires.");
        Assert.Contains(a.Events, e => e.Root == "17");
    }

    [Fact]
    public void An_obituary_headline_makes_the_life_in_the_body_background()
    {
        var a = Story("Former Polish foreign minister dies at 88", "In 1991 he signed the treaty under which Russia agreed to pull out its last soldiers from Poland.");
        Assert.DoesNotContain(a.Events, e => e.Root != "01");
    }

    [Fact]
    public void Without_an_obituary_headline_the_same_sentence_codes()
    {
        var a = Story("Russia and Poland sign troop treaty", "Russia agreed to pull out its last soldiers from Poland, the ministry in Warsaw said.");
        Assert.Contains(a.Events, e => e.Root != "01");
    }
}
