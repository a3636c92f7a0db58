using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>Link/CutSurnames.cs: a later mention cut before a surname that is also a people's name.</summary>
public class CutSurnameTests
{
    [Fact]
    public void JoinCutSurnames_a_later_mention_keeps_a_surname_that_is_a_peoples_name()
    {
        var a = Run("Spokeswoman Mumtaz Zahra Baloch told a weekly briefing that talks would go on. "
                    + "Later Mumtaz Zahra Baloch said the Afghan government must act.");
        Assert.Equal(2, Exported(a).Count(x => x.Text == "Mumtaz Zahra Baloch" && x.Kind == ActorKind.Person));
        Assert.DoesNotContain(Exported(a), x => x.Text == "Mumtaz Zahra");
        Assert.DoesNotContain(Assert.Single(a.Actors, x => x.Kind == ActorKind.Person).Aliases, x => x == "Mumtaz Zahra");
    }
}
