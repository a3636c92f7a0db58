using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>An acronym the article defines from lower-case words is a term, not an organization.</summary>
public class DefinedTermTests
{
    [Fact]
    public void An_acronym_spelling_lower_case_words_is_no_name()
    {
        var a = Run("Engineers measured the average wave height (AWH) along the coast. Readings of AWH rose in May, and the AWH model held.");
        Assert.DoesNotContain(Exported(a), x => x.Text == "AWH");
    }

    [Fact]
    public void An_acronym_of_a_capitalized_name_stays_an_organization()
    {
        var a = Run("The Harwick Rail Union (HRU) called a strike. HRU leaders met on Friday.");
        Assert.Contains(Exported(a), x => x.Text == "HRU" && x.Kind == ActorKind.Organization);
    }
}
