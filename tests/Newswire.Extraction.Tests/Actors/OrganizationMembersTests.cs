using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A nameless group or spokesman phrase opened by an organization the article names is that organization.</summary>
public class OrganizationMembersTests
{
    private static ExtractedArticle Story(string body) => ArticleExtractor.Extract("story.txt", "Regional briefing\n\n" + body + "\n");

    [Fact]
    public void A_spokesman_or_official_of_a_named_body_is_a_mention_of_that_body()
    {
        var a = Story("The Harwick Front said it would fight on. Militants attacked a police post in Marlow, a Harwick Front spokesman said. "
                      + "A Marlow Council official declined to comment. The Marlow Council met later.");
        Assert.DoesNotContain(a.Actors, x => x.Name.EndsWith("spokesman") || x.Name.EndsWith("official"));
        var front = Assert.Single(a.Actors, x => x.Name == "Harwick Front");
        Assert.Contains(front.Mentions, m => m.Form == MentionForm.Nominal && a.Text.Substring(m.Start, m.Length).EndsWith("Harwick Front spokesman"));
        var council = Assert.Single(a.Actors, x => x.Name == "Marlow Council");
        Assert.Contains(council.Mentions, m => m.Form == MentionForm.Nominal && a.Text.Substring(m.Start, m.Length).EndsWith("Marlow Council official"));
    }

    [Fact]
    public void A_phrase_whose_organization_the_article_never_names_stays()
    {
        var a = Story("A Marlow Council official declined to comment on the plan.");
        Assert.Contains(a.Actors, x => x.Name == "Marlow Council official");
    }

    [Fact]
    public void A_named_person_is_never_folded_into_an_organization_that_opens_the_name()
    {
        var a = Story("Acme said profits rose. Acme Ndlovu, a farmer, said prices fell.");
        Assert.Contains(a.Actors, x => x.Name == "Acme Ndlovu" && x.Kind == ActorKind.Person);
    }
}
