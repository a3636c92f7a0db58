using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>The words around a name say whether it names a company or a place (invented names only).</summary>
public class ContextTypeTests
{
    [Theory]
    [InlineData("Shares of Tavenor rose 4% in early trading on Monday.", "Tavenor")]
    [InlineData("Tavenor's chief executive resigned on Monday after the vote.", "Tavenor")]
    [InlineData("The chairman of Tavenor resigned on Monday after the vote.", "Tavenor")]
    [InlineData("A spokeswoman for Tavenor declined to comment on the report.", "Tavenor")]
    [InlineData("Analysts at Tavenor expected the central bank to cut rates.", "Tavenor")]
    public void A_company_frame_makes_the_name_an_organization(string body, string name)
    {
        Assert.Equal(ActorKind.Organization, KindOf(Run(body), name));
    }

    [Fact]
    public void A_name_listed_after_a_framed_one_shares_its_frame()
    {
        var a = Run("Economists at Tavenor and Quillbeck expected a cut in March.");
        Assert.Equal(ActorKind.Organization, KindOf(a, "Tavenor"));
        Assert.Equal(ActorKind.Organization, KindOf(a, "Quillbeck"));
    }

    [Fact]
    public void A_person_with_a_given_name_stays_a_person()
    {
        var a = Run("A spokesman for Maria Tavenor said the talks would go on.");
        Assert.Equal(ActorKind.Person, KindOf(a, "Maria Tavenor"));
    }

    [Fact]
    public void A_place_verb_before_in_makes_the_name_a_place()
    {
        var a = Run("The lender is based in Quillbeck and employs 400 people.");
        Assert.Equal(ActorKind.Location, KindOf(a, "Quillbeck"));
    }

    [Fact]
    public void An_apposition_naming_a_maker_makes_an_organization()
    {
        var a = Run("Output at Tavenor, the state-owned miner, fell in March.");
        Assert.Equal(ActorKind.Organization, KindOf(a, "Tavenor"));
    }
}
