using System.Linq;
using Newswire.Extraction.Model;
using Xunit;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// A joint act of two states told again with the officials who performed it is one event (Events/RetoldPacts.cs):
/// "Chile and Peru signed a fisheries pact ... Chile's fisheries minister and his Peruvian counterpart signed the
/// agreement in Lima." Praise of the deal by one side's official stays its own event.
/// </summary>
public class RetoldPactTests
{
    private readonly ITestOutputHelper _out;

    public RetoldPactTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private ExtractedArticle Story(params string[] paragraphs) => EventTestKit.Story(_out, "Regional briefing", string.Join("\n\n", paragraphs));

    [Fact]
    public void A_pact_signed_again_by_the_states_ministers_is_one_event()
    {
        var a = Story(
            "Chile and Peru signed a fisheries agreement on Tuesday that sets joint quotas for anchovy.",
            "Chilean Fisheries Minister Rosa Tapia and her Peruvian counterpart Luis Quispe signed the agreement in Lima.");
        var signed = Assert.Single(a.Events, e => e.Code == "057");
        Assert.Equal("Chile", a.Actors[signed.Agent].Name);
    }

    [Fact]
    public void An_officials_praise_of_the_deal_stays_its_own_event()
    {
        var a = Story(
            "Chile and Peru signed a fisheries agreement on Tuesday that sets joint quotas for anchovy.",
            "Peruvian President Dina Salas welcomed the deal and thanked Santiago for its patience.");
        Assert.Contains(a.Events, e => e.Code == "057" && a.Actors[e.Agent].Name == "Chile");
        Assert.Contains(a.Events, e => e.Root == "05" && e.Code != "057" && a.Actors[e.Agent].Kind == ActorKind.Person);
    }
}
