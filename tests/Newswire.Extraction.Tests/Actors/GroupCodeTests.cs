using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A letter-and-digit code before an armed group's head noun names that group, in every lone mention.</summary>
public class GroupCodeTests
{
    [Fact]
    public void A_code_before_rebels_is_an_organization_everywhere()
    {
        var a = Run("K19 rebels seized two more towns in the east on Monday, residents said. The K19 denied attacking civilians.");
        var group = Assert.Single(a.Actors, x => x.Name == "K19");
        Assert.Equal(ActorKind.Organization, group.Kind);
        // "K19 rebels" is the group's phrase, as "Hamas militants" is; "The K19" its name.
        Assert.Equal(2, group.Mentions.Count);
        Assert.Contains(group.Mentions, m => m.Form == MentionForm.Name);
    }

    [Fact]
    public void A_code_without_a_group_noun_is_no_name()
    {
        var a = Run("The airline flew the A350 to the coast on Monday.");
        Assert.DoesNotContain(a.Actors, x => x.Name == "A350");
    }
}
