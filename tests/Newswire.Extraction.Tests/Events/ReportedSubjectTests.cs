using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Session 24 (issue #11): a reported clause without "that" whose subject is a crowd or people named by a bare noun
/// has a subject of its own; the speaker (often the minister or police chief answering for the other side) does not do
/// its act. The speaker's own people ("its supporters", "supporters") still act for the speaker.
/// </summary>
public class ReportedSubjectTests
{
    private readonly ITestOutputHelper _out;

    public ReportedSubjectTests(ITestOutputHelper output)
    {
        _out = output;
    }

    [Theory]
    [InlineData("Interior Minister Ada Brelik said the protesters had attacked police with stones.")]
    [InlineData("Interior Minister Ada Brelik told reporters demonstrators had attacked a police station.")]
    [InlineData("Interior Minister Ada Brelik said farmers attacked police officers near the border.")]
    public void A_crowd_or_bare_noun_subject_of_a_reported_clause_is_not_the_speaker(string sentence)
    {
        var a = EventStories.Extract(_out, "LUSAKA, Zambia (Reuters) - " + sentence);
        Assert.DoesNotContain(a.Events, e => e.Root != "01" && a.Actors[e.Agent].Name == "Ada Brelik");
    }

    [Theory]
    [InlineData("The opposition Harwick People's Party said its supporters would march on parliament on Friday.", "Harwick People's Party")]
    [InlineData("Opposition leader Ada Brelik said supporters would march on parliament on Friday.", "Ada Brelik")]
    public void The_speakers_own_supporters_act_for_the_speaker(string sentence, string agent)
    {
        var a = EventStories.Extract(_out, "LUSAKA, Zambia (Reuters) - " + sentence);
        Assert.Contains(a.Events, e => e.Root == "14" && a.Actors[e.Agent].Name == agent);
    }
}
