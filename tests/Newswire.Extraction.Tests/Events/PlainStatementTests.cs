using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Which statements count (Events/EventRun.PlainStatements.cs): a person's or a body's "said" with no other
/// country's actor in it is attribution, not an event; a state's own statement and one about another country stay.
/// </summary>
public class PlainStatementTests
{
    private readonly ITestOutputHelper _out;

    public PlainStatementTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private EventTestKit.Result Run(string markup)
    {
        var r = EventTestKit.Run(markup);
        _out.WriteLine(r.ToString());
        return r;
    }

    [Theory]
    [InlineData("[Finance Minister Ana Ruiz=Ana Ruiz|P|CHL] said on Tuesday that consumer prices were rising faster than expected.")]
    [InlineData("The chief executive of [Velmora|O|], [Ren Takeda|P|JPN], said the merger would close in May.")]
    [InlineData("[The Ministry of Health=Ministry of Health|O|GHA] said the new clinics would open next month in [Kumasi|L|GHA].")]
    public void A_plain_statement_at_home_is_no_event(string markup)
    {
        Assert.Empty(Run(markup).Events);
    }

    [Theory]
    [InlineData("[Kenya's foreign ministry spokesman Ali Omar=Ali Omar|P|KEN] said on Monday that [Nairobi|L|KEN] remained open to talks with [Kampala|L|UGA].")]
    [InlineData("[Iraq|L|IRQ] said on Tuesday that the border post was built on Iraqi land.")]
    public void A_statement_of_a_state_or_about_another_country_stays(string markup)
    {
        var e = Assert.Single(Run(markup).Events);
        Assert.Equal("010", e.Code);
    }

    [Fact]
    public void Officials_named_by_their_people_speak_for_their_state()
    {
        var a = Newswire.Extraction.Tests.Actors.Stories.Of(
            "Border row deepens",
            "KUWAIT CITY, May 2 (Wire) - Kuwait protested to Iraq over a new border post on Monday. Iraqi officials said the post stood on Iraqi soil and that the two governments would discuss it at a joint commission.");
        Assert.Contains(a.Events, e => e.Code == "010" && a.Actors[e.Agent].Country == "IRQ");
    }
}
