using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A signature run together on one line is a person with a job title and an organization.</summary>
public class SignatureNameTests
{
    [Theory]
    [InlineData("Please send the revised contract by Friday. Thanks, Maria L. Kessel Project Manager Harwick Energy Corporation (HEC) 1200 North Creek Parkway, Bothell.", "Maria L. Kessel", "Harwick Energy Corporation")]
    [InlineData("I will call them tomorrow. Regards, Tomas Brelik Senior Analyst Marlow Capital Partners Inc. - Houston, TX (713) 555-0100", "Tomas Brelik", "Marlow Capital Partners Inc.")]
    public void The_person_and_the_organization_are_read_apart(string body, string person, string organization)
    {
        var a = Run(body);
        Assert.Contains(Exported(a), x => x.Text == person && x.Kind == ActorKind.Person);
        Assert.Contains(Exported(a), x => x.Text == organization && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_titled_person_of_a_news_story_is_unchanged()
    {
        var a = Run("Harwick Energy Corporation Chief Executive Tomas Brelik said on Monday the company would cut 400 jobs.");
        Assert.Contains(Exported(a), x => x.Text == "Tomas Brelik" && x.Kind == ActorKind.Person);
        Assert.Contains(Exported(a), x => x.Text == "Harwick Energy Corporation" && x.Kind == ActorKind.Organization);
    }
}
