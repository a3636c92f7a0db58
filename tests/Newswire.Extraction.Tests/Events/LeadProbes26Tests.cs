using System.Linq;
using Newswire.Extraction.Model;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Wire copy the lead probed in session 26 (issue #11): local parties and movements introduced by an apposition, and
/// other everyday political shapes. Invented sentences.
/// </summary>
public class LeadProbes26Tests
{
    private readonly ITestOutputHelper _out;

    public LeadProbes26Tests(ITestOutputHelper output)
    {
        _out = output;
    }

    private ExtractedArticle Story(string body) => EventStories.Extract(_out, body);

    private static bool By(ExtractedArticle a, ExtractedEvent e, string name) => e.Agent >= 0 && a.Actors[e.Agent].Name == name;

    // PrivateOrganizationStage DescribedAsPolitical: ", the main opposition party," says what an unknown body is.
    [Theory]
    [InlineData("The Independent Patriots for Change (IPC), the main opposition party, rejected the result on Sunday.", "12", "Independent Patriots for Change")]
    [InlineData("The Kivu Liberation Front, a rebel group, denied the charge on Monday.", "12", "Kivu Liberation Front")]
    [InlineData("The opposition Harambee party demanded an investigation on Monday.", "10", "Harambee")]
    public void An_apposition_with_a_political_head_makes_an_unknown_body_political(string sentence, string root, string agent)
    {
        var a = Story("Turnout was low in the capital on Saturday.\n\n" + sentence);
        Assert.Contains(a.Events, e => e.Root == root && By(a, e, agent));
    }

    [Theory]
    [InlineData("Harwick Fashion, a clothing retailer, rejected the offer on Monday.")]
    [InlineData("Brenlow Mining, the largest employer in the region, rejected the union's demands.")]
    public void An_apposition_without_a_political_head_keeps_a_company_private(string sentence)
    {
        var a = Story("Shares fell in early trade.\n\n" + sentence);
        Assert.DoesNotContain(a.Events, e => e.Root == "12");
    }

    // FigurativeStage PeopleObject: people are the act's object; the crime after them is their charge.
    [Theory]
    [InlineData("Germany deported 81 Afghan men convicted of crimes to Afghanistan on Friday.", "17", "Germany")]
    [InlineData("Sweden deported two nationals accused of fraud to Iraq on Monday.", "17", "Sweden")]
    public void A_charge_after_the_people_acted_on_is_no_figure_of_speech(string sentence, string root, string agent)
    {
        var a = Story(sentence);
        Assert.Contains(a.Events, e => e.Root == root && By(a, e, agent));
    }

    [Theory]
    [InlineData("The government vowed to crush crime in the capital.")]
    [InlineData("The new governor declared war on corruption and fraud.")]
    public void A_conflict_word_aimed_at_an_ill_stays_figurative(string sentence)
    {
        Assert.DoesNotContain(Story(sentence).Events, e => e.Root is "13" or "17" or "18" or "19" or "20");
    }

    // EventRun.Participles.cs AfterAttribution: a participle right after ", X said," is the speaker's act.
    [Theory]
    [InlineData("Iran has released a French national, French President Emmanuel Macron said on Thursday, thanking Oman for its mediation.", "Emmanuel Macron")]
    [InlineData("The talks will resume next week, Kenyan President William Ruto said, urging Sudan to accept a truce.", "William Ruto")]
    public void A_participle_after_a_closing_attribution_is_the_speakers(string sentence, string speaker)
    {
        var a = Story(sentence);
        Assert.Contains(a.Events, e => e.Root is "02" or "05" && By(a, e, speaker));
    }

    [Fact]
    public void A_participle_after_an_act_keeps_the_acts_agent()
    {
        var a = Story("Niger recalled its envoy to Benin, accusing Benin of bad faith.");
        Assert.Contains(a.Events, e => e.Root == "11" && By(a, e, "Niger"));
    }

    // cameo_news.txt "P use 175 pepper/spray": pepper spray on a crowd is repression like tear gas.
    [Fact]
    public void Pepper_spray_on_protesters_is_repression()
    {
        var a = Story("Police in Istanbul used pepper spray on protesters on Tuesday night.");
        Assert.Contains(a.Events, e => e.Code == "175");
    }

    // EventRun.PlaceTime.cs PlaceEarlierInSentence: with no story country, police act where the sentence placed the
    // crowd before them.
    [Fact]
    public void Police_act_for_the_country_of_the_place_named_before_them()
    {
        var a = Story("Thousands of people gathered outside city hall in Istanbul on Tuesday night, and police used tear gas to disperse them.");
        Assert.Contains(a.Events, e => e.Code == "175" && e.Agent >= 0 && a.Actors[e.Agent].Country == "TUR");
    }

    // cameo_news.txt "P welcome 051 deployment": approving troops or police sent is no hosting.
    [Fact]
    public void Welcoming_a_deployment_is_approval()
    {
        var a = Story("Haiti's transitional council welcomed the deployment of Kenyan police on Tuesday.");
        Assert.Contains(a.Events, e => e.Code == "051");
        Assert.DoesNotContain(a.Events, e => e.Code == "043");
    }
}
