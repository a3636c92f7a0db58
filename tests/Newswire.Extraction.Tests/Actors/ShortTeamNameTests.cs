using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A club named again by the plural last word of its name is a name mention of it.</summary>
public class ShortTeamNameTests
{
    [Fact]
    public void The_plural_last_word_alone_names_the_club_again()
    {
        var a = Run("He signed with the Dunmore Kestrels in May. Two years later the Kestrels sold him to a rival.");
        Assert.Contains(Exported(a), x => x.Text == "Kestrels" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_plural_word_opening_a_sentence_or_after_a_preposition_is_left_alone()
    {
        var a = Run("He studied at the Dunmore School of Kestrels. Kestrels nest in towers, and he wrote about Kestrels in May.");
        Assert.DoesNotContain(Exported(a), x => x.Text == "Kestrels" && x.Kind == ActorKind.Organization);
    }
}
