using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A body's name run on over "for the" into a name that opens with a known place is two organizations.</summary>
public class ForThePlaceNameTests
{
    [Fact]
    public void A_league_and_the_club_after_for_the_are_two_organizations()
    {
        var a = Run("Tarvell played 13 seasons in the Vexland Hockey League for the St. Louis Quillers and the Marlo Wings.");
        Assert.Contains(Exported(a), x => x.Text == "Vexland Hockey League" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "St. Louis Quillers" && x.Kind == ActorKind.Organization);
        Assert.DoesNotContain(Exported(a), x => x.Text.Contains("League for the"));
    }

    [Fact]
    public void A_complement_that_opens_with_no_place_stays_in_the_name()
    {
        var a = Run("She joined the Harwick Centre for the Study of Coastal Towns in 2019.");
        Assert.Contains(Exported(a), x => x.Text.StartsWith("Harwick Centre for the Study") && x.Kind == ActorKind.Organization);
        Assert.DoesNotContain(Exported(a), x => x.Text == "Harwick Centre");
    }
}
