using System.Linq;
using Newswire.Extraction;
using Xunit;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A name before a lower-case settlement or area noun is that place (Resolve/PlaceHeadNames.cs).</summary>
public class PlaceHeadNameTests
{
    [Theory]
    [InlineData("Jets struck Tarvo Beng village on Monday, residents said.", "Tarvo Beng")]
    [InlineData("Officials in Maroka township said the road was closed.", "Maroka")]
    [InlineData("The attack took place in the Kesh Varan district on Friday.", "Kesh Varan")]
    [InlineData("Troops shelled Olun Dar and Pesk Hali villages overnight.", "Pesk Hali")]
    [InlineData("Troops shelled Olun Dar and Pesk Hali villages overnight.", "Olun Dar")]
    public void A_name_before_a_settlement_noun_is_a_location_spanning_the_name_alone(string sentence, string name)
    {
        var a = Stories.Of("Strike", "YANGON, May 2 (Reuters) - " + sentence);
        var place = Stories.Named(a, name);
        Assert.Equal(ActorKind.Location, place.Kind);
        Assert.DoesNotContain(a.Actors, x => x.Name.EndsWith(" village", System.StringComparison.Ordinal) || x.Name.EndsWith(" district", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_peoples_adjective_before_the_noun_names_no_place()
    {
        var a = Stories.Of("Village", "Aisvo is a village in the English county of Marlowshire, locals say.");
        Assert.DoesNotContain(a.Actors, x => x.Name == "English");
    }

    [Fact]
    public void A_person_with_a_given_name_keeps_its_kind()
    {
        var a = Stories.Of("Visit", "LONDON, May 2 (Reuters) - Minister Anna Kovacs toured the area. Kovacs town hall meetings were held later.");
        Assert.Equal(ActorKind.Person, Stories.Named(a, "Anna Kovacs").Kind);
    }
}
