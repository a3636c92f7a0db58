using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>An acronym a person is "of" is that person's body (Resolve/AffiliationAcronyms.cs).</summary>
public class AffiliationAcronymTests
{
    [Fact]
    public void An_acronym_after_a_person_and_of_is_an_organization()
    {
        var a = Run("The results were announced on Monday. Maria Lopez of KDP was elected in the east.");
        Assert.Contains(Exported(a), x => x.Text == "KDP" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_capitalized_place_after_a_person_and_of_stays_a_place()
    {
        var a = Run("The results were announced on Monday. Lena Marsh of Ottawa was not elected.");
        Assert.Equal(ActorKind.Location, KindOf(a, "Ottawa"));
    }
}
