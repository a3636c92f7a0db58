using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>"Congo" alone is the Democratic Republic unless the article names only the other Congo by its long name.</summary>
public class ShortCountryNamesTests
{
    private static ExtractedArticle Story(string body) => ArticleExtractor.Extract("story.txt", "Regional briefing\n\n" + body + "\n");

    [Fact]
    public void Congo_alone_is_the_democratic_republic()
    {
        var a = Story("Fighting spread in eastern Congo on Sunday, and the Democratic Republic of Congo asked for help.");
        var congo = Assert.Single(a.Actors, x => x.Kind == ActorKind.Location && (x.Country == "COD" || x.Country == "COG"));
        Assert.Equal("COD", congo.Country);
    }

    [Fact]
    public void Congo_after_the_republic_of_congo_is_that_republic()
    {
        var a = Story("The Republic of Congo held a presidential election on Sunday. Ruritania watched, and Congo counted the votes.");
        var congo = Assert.Single(a.Actors, x => x.Kind == ActorKind.Location && (x.Country == "COD" || x.Country == "COG"));
        Assert.Equal("COG", congo.Country);
        Assert.Equal(3, congo.Mentions.Count);
    }

    [Fact]
    public void Congo_before_the_republic_of_congo_is_that_republic_too()
    {
        var a = Story("Congo has been ruled by the same party for decades. The Republic of Congo held a presidential election on Sunday.");
        var congo = Assert.Single(a.Actors, x => x.Kind == ActorKind.Location && (x.Country == "COD" || x.Country == "COG"));
        Assert.Equal("COG", congo.Country);
        Assert.Equal("Republic of the Congo", congo.Name);
    }

    [Fact]
    public void A_body_named_by_the_shared_demonym_is_of_the_republic_when_only_the_republic_is_named()
    {
        var a = Story("The Republic of Congo signed a loan on Monday. The Congolese Workers Alliance, the ruling party, welcomed it in Brazzaville.");
        var party = Assert.Single(a.Actors, x => x.Name == "Congolese Workers Alliance");
        Assert.Equal("COG", party.Country);
    }

    [Fact]
    public void A_body_named_by_the_shared_demonym_stays_with_the_democratic_republic_when_that_is_named()
    {
        var a = Story("The Democratic Republic of Congo signed a loan on Monday. The Congolese Workers Alliance, the ruling party, welcomed it in Kinshasa.");
        var party = Assert.Single(a.Actors, x => x.Name == "Congolese Workers Alliance");
        Assert.Equal("COD", party.Country);
    }
}
