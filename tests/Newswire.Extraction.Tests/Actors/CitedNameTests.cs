using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A name cited with a year is an author, not an organization.</summary>
public class CitedNameTests
{
    [Fact]
    public void A_name_cited_with_a_year_is_no_organization()
    {
        var a = Run("Rhyme schemes of this kind were first described by Quarvell (1984), and later in a survey (Quarvell, 1991).");
        Assert.DoesNotContain(Exported(a), x => x.Text == "Quarvell" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_name_the_article_writes_after_the_stays_an_organization()
    {
        var a = Run("He first played for the Harwick Lancers (2012). Later the Harwick Lancers traded him to a rival club.");
        Assert.DoesNotContain(Exported(a), x => x.Text == "Harwick Lancers" && x.Kind == ActorKind.Person);
    }
}
