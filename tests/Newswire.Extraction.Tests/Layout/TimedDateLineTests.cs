using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Layout;

/// <summary>
/// Session 24: a date line that opens with the clock time ("3:05 pm on 1 December 2025", broadcasters' web copy) is no
/// paragraph, and the writer's bare name over "BBC News, Place" in one block with the page furniture is no outlet.
/// </summary>
public class TimedDateLineTests
{
    private const string Body = "The harbour board voted on Tuesday to raise mooring fees.\n\nFishing crews said they would appeal.\n";

    [Theory]
    [InlineData("3:05 pm on 1 December 2025")]
    [InlineData("15.05 GMT, 1 Dec 2025")]
    [InlineData("10:31 a.m. EST, March 4, 2025")]
    public void A_date_line_opening_with_the_time_is_no_paragraph(string dateLine)
    {
        var a = ArticleExtractor.Extract("story.txt", "Harbour Radio\n\nHarbour board raises mooring fees\n\n" + dateLine + "\n\n" + Body);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void A_time_alone_or_a_figure_opening_a_sentence_stays_a_paragraph()
    {
        var a = ArticleExtractor.Extract("story.txt", "Harbour board raises mooring fees\n\n3.5 million people use the harbour each year.\n\n" + Body);
        Assert.Equal(3, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void The_writers_name_over_an_affiliation_in_one_block_is_no_outlet()
    {
        var a = ArticleExtractor.Extract("story.txt", "Harbour board raises mooring fees\n\n2 hours ago\nShare\nSave\nAda Brandt\nBBC News, Riverton\n\n" + Body);
        Assert.Equal("BBC News", a.Outlet);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }
}
