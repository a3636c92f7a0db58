using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>Resolve/BuildingOfNames.cs: a building's name goes on over its "of" complement.</summary>
public class BuildingNameTests
{
    [Fact]
    public void ExtendBuildingOfNames_a_hall_keeps_its_of_complement()
    {
        var a = Run("The two leaders held talks at the Great Hall of the People on Thursday.");
        Assert.Contains(Exported(a), x => x.Text == "Great Hall of the People" && x.Kind == ActorKind.Location);
        Assert.DoesNotContain(Exported(a), x => x.Text == "Great Hall");
    }

    [Fact]
    public void ExtendBuildingOfNames_leaves_a_hall_of_fame_to_the_organization_rule()
    {
        var a = Run("He was inducted into the Harwick Football Hall of Fame in 2001.");
        Assert.Contains(Exported(a), x => x.Text == "Harwick Football Hall of Fame" && x.Kind == ActorKind.Organization);
    }
}
