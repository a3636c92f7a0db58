using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// "Carlos Orlando Zelaya Funes": a place word between a given name and more capitalized words is a middle name, and
/// the run one person (Resolve/PlaceLedNames.cs, JoinMiddleNamePlaces).
/// </summary>
public class MiddleNamePlaceTests
{
    [Theory]
    [InlineData("Her rival, Carlos Orlando Zelaya Funes of the National Party, had 38 percent. \"They are stealing the vote,\" Zelaya told supporters.", "Carlos Orlando Zelaya Funes")]
    [InlineData("Opposition leader Juan Orlando Mejia Portillo said on Monday the count was rigged.", "Juan Orlando Mejia Portillo")]
    [InlineData("The court summoned Maria Victoria Arevalo Pinto, a former health minister, to testify.", "Maria Victoria Arevalo Pinto")]
    public void A_place_after_a_given_name_is_a_middle_name(string body, string person)
    {
        var a = Run(body);
        var p = Assert.Single(a.Actors, x => x.Name == person);
        Assert.Equal(ActorKind.Person, p.Kind);
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Organization && person.EndsWith(x.Name));
    }

    [Theory]
    [InlineData("Students at George Washington University protested on Monday.", "George Washington University")]
    public void A_body_head_after_the_place_leaves_the_name_alone(string body, string name)
    {
        var a = Run(body);
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Person && name.StartsWith(x.Name) && x.Name.Contains(' '));
    }
}
