using System.Linq;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Session 24 (issue #11): "both" or "each" floating after the subject ("Kenya and Uganda both condemned", "have each
/// sent") is no determiner of the verb after it; the verb is still the subject's act.
/// </summary>
public class FloatingQuantifierTests
{
    private readonly ITestOutputHelper _out;

    public FloatingQuantifierTests(ITestOutputHelper output)
    {
        _out = output;
    }

    [Theory]
    [InlineData("Kenya and Uganda both condemned the attack on the border post.", "11")]
    [InlineData("Ethiopia and Eritrea have both accused Sudan of arming rebels.", "11")]
    [InlineData("Kenya and Uganda each sent 500 troops to Somalia.", "")]
    [InlineData("Qatar and the United Arab Emirates each pledged $500 million for the reconstruction of Gaza.", "")]
    public void Both_or_each_after_the_subject_keeps_the_verb_an_event(string sentence, string root)
    {
        var a = EventStories.Extract(_out, "NAIROBI, Kenya (Reuters) - " + sentence);
        var acts = a.Events.Where(e => e.Root != "01" && (root.Length == 0 || e.Root == root)).ToList();
        Assert.Contains(acts, e => a.Actors[e.Agent].Name is "Kenya" or "Ethiopia" or "Qatar");
    }

    // "both" and "each" before a noun are still determiners: "both accused denied" is no accusation.
    [Fact]
    public void Both_before_a_noun_after_a_pause_stays_a_determiner()
    {
        var a = EventStories.Extract(_out, "NAIROBI, Kenya (Reuters) - Two men were charged with fraud on Monday; both accused denied wrongdoing.");
        Assert.DoesNotContain(a.Events, e => e.Root == "11");
    }
}
