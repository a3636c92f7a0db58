using System.Linq;
using Newswire.Extraction.Model;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Recall and the right agent on agency prose (issue #11, NewsCheck16): a unit named only by a nationality whose
/// country the story never names, the speaker's own next act after a "that" clause, and pair subjects ("the two
/// governments"). Invented sentences.
/// </summary>
public class RecallAgentTests
{
    private readonly ITestOutputHelper _out;

    public RecallAgentTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private ExtractedArticle Story(string body) => EventStories.Extract(_out, body);

    // CountryIdentity: "Tajik border guards" in a story that never says "Tajikistan" stand for Tajikistan.
    [Fact]
    public void A_nationality_unit_of_a_country_never_named_acts_as_that_country()
    {
        var a = Story("Tajik border guards fired on a patrol near the village of Ak-Sai on Monday, killing a herder, local officials said.");
        var fire = Assert.Single(a.Events, e => e.Root == "19" || e.Root == "18");
        Assert.Equal("Tajikistan", a.Actors[fire.Agent].Name);
    }

    // WordLists.GroupHeads: armed means named by a nationality ("a Ugandan drone") act for their state.
    [Fact]
    public void A_drone_named_by_a_nationality_acts_for_its_state()
    {
        var a = Story("A Ugandan drone struck a rebel camp near the town of Beni on Sunday, killing four fighters, officials said.");
        Assert.Contains(a.Events, e => e.Root == "19" && e.Agent >= 0 && a.Actors[e.Agent].Country == "UGA");
    }

    // EventRun.AfterStatedState: a passive content ("two nurses had been beaten") or one whose subject can say nothing
    // ("the reform") leaves "and called on" / "and urged" to the speaker.
    [Theory]
    [InlineData("The Haitian Nurses' Association said that two nurses had been beaten and called on the government to open an inquiry.", "02")]
    [InlineData("Peru's foreign ministry said that the talks had been useful and urged Quito to release the detained fishermen.", "02")]
    public void The_speakers_next_act_after_a_that_clause_is_coded(string sentence, string root)
    {
        var a = Story(sentence);
        Assert.Contains(a.Events, e => e.Root == root && e.Agent >= 0);
    }

    // A crowd that acts in the content keeps the coordinated verb: no demand of the speaker's.
    [Fact]
    public void A_crowd_acting_in_the_content_keeps_the_coordinated_verb()
    {
        var a = Story("Peru's interior ministry said that the protesters had blocked the highway and demanded new elections.");
        Assert.DoesNotContain(a.Events, e => e.Root == "10" && e.Agent >= 0 && a.Actors[e.Agent].Country == "PER" && e.Modality == EventModality.Happened);
    }

    // EventRun.PairSubjectAgent: "the two governments" are the two states just named.
    [Fact]
    public void A_pair_subject_acts_for_the_two_states_named_before()
    {
        var a = Story("Kenya and Tanzania held talks in Arusha on Monday. The two governments agreed to reopen the Namanga border post.");
        var agree = Assert.Single(a.Events, e => e.Root == "03");
        var sides = new[] { a.Actors[agree.Agent].Name }.Concat(agree.Counterparts.Select(c => a.Actors[c].Name)).ToList();
        Assert.Contains("Kenya", sides);
        Assert.Contains("Tanzania", sides);
    }
}
