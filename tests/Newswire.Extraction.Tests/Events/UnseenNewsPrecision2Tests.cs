using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// More kinds of false event in news that holds none (issue #11, NewsCheck21), as stories since the stages read the
/// headline: a ruler's visit to a hospital at home (<see cref="Newswire.Extraction.Events.Stages.UnaddressedVisitStage"/>),
/// the police's inquiry into an accident's cause (<see cref="Newswire.Extraction.Events.Stages.AccidentStoryStage"/>),
/// the content of an accusation by a named accuser, and the subject of a clause after "as" in a headline. Each has a
/// twin that keeps its event.
/// </summary>
public class UnseenNewsPrecision2Tests
{
    private readonly ITestOutputHelper _out;

    public UnseenNewsPrecision2Tests(ITestOutputHelper output)
    {
        _out = output;
    }

    private string[] Codes(string headline, string body) => EventTestKit.StoryCodes(_out, headline, body);

    [Fact]
    public void A_ruler_visiting_a_hospital_at_home_codes_no_visit() =>
        Assert.DoesNotContain(Codes(
            "HM Sultan visits new children's hospital in Seria",
            "BANDAR SERI BEGAWAN — His Majesty the Sultan opened the new children's hospital in Seria on Thursday and toured its wards."),
            c => c.StartsWith("04"));

    [Fact]
    public void A_leader_visiting_a_base_abroad_keeps_the_visit() =>
        Assert.Contains(Codes(
            "Macron visits French troops at base in Niger",
            "NIAMEY — French President Emmanuel Macron visited a military base in Niger on Tuesday."),
            c => c.StartsWith("042"));

    [Fact]
    public void The_police_inquiry_into_a_bus_crash_codes_nothing() =>
        Assert.Empty(Codes(
            "Eleven hurt as bus overturns near Trencin",
            "TRENCIN, Slovakia — Eleven passengers were hurt when a bus overturned near Trencin on Saturday. Police detained the driver for questioning and opened an investigation into the cause."));

    [Fact]
    public void What_a_named_accuser_says_is_no_act_of_the_accused() =>
        Assert.DoesNotContain(Codes(
            "Cuba rejects charges over Russian trade",
            "HAVANA — Cuba rejected accusations by Washington that Havana was helping Russia evade sanctions."),
            c => c.StartsWith("16"));

    [Fact]
    public void A_demand_after_as_in_a_headline_is_the_demanders() =>
        Assert.DoesNotContain(Codes(
            "Minsk denies spy charges as Vilnius demands sanctions",
            "VILNIUS — Lithuania's foreign ministry summoned the Belarusian charge d'affaires on Monday."),
            c => c == "100 Minsk" || c == "100 Belarus");
}
