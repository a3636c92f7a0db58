using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A capital that is also a personal name, standing alone for its government, is the capital.</summary>
public class CapitalPersonsTests
{
    [Theory]
    [InlineData("Lima", "PER")]
    [InlineData("Santiago", "CHL")]
    public void A_capital_named_alone_as_a_subject_is_the_place(string capital, string country)
    {
        var a = Run("LA PAZ, Feb 12 (AFP) - Bolivia expelled a diplomat on Monday. " + capital + " called the decision \"unjustified\" and said it would respond.");
        var actor = Assert.Single(a.Actors, x => x.Name == capital);
        Assert.Equal(ActorKind.Location, actor.Kind);
        Assert.Equal(country, actor.Country);
    }

    [Fact]
    public void A_person_introduced_by_full_name_keeps_the_surname()
    {
        var a = Run("Brazilian striker Joao Lima scored twice on Sunday. Lima said the team had played well.");
        var person = Assert.Single(a.Actors, x => x.Name == "Joao Lima");
        Assert.Equal(ActorKind.Person, person.Kind);
        Assert.DoesNotContain(a.Actors, x => x.Name == "Lima" && x.Kind == ActorKind.Location);
    }

    [Fact]
    public void A_titled_capital_name_stays_a_person()
    {
        var a = Run("Coach Santiago told reporters the team would travel on Monday. Santiago said the players were tired.");
        Assert.Contains(a.Actors, x => x.Name.EndsWith("Santiago") && x.Kind == ActorKind.Person);
    }
}
