using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A news outlet cited as a source ("told the X", "quoted by the X", "the X reported") is an organization.</summary>
public class OutletFrameTests
{
    [Fact]
    public void An_outlet_a_source_told_is_an_organization_without_a_media_head()
    {
        var a = Run("The union's leader told the Daily Maverick the strike would go on. A spokesman was quoted by the Nation as saying the port was calm.");
        Assert.Contains(Exported(a), x => x.Text == "Daily Maverick" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "Nation" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void An_outlet_that_reported_is_an_organization()
    {
        var a = Run("Two ships were diverted on Monday, the Sunday Clarion reported. In an interview with the Dawn, the chairman blamed the government.");
        Assert.Contains(Exported(a), x => x.Text == "Sunday Clarion" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "Dawn" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void Persons_and_groups_in_the_frames_are_no_outlets()
    {
        var a = Run("The minister told Ana Ruiz that talks would resume. The envoy told the Palestinians the border would open.");
        Assert.Contains(Exported(a), x => x.Text == "Ana Ruiz" && x.Kind == ActorKind.Person);
        Assert.DoesNotContain(Exported(a), x => x.Text == "Palestinians" && x.Kind == ActorKind.Organization);
    }
}
