using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A gazetteer place the tagger read as a person, every time after a preposition of place, is that place.</summary>
public class LocativePersonsTests
{
    [Fact]
    public void A_small_town_after_out_of_or_in_is_a_place()
    {
        var a = Run("SUVA, Fiji, May 2 (Reuters) - Fiji Airways said flights out of Nadi would resume on Monday, and flooding was reported in Savusavu.");
        Assert.Equal(ActorKind.Location, Assert.Single(a.Actors, x => x.Name == "Nadi").Kind);
    }
}
