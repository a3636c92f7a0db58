using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Layout;

/// <summary>
/// Metadata of web pages and feeds pasted to text (invented stories): widget lines, writers' lines without "By",
/// media names over the lead, kickers, one-block copy, bullet summaries, closing headings. One layout rule each.
/// </summary>
public class WebCopyLayoutTests
{
    private const string Headline = "Harbour board raises mooring fees for first time in a decade";
    private const string Body1 = "The harbour board of the invented port town voted on Tuesday to raise mooring fees for the first time in a decade.";
    private const string Body2 = "\"We held prices as long as we could,\" board chair Ada Brandt told reporters after the meeting.";
    private const string Body3 = "Fishing crews said they would ask the regional council to review the decision.";
    private const string Body = Body1 + "\n\n" + Body2 + "\n\n" + Body3 + "\n";

    private static ExtractedArticle Extract(string text) => ArticleExtractor.Extract("story.txt", text);

    private static string[] Paragraphs(ExtractedArticle a) => a.Layout.Paragraphs.Select(p => p.Of(a.Text)).ToArray();

    [Theory]
    [InlineData("3 hours ago\n\nShare\n\nSave\n\n")]
    [InlineData("Updated 45 minutes ago\n\nshare4\n\n")]
    [InlineData("7 min read\n\n")]
    public void Widget_and_time_lines_over_the_body_are_no_paragraphs(string lead)
    {
        var a = Extract(Headline + "\n\n" + lead + Body);
        Assert.Equal(new[] { Body1, Body2, Body3 }, Paragraphs(a));
        Assert.Equal(Headline, a.Title);
    }

    [Fact]
    public void Share_widgets_a_rule_and_a_contributors_line_closing_the_body_are_no_paragraphs()
    {
        var a = Extract(Headline + "\n\n" + Body + "\nClick here to share on social media\n\n___\n\nAgency writer Ivo Marek in Riverton contributed to this report.\n");
        Assert.Equal(3, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void Editors_initials_alone_closing_agency_copy_are_no_paragraph()
    {
        var a = Extract(Headline + "\n\n" + Body + "\nab/cde/fg\n");
        Assert.Equal(3, a.Layout.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Monday, March 3, 2025 \u2014 8:15 AM EST")]
    [InlineData("Riverton, 3 March 2025 | 08:15")]
    public void Date_lines_with_an_em_dash_or_a_place_are_no_paragraphs(string dateLine)
    {
        var a = Extract(Headline + "\n\n" + dateLine + "\n\n" + Body);
        Assert.Equal(3, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void A_byline_in_lower_case_is_no_paragraph()
    {
        var a = Extract(Headline + "\n\nby Ada Brandt\n\n" + Body);
        Assert.Equal(3, a.Layout.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Riverton Broadcasting, Port Ellis", "Riverton Broadcasting")]
    [InlineData("Northland correspondent, Riverton Radio", "Riverton Radio")]
    public void A_writers_name_over_an_affiliation_gives_the_outlet(string affiliation, string outlet)
    {
        var a = Extract(Headline + "\n\n2 hours ago\n\nShare\n\nIvo Marek\n\n" + affiliation + "\n\n" + Body);
        Assert.Equal(outlet, a.Outlet);
        Assert.Equal(3, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void A_writers_name_over_a_post_and_image_lines_are_no_paragraphs()
    {
        var a = Extract(Headline + "\n\n1 day ago\n\nIvo Marek\n\nNorthland correspondent\n\nImage source, Riverton Photos\n\n"
                        + "Image caption, Fishing crews at the harbour on Tuesday\n\n" + Body);
        Assert.Equal(new[] { Body1, Body2, Body3 }, Paragraphs(a));
    }

    [Fact]
    public void A_writers_agency_affiliation_is_no_outlet()
    {
        var a = Extract(Headline + "\n\nIvo Marek\n\nReuters, Port Ellis\n\n" + Body);
        Assert.Null(a.Outlet);
        Assert.Equal(3, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void A_place_under_a_staff_byline_is_no_paragraph()
    {
        var a = Extract(Headline + "\n\nStaff Reporter\nRiverton\n\n" + Body);
        Assert.Null(a.Outlet);
        Assert.Equal(3, a.Layout.Paragraphs.Count);
    }

    [Theory]
    [InlineData("NewsNorth", "By Staff Reporter")]
    [InlineData("Northland Radio", "Published at : March 4, 2025")]
    [InlineData("Port Ellis News", "March 4, 2025 10:12 GMT")]
    public void A_media_name_over_the_lead_across_a_blank_line_is_the_outlet(string outlet, string lead)
    {
        var a = Extract(Headline + "\n\n" + outlet + "\n\n" + lead + "\n\n" + Body);
        Assert.Equal(outlet, a.Outlet);
        Assert.Equal(3, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void A_label_under_the_headline_gives_way_to_a_media_name_and_is_the_section()
    {
        var a = Extract(Headline + "\nNorthland\n\nBy Ivo Marek\nRiverton Radio\n\nLast updated: 4 March 2025\n\n" + Body);
        Assert.Equal("Riverton Radio", a.Outlet);
        Assert.Equal("Northland", a.Section);
        Assert.Equal(3, a.Layout.Paragraphs.Count);
    }

    [Theory]
    [InlineData("EXCLUSIVE")]
    [InlineData("Breaking")]
    public void A_kicker_under_the_outlet_is_no_section(string kicker)
    {
        var a = Extract("Riverton Courier\n" + kicker + "\n\n" + Headline + "\n\n" + Body);
        Assert.Equal("Riverton Courier", a.Outlet);
        Assert.Null(a.Section);
        Assert.Equal(Headline, a.Title);
    }

    [Theory]
    [InlineData("Opinion")]
    [InlineData("News")]
    public void A_kicker_that_names_a_section_under_the_outlet_stays_the_section(string label)
    {
        var a = Extract("Riverton Courier\n" + label + "\n\n" + Headline + "\n\n" + Body);
        Assert.Equal(label, a.Section);
    }

    [Fact]
    public void A_media_name_and_a_label_on_one_line_are_outlet_and_section()
    {
        var a = Extract("Riverton Independent \u2014 Harbour Dispute Latest\n\n" + Headline + "\n\n" + Body);
        Assert.Equal("Riverton Independent", a.Outlet);
        Assert.Equal("Harbour Dispute Latest", a.Section);
        Assert.Equal(Headline, a.Title);
    }

    [Fact]
    public void One_block_copy_opens_with_the_outlet_a_section_and_the_headline()
    {
        var a = Extract("The Riverton Times\nNorthland\n" + Headline + "\nIvo Marek, Senior Correspondent\nUpdated Mar 04, 2025, 05:50 PM\n"
                        + Body1 + "\n" + Body2 + "\n" + Body3 + "\n");
        Assert.Equal("The Riverton Times", a.Outlet);
        Assert.Equal("Northland", a.Section);
        Assert.Equal(Headline, a.Title);
        Assert.Equal(new[] { Body1, Body2, Body3 }, Paragraphs(a));
    }

    [Fact]
    public void A_bullet_summary_is_a_paragraph_a_bullet()
    {
        var a = Extract(Headline + "\n\n\u2022 Fees rise by a fifth\n\u2022 Crews to appeal\n\n" + Body);
        Assert.Equal(5, a.Layout.Paragraphs.Count);
        Assert.Equal("\u2022 Crews to appeal", Paragraphs(a)[1]);
    }

    [Fact]
    public void A_closing_heading_and_the_links_under_it_are_no_paragraphs()
    {
        var a = Extract(Headline + "\n\n" + Body + "\nRelated Topics\n\nRiverton\n\nNorthland\n");
        Assert.Equal(new[] { Body1, Body2, Body3 }, Paragraphs(a));
    }

    [Fact]
    public void A_photo_credit_between_paragraphs_is_no_paragraph()
    {
        var a = Extract(Headline + "\n\n" + Body1 + "\n\n" + Body2 + "\n\nPhoto: Riverton Council / Telegram\n\n" + Body3 + "\n");
        Assert.Equal(new[] { Body1, Body2, Body3 }, Paragraphs(a));
    }
}
