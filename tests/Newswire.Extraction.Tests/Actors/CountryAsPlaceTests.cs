using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// A country named as a place stays the place (CoNLL types it LOC); the subject of a verb acts as a state, an event's
/// agent (exported as the one location actor of that country, see <see cref="CountryIdentityTests"/>).
/// </summary>
public class CountryAsPlaceTests
{
    [Fact]
    public void A_country_in_a_list_or_after_a_preposition_is_the_place()
    {
        var a = Run("Delegates came from Canada, the United Kingdom and Chile. Two of them had flown to the United Kingdom before.");
        var uk = Exported(a).Where(x => x.Text == "United Kingdom").ToArray();
        Assert.NotEmpty(uk);
        Assert.All(uk, x => Assert.Equal(ActorKind.Location, x.Kind));
    }

    [Fact]
    public void A_country_that_is_the_subject_of_a_verb_acts_as_a_state()
    {
        var a = Run("The United Kingdom condemns the attack on the convoy.");
        var condemns = Assert.Single(a.Events, e => e.Root == "11");
        Assert.Equal("United Kingdom", a.Actors[condemns.Agent].Name);
    }
}
