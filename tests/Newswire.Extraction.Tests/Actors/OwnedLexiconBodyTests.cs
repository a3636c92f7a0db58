using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// "Russia's Security Council": a bare function name the lexicon gives an international body is the owner's own
/// national body when a country owns it (Resolve/OwnedLexiconBodies.cs).
/// </summary>
public class OwnedLexiconBodyTests
{
    [Theory]
    [InlineData("MOSCOW, Nov 18 (Reuters) - Russia's Security Council met on Tuesday to discuss drone strikes on refineries. The Security Council reviewed measures to protect energy sites, the Kremlin said.", "RUS")]
    [InlineData("Belarus's Security Council said on Friday it had tightened border controls with Poland.", "BLR")]
    public void An_owned_bare_council_is_the_owners_body(string body, string country)
    {
        var a = Run(body);
        var council = Assert.Single(a.Actors, x => x.Name == "Security Council");
        Assert.Equal(ActorKind.Organization, council.Kind);
        Assert.Equal(country, council.Country);
        Assert.DoesNotContain(a.Actors, x => x.Name == "UN Security Council");
    }

    [Theory]
    [InlineData("The Security Council met on Tuesday to discuss the war in Sudan, diplomats said.")]
    [InlineData("Diplomats said Russia's Security Council veto had blocked the resolution on Sudan.")]
    public void An_unowned_or_spelled_council_stays_the_UN_one(string body)
    {
        var a = Run(body);
        Assert.Contains(a.Actors, x => x.Name == "UN Security Council");
    }
}
