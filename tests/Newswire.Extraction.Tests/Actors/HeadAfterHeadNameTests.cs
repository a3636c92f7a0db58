using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// Bodies whose head is two words or follows a rank word: "Task Force for the Vexmoor Sea" (Propose/ChunkRules.cs
/// OrgOfAt, Resolve/ForThePlaceNames.cs) and "the General Court Martial" (Propose/ChunkTitles.cs).
/// </summary>
public class HeadAfterHeadNameTests
{
    [Fact]
    public void A_task_force_for_a_sea_is_one_organization()
    {
        var a = Run("The Freedonian Joint Task Force for the Vexmoor Sea said on Monday that two patrol boats had left port.");
        var body = a.Actors.Single(x => x.Name.Contains("Task Force"));
        Assert.Equal(ActorKind.Organization, body.Kind);
        Assert.EndsWith("Vexmoor Sea", body.Name);
        Assert.DoesNotContain(a.Actors, x => x.Name == "Vexmoor Sea" && x.Kind == ActorKind.Organization);
    }

    [Theory]
    [InlineData("The officer was charged before the General Court Martial in Harwick on Tuesday.", "Court Martial")]
    [InlineData("The captain faces a Field General Court Martial at Harwick next week.", "Court Martial")]
    public void A_rank_before_a_court_is_no_person(string body, string court)
    {
        var a = Run(body);
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Person && x.Name.Contains(court));
        Assert.Contains(a.Actors, x => x.Kind == ActorKind.Organization && x.Name.EndsWith(court, System.StringComparison.Ordinal));
    }
}
