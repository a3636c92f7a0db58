using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>Spans that name no actor: a document's lettered or numbered part, two places joined by a hyphen.</summary>
public class DocumentPartsAndPairsTests
{
    [Theory]
    [InlineData("The two countries discussed the revision of Annex C of the 1973 treaty on Monday.", "Annex C")]
    [InlineData("Ministers discussed Annex II of the accord on Monday.", "Annex II")]
    public void A_lettered_or_numbered_document_part_is_no_actor(string body, string part) =>
        Assert.DoesNotContain(Run(body).Actors, a => a.Name == part);

    [Fact]
    public void Two_countries_joined_by_a_hyphen_are_no_place_of_their_own()
    {
        var a = Run("The fishermen issue is a contentious one in India-Sri Lanka relations, officials said.");
        Assert.DoesNotContain(a.Actors, x => x.Name == "India-Sri Lanka");
    }

    [Fact]
    public void A_country_whose_own_name_has_a_hyphen_still_leads_a_name()
    {
        var a = Run("The Guinea-Bissau Football Federation suspended its president on Monday.");
        Assert.Contains(a.Actors, x => x.Name == "Guinea-Bissau Football Federation" && x.Kind == ActorKind.Organization);
    }
}
