using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A known organization written with its Arabic article in lower case is that organization, article and all.</summary>
public class LowerCaseArticleNameTests
{
    [Theory]
    [InlineData("Officials in Harwick said the bombing bore the hallmarks of al Qaeda, and two suspects were held.", "al Qaeda")]
    [InlineData("Police in Kessel blamed al-Shabaab for the attack on the market on Friday.", "al-Shabaab")]
    public void The_whole_name_is_the_known_organization(string body, string name)
    {
        var a = Run(body);
        Assert.Contains(Exported(a), x => x.Text == name && x.Kind == ActorKind.Organization);
    }
}
