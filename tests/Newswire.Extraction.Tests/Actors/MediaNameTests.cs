using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A name ending in a media head word is an organization, named without a capitalized "The".</summary>
public class MediaNameTests
{
    [Fact]
    public void A_paper_after_The_is_an_organization_named_without_the_article()
    {
        var a = Run("The mayor spoke to The Harwick Gazette on Monday. Stan remarked to The Kessel Times, \"We will keep it.\"");
        Assert.Contains(Exported(a), x => x.Text == "Harwick Gazette" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "Kessel Times" && x.Kind == ActorKind.Organization);
        Assert.DoesNotContain(Exported(a), x => x.Text.StartsWith("The Harwick") && x.Kind != ActorKind.Organization);
    }

    [Fact]
    public void A_surname_spelled_like_a_media_head_stays_a_person()
    {
        var a = Run("The column was written by Dana Mirror and edited by Marlo Quist on Friday.");
        Assert.Contains(Exported(a), x => x.Text == "Dana Mirror" && x.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_place_read_apart_from_the_media_head_after_it_is_the_paper()
    {
        var a = Run("The minister resigned on Monday. According to the New Zealand Herald, the plan failed, and the Sydney Morning Herald agreed.");
        Assert.Contains(Exported(a), x => x.Text == "New Zealand Herald" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "Sydney Morning Herald" && x.Kind == ActorKind.Organization);
        Assert.DoesNotContain(Exported(a), x => x.Text == "Herald");
    }

    [Fact]
    public void A_head_that_goes_on_into_another_name_is_left_alone()
    {
        var a = Run("The minister resigned on Monday. He spoke in New Zealand Herald Square later.");
        Assert.DoesNotContain(Exported(a), x => x.Text == "New Zealand Herald");
    }
}
