using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>"Team" before a place's name is the national side (ActorExtractor.JoinTeamPlaceNames).</summary>
public class TeamPlaceNameTests
{
    [Fact]
    public void Team_before_a_country_is_that_countrys_side()
    {
        var a = Run("Team USA won the relay on Saturday, ahead of Team Kenya and the hosts.");
        Assert.Contains(("Team USA", ActorKind.Organization), Exported(a));
        Assert.Contains(("Team Kenya", ActorKind.Organization), Exported(a));
        Assert.Equal("KEN", a.Actors.Single(x => x.Name == "Team Kenya").Country);
        Assert.DoesNotContain(Exported(a), x => x.Text == "Kenya");
    }

    [Fact]
    public void A_team_word_before_a_common_noun_names_nothing()
    {
        var a = Run("The Team Manager of Kenya spoke to reporters after the relay on Saturday.");
        Assert.Contains(("Kenya", ActorKind.Location), Exported(a));
        Assert.DoesNotContain(Exported(a), x => x.Text.StartsWith("Team"));
    }
}
