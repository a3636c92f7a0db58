using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Layout;

/// <summary>
/// Heads of pages copied whole (invented stories): outlet and section labels over the headline inside its own block,
/// a section over the headline with the outlet's line under it, broadcasters' names holding a section word, call
/// signs. One layout rule each (LayoutCheck2's shapes).
/// </summary>
public class WholePageHeadTests
{
    private const string Headline = "Harbour board raises mooring fees for first time in a decade";
    private const string Body1 = "The harbour board of the invented port town voted on Tuesday to raise mooring fees for the first time in a decade.";
    private const string Body2 = "Fishing crews said they would ask the regional council to review the decision.";
    private const string Body = Body1 + "\n\n" + Body2 + "\n";

    private static ExtractedArticle Extract(string text) => ArticleExtractor.Extract("story.txt", text);

    [Theory]
    [InlineData("Riverpost\nProvinces\n", "Riverpost", "Provinces")]
    [InlineData("Harbour Ledger\nRegion > General\n", "Harbour Ledger", "Region > General")]
    [InlineData("Folha do Porto\nPoder\n", "Folha do Porto", "Poder")]
    public void Outlet_and_section_lines_over_the_headline_in_its_block_are_read(string labels, string outlet, string section)
    {
        var a = Extract(labels + Headline + "\nBy Ada Brandt\nPublished March 4, 2025\n\n" + Body);
        Assert.Equal(Headline, a.Title);
        Assert.Equal(outlet, a.Outlet);
        Assert.Equal(section, a.Section);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void One_block_copy_under_an_unknown_outlet_and_its_section_keeps_its_headline()
    {
        var a = Extract("Riverpost\nProvinces\n" + Headline + "\nAda Brandt | Published March 4, 2025 | Updated about 2 hours ago\n" + Body1 + "\n" + Body2 + "\n");
        Assert.Equal(Headline, a.Title);
        Assert.Equal("Riverpost", a.Outlet);
        Assert.Equal("Provinces", a.Section);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void A_region_label_over_the_headline_with_the_paper_under_it_is_the_section()
    {
        var a = Extract("Northern Province\n" + Headline + "\nThe Riverton Courier\nRIVERTON, March 04, 2025 09:41 pm | Updated 10:12 pm\nA. Brandtsen\n\n" + Body);
        Assert.Equal(Headline, a.Title);
        Assert.Equal("The Riverton Courier", a.Outlet);
        Assert.Equal("Northern Province", a.Section);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void A_section_over_the_headline_then_a_name_over_a_labelled_byline_gives_the_outlet()
    {
        var a = Extract("Política\n" + Headline + "\nEl Faro\nPor: Redacción Política\n2 de marzo de 2025, 10:15 a. m.\n\n" + Body);
        Assert.Equal("El Faro", a.Outlet);
        Assert.Equal("Política", a.Section);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Theory]
    [InlineData("RTN News")]
    [InlineData("RivExpress International")]
    public void A_broadcaster_or_outlet_holding_a_section_word_over_the_headline_is_the_outlet(string name)
    {
        var a = Extract(name + "\n" + Headline + "\nBy political reporter Ada Brandt\nPosted Tue 4 Mar 2025 at 4:15pm\n\n" + Body);
        Assert.Equal(Headline, a.Title);
        Assert.Equal(name, a.Outlet);
        Assert.Null(a.Section);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void A_desk_signature_holding_a_section_word_is_no_section()
    {
        var a = Extract("The Harbour Star\n" + Headline + "\nHarbour Business Report\nTue Mar 4, 2025 08:30 PM\n\n" + Body);
        Assert.Equal("The Harbour Star", a.Outlet);
        Assert.Null(a.Section);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void A_call_sign_over_the_headline_is_the_outlet()
    {
        var a = Extract("KRVT\n" + Headline + "\nPosted: Mar 4, 2025 / 04:58 PM EST\nby: Ada Brandt\n\nSHARE\n\n" + Body);
        Assert.Equal(Headline, a.Title);
        Assert.Equal("KRVT", a.Outlet);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void A_short_headline_over_its_deck_is_not_read_as_a_label()
    {
        var a = Extract("Floods Hit Riverton\nThousands leave their homes as the river bursts its banks\nBy Ada Brandt\n\n" + Body);
        Assert.Equal("Floods Hit Riverton", a.Title);
        Assert.Null(a.Outlet);
    }
}
