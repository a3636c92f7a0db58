using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Rows of cameo_news.txt read in news sense: declaring or extending a truce de-escalates, ending one does not; a charge
/// that something "undermined" democracy reduces no relations.
/// </summary>
public class NewsVerbRowTests
{
    private readonly ITestOutputHelper _out;

    public NewsVerbRowTests(ITestOutputHelper output)
    {
        _out = output;
    }

    [Theory]
    [InlineData("Hamas ended the ceasefire with Israel on Monday.")]
    [InlineData("Hamas scrapped the truce with Israel on Monday.")]
    public void Ending_a_truce_is_no_de_escalation(string sentence)
    {
        var a = EventStories.Extract(_out, sentence);
        Assert.DoesNotContain(a.Events, e => e.Root == "08");
    }

    [Theory]
    [InlineData("Hamas declared a ceasefire with Israel on Monday.")]
    [InlineData("Hamas announced a truce with Israel on Monday.")]
    public void Declaring_a_truce_is_de_escalation(string sentence)
    {
        var a = EventStories.Extract(_out, sentence);
        var truce = Assert.Single(a.Events, e => e.Root == "08");
        Assert.Equal("Hamas", a.Actors[truce.Agent].Name);
    }

    [Fact]
    public void Undermining_said_of_a_ruling_is_no_reduction_of_relations()
    {
        var a = EventStories.Extract(_out, "Human Rights Watch criticised the rulings, saying they undermined democracy in Thailand.");
        Assert.DoesNotContain(a.Events, e => e.Root == "16");
        Assert.Contains(a.Events, e => e.Root == "11");
    }

    // A unit word after a name and before a verb is the subject's noun (EventRun.Homographs), not "force" (170).
    [Theory]
    [InlineData("Ethiopia, Tigray forces sign peace deal in Pretoria")]
    [InlineData("Rebel forces agree to withdraw from the capital")]
    public void Forces_before_a_verb_are_no_coercion(string sentence)
    {
        var a = EventStories.Extract(_out, sentence);
        Assert.DoesNotContain(a.Events, e => e.Root == "17");
    }

    // CommercialStage.Company: a company of the built-in table answering a union acts in business, not politics.
    [Fact]
    public void A_known_company_rejecting_a_union_demand_is_business()
    {
        var a = EventStories.Extract(_out, "FRANKFURT (Reuters) - Germany's pilots' union demanded that Lufthansa raise pension contributions. Lufthansa rejected the demand and urged the union to return to the negotiating table.");
        Assert.DoesNotContain(a.Events, e => e.Agent >= 0 && a.Actors[e.Agent].Name == "Lufthansa");
    }
}
