using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Layout;

/// <summary>
/// A short masthead alone over the headline that the name shape refuses: a channel with a digit, an acronym before a
/// word, a particle inside (invented stories).
/// </summary>
public class ShortMastheadTests
{
    private const string Headline = "Dock workers in the capital walk out over unpaid bonuses";
    private const string Body1 = "The port union said on Monday that its members had stopped work at every berth after three months without pay.";
    private const string Body2 = "The transport ministry said it would meet both sides on Wednesday.";

    private static ExtractedArticle Extract(string text) => ArticleExtractor.Extract("story.txt", text);

    [Theory]
    [InlineData("TV9")]
    [InlineData("K7")]
    [InlineData("31.md")]
    [InlineData("NRT English")]
    [InlineData("Voz de Riverton")]
    public void A_short_masthead_over_the_headline_is_the_outlet(string masthead)
    {
        var a = Extract(masthead + "\n\n" + Headline + "\n\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Equal(masthead, a.Outlet);
        Assert.Equal(Headline, a.Title);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Theory]
    [InlineData("PORT ELLIS")]
    [InlineData("NRT")]
    [InlineData("UPDATE 2")]
    [InlineData("COVID-19")]
    [InlineData("Ada and Ben")]
    public void A_place_a_kicker_or_two_names_over_the_headline_is_no_outlet(string line)
    {
        var a = Extract(line + "\n\n" + Headline + "\n\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Null(a.Outlet);
    }

    [Fact]
    public void A_channel_over_its_headline_in_one_block_is_the_outlet()
    {
        var a = Extract("K7\n" + Headline + "\n\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Equal("K7", a.Outlet);
        Assert.Equal(Headline, a.Title);
    }
}
