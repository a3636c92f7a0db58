using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>Road numbers shown to be roads are places; other letter-and-digit codes are no names.</summary>
public class RoadCodeTests
{
    [Fact]
    public void Codes_shown_as_roads_and_their_family_are_places()
    {
        var a = Run("Drivers should take the M7 southbound to junction 4. From the east, the M9 and the B311 are quicker.");
        Assert.Contains(Exported(a), x => x.Text == "M7" && x.Kind == ActorKind.Location);
        Assert.Contains(Exported(a), x => x.Text == "M9" && x.Kind == ActorKind.Location);
        Assert.DoesNotContain(Exported(a), x => x.Text == "B311");
    }

    [Fact]
    public void A_code_without_a_road_sign_is_no_place()
    {
        var a = Run("The airline flew the A350 to the coast on Monday.");
        Assert.DoesNotContain(Exported(a), x => x.Text == "A350" && x.Kind == ActorKind.Location);
    }
}
