using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>Words whose initials a bracketed acronym right after them spells name an organization.</summary>
public class SpelledOrganizationTests
{
    [Fact]
    public void Words_spelled_by_the_acronym_are_an_organization_and_the_acronym_names_it()
    {
        var a = Run("The deputies of Partito 9 Marzo (P9M) voted against the plan. Later the P9M leader resigned.");
        Assert.Contains(Exported(a), x => x.Text == "Partito 9 Marzo" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "P9M" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void Small_words_between_the_initials_are_skipped()
    {
        var a = Run("He founded Tenants Against Rent Hikes (TARH) in 1998 with two neighbours.");
        Assert.Contains(Exported(a), x => x.Text == "Tenants Against Rent Hikes" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_term_spelled_by_its_initials_is_no_organization()
    {
        var a = Run("Pilots landed by Radar Guided Approach (RGA) in the fog.");
        Assert.DoesNotContain(Exported(a), x => x.Text == "Radar Guided Approach" && x.Kind == ActorKind.Organization);
    }
}
