using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A "&lt;name&gt; Center" is a place unless "of"/"for" or a research-like word makes it a body.</summary>
public class CenterNameTests
{
    [Fact]
    public void A_venue_center_is_a_place_and_a_policy_center_a_body()
    {
        var a = Run("The fair was held at the Harwick Convention Center on Sunday. Analysts at the Kessel Policy Center disagreed.");
        Assert.Contains(Exported(a), x => x.Text == "Harwick Convention Center" && x.Kind == ActorKind.Location);
        Assert.Contains(Exported(a), x => x.Text == "Kessel Policy Center" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_center_for_something_stays_a_body()
    {
        var a = Run("Researchers at the Marlo Center for Advanced Study said the results were clear.");
        Assert.Contains(Exported(a), x => x.Text == "Marlo Center for Advanced Study" && x.Kind == ActorKind.Organization);
    }
}
