using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A place or a "person" named with a plural team nickname is the club, and the nickname alone names it too.</summary>
public class TeamNameTests
{
    [Fact]
    public void A_place_and_a_nickname_are_one_club()
    {
        var a = Run("The Harwick Falcons beat the Kessel Bay Herons 21-14 on Sunday, the coach said.");
        Assert.Contains(Exported(a), x => x.Text == "Harwick Falcons" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "Kessel Bay Herons" && x.Kind == ActorKind.Organization);
        Assert.DoesNotContain(Exported(a), x => x.Text == "Kessel" && x.Kind == ActorKind.Location);
    }

    [Fact]
    public void The_nickname_alone_names_the_club()
    {
        var a = Run("Dunmore Owls coach Ana Ruiz spoke after the match. She said the Owls were tired.");
        Assert.Contains(Exported(a), x => x.Text == "Dunmore Owls" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "Owls" && x.Kind == ActorKind.Organization);
        Assert.DoesNotContain(Exported(a), x => x.Text.Contains("Owls") && x.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_place_before_other_capitalized_words_stays_a_place()
    {
        var a = Run("Voters in Harwick Heights went to the polls on Sunday, officials said.");
        Assert.DoesNotContain(Exported(a), x => x.Text.StartsWith("Harwick") && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_club_marker_at_either_end_makes_a_club()
    {
        var a = Run("FC Harwick beat Dunmore 2-1 on Saturday. Kessel Sporting drew with Real Marlo on Sunday.");
        Assert.Contains(Exported(a), x => x.Text == "FC Harwick" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "Kessel Sporting" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "Real Marlo" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_club_of_its_league_is_two_organizations()
    {
        var a = Run("He later played for the Harwick Falcons of the KFL before he retired in 1990.");
        Assert.Contains(Exported(a), x => x.Text == "Harwick Falcons" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "KFL" && x.Kind == ActorKind.Organization);
    }
}
