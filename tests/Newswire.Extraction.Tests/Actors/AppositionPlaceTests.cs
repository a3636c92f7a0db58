using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A name described as a village, town or municipality, in apposition or by "is a", is a place.</summary>
public class AppositionPlaceTests
{
    [Fact]
    public void A_name_described_as_a_municipality_is_a_place_everywhere()
    {
        var a = Run("Orvik is a small municipality on the coast. Rescue teams reached Orvik by boat, the mayor said.");
        var orvik = Assert.Single(a.Actors, x => x.Name == "Orvik");
        Assert.Equal(ActorKind.Location, orvik.Kind);
        Assert.Equal(2, orvik.Mentions.Count(m => m.Form == MentionForm.Name));
    }

    [Fact]
    public void A_name_in_apposition_to_a_village_is_a_place()
    {
        var a = Run("Floods cut off Brensvik, a fishing village north of the capital, on Sunday. Brensvik has no power.");
        Assert.Equal(ActorKind.Location, Assert.Single(a.Actors, x => x.Name == "Brensvik").Kind);
    }

    [Fact]
    public void A_person_described_by_a_role_of_the_village_stays_a_person()
    {
        var a = Run("Ana Ruiz, a village elder, said the road was cut. Ivo Marek, a city council member, agreed.");
        Assert.Equal(ActorKind.Person, Assert.Single(a.Actors, x => x.Name == "Ana Ruiz").Kind);
        Assert.Equal(ActorKind.Person, Assert.Single(a.Actors, x => x.Name == "Ivo Marek").Kind);
    }
}
