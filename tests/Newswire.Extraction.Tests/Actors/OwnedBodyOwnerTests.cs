using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// Resolve/OwnedBodyNames.cs: "Kenya's Finance Ministry" is the ministry, and Kenya stays an actor of its own. When the
/// headline and the lede both name the body through its owner and the owner is named nowhere else, the owner is still
/// kept (each phrase used to count the other's owner as a mention elsewhere, and both were then dropped).
/// </summary>
public class OwnedBodyOwnerTests
{
    [Theory]
    [InlineData("Kenya's Finance Ministry issues bond", "Kenya's Finance Ministry on Thursday issued the bond.", "Kenya", "KEN")]
    [InlineData("Tonga's Legislative Assembly votes down motion", "Tonga's Legislative Assembly on Thursday voted against the motion.", "Tonga", "TON")]
    public void An_owner_named_only_before_its_body_in_headline_and_lede_stays(string headline, string lede, string owner, string country)
    {
        var a = ArticleExtractor.Extract("story.txt", headline + "\n\n" + lede + "\n");
        var place = Assert.Single(a.Actors, x => x.Name == owner);
        Assert.Equal(ActorKind.Location, place.Kind);
        Assert.Equal(country, place.Country);
        Assert.Contains(a.Actors, x => x.Kind == ActorKind.Organization && x.Country == country);
    }
}
