using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>An organization's exact name standing alone elsewhere in the article is a name mention of it.</summary>
public class RepeatedOrganizationNameTests
{
    private static int Count(ExtractedArticle a, string text, ActorKind kind) =>
        Exported(a).Count(x => x.Text == text && x.Kind == kind);

    [Fact]
    public void A_station_code_named_again_is_the_station()
    {
        var a = Run("The talk station 7QX was founded by an electrical company in 1931. Its programmes were later relayed from 7QX in Marlow to the coast.");
        Assert.Equal(2, Count(a, "7QX", ActorKind.Organization));
    }

    [Fact]
    public void A_repeat_inside_a_longer_capitalized_name_is_left_alone()
    {
        const string name = "Kestrel Renewal Alliance";
        var a = Run("The Kestrel Renewal Alliance won in March. The Kestrel Renewal Alliance Youth Wing marched in May.");
        var second = a.Text.LastIndexOf(name);
        Assert.DoesNotContain(a.Actors.SelectMany(x => x.Mentions), m => m.Start == second && m.Length == name.Length);
    }

    [Fact]
    public void Every_repeat_in_a_long_article_is_the_station()
    {
        var text = "The talk station 7QX was founded by an electrical company in 1931.";
        for (var i = 0; i < 40; i++)
        {
            text += " Its programmes were later relayed from 7QX in Marlow" + i + " to the coast.";
        }

        var a = Run(text);
        Assert.Equal(41, Count(a, "7QX", ActorKind.Organization));
    }
}
