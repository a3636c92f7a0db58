using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Plain comments are no events (issue #11, NewsCheck29's tune half and invented sentences): what an analyst,
/// historian or economist says happened or will happen is a view; an official "explaining" or "stressing" that a
/// side wants something states a position, not a new intent; a verb joined by "and will" to the verb before it
/// shares that verb's subject, not its object. Each kind has a twin that keeps its event.
/// </summary>
public class PlainCommentTests
{
    private readonly ITestOutputHelper _out;

    public PlainCommentTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private string[] Codes(string body) => EventTestKit.StoryCodes(_out, "World briefing", body);

    [Theory]
    [InlineData("Security analyst Tomas Weber said Venezuela usually settled such seizures of Trinidadian boats with a fine.")]
    [InlineData("Economist Luis Ortega said Argentina would keep borrowing from the IMF whatever the government promised.")]
    [InlineData("Commentator Sara Lind said Sweden had threatened Hungary with sanctions many times but never imposed them.")]
    [InlineData("Military analyst Jan Jires said Russia would attack Ukrainian cities again in the winter.")]
    [InlineData("Historian Jonas Berg said Norway had always mediated quietly between Israel and the Palestinians.")]
    [InlineData("\"Kinshasa needs European support against Kigali,\" said Marc Lemaire, a Belgian analyst.")]
    public void A_commentators_view_codes_no_act(string sentence) => Assert.Empty(Codes(sentence));

    [Fact]
    public void Acts_reported_by_officials_or_done_to_commentators_stay()
    {
        Assert.Contains(Codes("Sweden threatened Hungary with sanctions on Monday, Foreign Minister Maria Stenergard said."), c => c.StartsWith("13"));
        Assert.Contains(Codes("Russian police detained two British researchers in Moscow on Friday."), c => c.StartsWith("17"));
    }

    [Theory]
    [InlineData("He stressed that Trinidad and Tobago wanted to resolve the matter with Venezuela quietly.")]
    [InlineData("The spokesman explained that Turkey wanted good relations with Greece and Cyprus.")]
    [InlineData("She underlined that Oslo wanted closer cooperation with Reykjavik on fisheries research.")]
    [InlineData("The ambassador explained that Chile intended to expand its trade with China and India.")]
    public void An_explained_position_is_no_intent(string sentence) => Assert.Empty(Codes(sentence));

    [Fact]
    public void An_announced_intent_stays() =>
        Assert.Contains(Codes("Norway pledged to send 20 border guards to Finland, the Norwegian government said."), c => c.StartsWith("03") || c.StartsWith("07"));

    [Fact]
    public void A_verb_after_and_will_shares_the_subject_not_the_object()
    {
        var codes = Codes("The African Union's special envoy, Mahboub Maalim, met President Ismail Omar Guelleh in Djibouti on Monday and will travel to Asmara later this week.");
        Assert.Contains(codes, c => c.StartsWith("04") && c.EndsWith("Mahboub Maalim"));
        Assert.DoesNotContain(codes, c => c.EndsWith("Ismail Omar Guelleh"));
    }
}
