using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>Two lone unknown words joined by "and" where a place goes are two places.</summary>
public class PlaceListTests
{
    [Fact]
    public void A_list_after_a_verb_of_motion_and_to_is_two_places()
    {
        var a = Run("Thousands of civilians fled to Tarvo and Benga after fighting near the border, aid agencies said.");
        Assert.Contains(a.Actors, x => x.Name == "Tarvo" && x.Kind == ActorKind.Location);
        Assert.Contains(a.Actors, x => x.Name == "Benga" && x.Kind == ActorKind.Location);
    }

    [Fact]
    public void A_list_after_a_verb_whose_object_is_a_place_is_two_places()
    {
        var a = Run("Soldiers raided Kessa and Morvil on Tuesday, residents said.");
        Assert.Contains(a.Actors, x => x.Name == "Kessa" && x.Kind == ActorKind.Location);
        Assert.Contains(a.Actors, x => x.Name == "Morvil" && x.Kind == ActorKind.Location);
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_list_elsewhere_is_left_to_the_other_rules()
    {
        var a = Run("The minister thanked Kessa and Morvil for their work on the bill, aides said.");
        Assert.DoesNotContain(a.Actors, x => x.Name == "Kessa" && x.Kind == ActorKind.Location);
    }

    [Fact]
    public void A_preposition_inside_a_longer_name_or_a_call_sign_starts_no_list()
    {
        var a = Run("She won the 1990 Harwick Prize in Chemistry or Medicine. The games air on 4KX in Tarvo and FIVEab in Benga.");
        Assert.DoesNotContain(a.Actors, x => x.Name == "Medicine" && x.Kind == ActorKind.Location);
        Assert.DoesNotContain(a.Actors, x => x.Name == "FIVEab" && x.Kind == ActorKind.Location);
    }
}
