using System.Linq;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// <see cref="Newswire.Extraction.Events.Stages.AccidentStoryStage"/> (issue #11, NewsCheck15): under a headline about an
/// accident or a disaster, an official's appeal, demand or inquiry that names no side is the response to it, not an
/// event; a state's own appeal (for aid or otherwise) and an appeal to a side named stay. Stories, not sentences: the
/// stage reads the headline.
/// </summary>
public class AccidentStoryTests
{
    private readonly ITestOutputHelper _out;

    public AccidentStoryTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private string[] Codes(string headline, string body) => EventTestKit.StoryCodes(_out, headline, body);

    [Fact]
    public void A_minister_calling_for_safety_rules_after_a_mine_collapse_codes_nothing() =>
        Assert.Empty(Codes(
            "Gold mine collapse traps 20 workers in western Kenya",
            "KAKAMEGA — Twenty miners were trapped when a gold mine collapsed on Saturday, police said. Mining Minister Hassan Joho visited the site and called for stricter safety rules."));

    [Fact]
    public void A_governor_ordering_an_inquiry_after_a_ferry_fire_codes_nothing() =>
        Assert.Empty(Codes(
            "Ferry fire off Zanzibar injures 30",
            "ZANZIBAR — A fire broke out on a ferry carrying 400 passengers on Monday. Governor Hussein Mwinyi ordered an investigation and urged ferry operators to check their engines."));

    [Fact]
    public void A_states_own_appeal_after_a_cyclone_stays() =>
        Assert.Contains(Codes(
            "Cyclone kills 38 in central Mozambique",
            "MAPUTO — Mozambique's government appealed to donors on Sunday for emergency aid after the cyclone."), c => c.StartsWith("02"));

    [Fact]
    public void An_appeal_to_a_side_named_after_a_crash_stays() =>
        Assert.Contains(Codes(
            "Bus crash kills 12 near the Malawi border",
            "LILONGWE — Malawi's transport minister Jacob Hara urged Zambia to repair the border road after the crash."), c => c.StartsWith("02") || c.StartsWith("10"));
}
