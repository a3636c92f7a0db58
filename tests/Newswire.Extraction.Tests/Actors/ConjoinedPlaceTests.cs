using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A lone word read as a person and joined by "and"/"or" to a place is a place.</summary>
public class ConjoinedPlaceTests
{
    [Fact]
    public void A_lone_word_joined_to_a_place_is_a_place_everywhere()
    {
        var a = Run("Heavy rain flooded roads near Tamsu on Sunday. Residents of Tamsu and Orvik were moved to Belgrade. "
                    + "Rescue teams reached Orvik by boat, the mayor said.");
        var orvik = Assert.Single(a.Actors, x => x.Name == "Orvik");
        Assert.Equal(ActorKind.Location, orvik.Kind);
        Assert.Equal(2, orvik.Mentions.Count(m => m.Form == MentionForm.Name));
    }

    [Fact]
    public void A_person_introduced_by_full_name_stays_a_person()
    {
        var a = Run("Ivo Marek toured Tamsu on Monday. Officials from Belgrade and Marek later met the residents.");
        Assert.Equal(ActorKind.Person, Assert.Single(a.Actors, x => x.Name == "Ivo Marek").Kind);
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Location && x.Name == "Marek");
    }
}
