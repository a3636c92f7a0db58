using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Layout;

/// <summary>
/// Page shapes of European, Middle Eastern, African and East Asian outlets' English copy (invented stories): captions
/// closed by a credit, archive-picture captions, closing credits in brackets, "What you need to know:" boxes, state
/// media's source lines, dates in figures, portals' names beside the date, sites' addresses as mastheads, writers "in"
/// a place, region labels in capitals and section paths over the headline, staff bylines naming the house under a
/// standfirst, and scrapers' headers without fences. Furniture is no paragraph but keeps its text in the article.
/// </summary>
public class WorldPageLayoutTests
{
    private const string Headline = "Harbour board raises mooring fees for first time in a decade";
    private const string Body1 = "The harbour board of the invented port town voted on Tuesday to raise mooring fees for the first time in a decade.";
    private const string Body2 = "Fishing crews said they would ask the regional council to review the decision.";
    private const string Body = Body1 + "\n\n" + Body2 + "\n";

    private static ExtractedArticle Extract(string text) => ArticleExtractor.Extract("story.txt", text);

    [Theory]
    [InlineData("Crews tie up boats at the old quay on Tuesday. PHOTO/ADA BRANDT")]
    [InlineData("Trawlers wait at the harbour mouth. PHOTO | FILE")]
    [InlineData("Passengers board a ferry at the quay on Monday. [NEWS1]")]
    public void A_caption_closed_by_its_credit_between_paragraphs_is_no_paragraph(string caption)
    {
        var a = Extract(Headline + "\n\n" + Body1 + "\n\n" + caption + "\n\n" + Body2 + "\n");
        Assert.Equal(2, a.Layout.Paragraphs.Count);
        Assert.Contains(caption, a.Text);
    }

    [Theory]
    [InlineData("Trawlers moored in the old harbour. (AFP)")]
    [InlineData("Boats at the fish market. (Photo: Ada Brandt)")]
    public void A_caption_closed_by_a_credit_in_brackets_over_the_first_paragraph_is_no_paragraph(string caption)
    {
        var a = Extract(Headline + "\n\nBy Ada Brandt\n\n" + caption + "\n\n" + Body);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
        Assert.Equal(Body1, a.Layout.Paragraphs[0].Of(a.Text));
    }

    [Theory]
    [InlineData("The council will meet again in March. (AFP)")]
    [InlineData("A view of the old harbour. (Photo: Riverton Navy)")]
    public void A_line_closing_with_a_credit_in_brackets_in_the_body_stays_a_paragraph(string line)
    {
        var a = Extract(Headline + "\n\n" + Body1 + "\n\n" + line + "\n\n" + Body2 + "\n");
        Assert.Equal(3, a.Layout.Paragraphs.Count);
    }

    [Theory]
    [InlineData("File Image: Fishing boats in the harbour.")]
    [InlineData("File photo: The harbour board's offices.")]
    public void Captions_of_archive_pictures_are_no_paragraphs(string caption)
    {
        var a = Extract(Headline + "\n\n" + caption + "\n\n" + Body);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Theory]
    [InlineData("(Japanese original by Ada Brandt, Political News Department)")]
    [InlineData("(Translated by Ivo Marek)")]
    [InlineData("Short link:")]
    public void Closing_credits_in_brackets_and_short_link_lines_are_no_paragraphs(string closing)
    {
        var a = Extract(Headline + "\n\n" + Body + "\n" + closing + "\n");
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void A_closing_sentence_in_brackets_stays_a_paragraph()
    {
        var a = Extract(Headline + "\n\n" + Body + "\n(The board's decision can be appealed within 30 days.)\n");
        Assert.Equal(3, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void A_what_you_need_to_know_box_is_its_point_without_the_heading()
    {
        var a = Extract(Headline + "\n\nWhat you need to know:\nFees rise by a fifth from January.\n\n" + Body);
        Assert.Equal(3, a.Layout.Paragraphs.Count);
        Assert.Equal("Fees rise by a fifth from January.", a.Layout.Paragraphs[0].Of(a.Text));
    }

    [Fact]
    public void A_source_line_with_a_time_and_an_editor_names_the_outlet()
    {
        var a = Extract(Headline + "\nSource: Harbour Ledger| 2026-12-02 21:14:35|Editor: ivo\n\n" + Body);
        Assert.Equal("Harbour Ledger", a.Outlet);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Theory]
    [InlineData("2026-12-02 HKT 17:45")]
    [InlineData("02.12.2026 \u2022 14:32")]
    public void Date_lines_in_figures_are_no_paragraphs(string dateLine)
    {
        var a = Extract("Harbour Ledger\nLocal\n\n" + Headline + "\n" + dateLine + "\n\n" + Body);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
        Assert.Equal(Headline, a.Title);
    }

    [Fact]
    public void A_portals_name_beside_the_date_under_the_headline_is_the_outlet()
    {
        var a = Extract(Headline + "\nRiverton Online , Tuesday 2 Dec 2026\n\n" + Body);
        Assert.Equal("Riverton Online", a.Outlet);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void A_sites_address_over_the_headline_is_the_outlet_and_a_newsroom_signature_no_paragraph()
    {
        var a = Extract("riverton-ledger.com\n" + Headline + "\nNewsroom\n02.12.2026 \u2022 14:32\n\n" + Body);
        Assert.Equal("riverton-ledger.com", a.Outlet);
        Assert.Equal(Headline, a.Title);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Ada Brandt in Riverton")]
    [InlineData("Ada Brandt and Ivo Marek in Port Ellis")]
    public void Writers_in_a_place_without_by_are_no_paragraph(string writers)
    {
        var a = Extract(Headline + "\n\n" + writers + "\n02 December 2026 18:05\n\n" + Body);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
        Assert.Equal(Body1, a.Layout.Paragraphs[0].Of(a.Text));
    }

    [Fact]
    public void A_region_in_capitals_over_the_headline_and_its_deck_is_the_section()
    {
        var a = Extract("RIVERLAND\n" + Headline + "\nCrews say they will appeal the rise\nPublished: December 02, 2026 14:21\n\n" + Body);
        Assert.Equal(Headline, a.Title);
        Assert.Equal("RIVERLAND", a.Section);
        Assert.Equal(3, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void A_section_path_under_the_outlet_over_the_headline_is_the_section()
    {
        var a = Extract("Riverton Morning Post\nRiverton / Transport and Infrastructure\n" + Headline + "\nCrews say they will appeal\nAda Brandt\n\n" + Body);
        Assert.Equal("Riverton Morning Post", a.Outlet);
        Assert.Equal("Riverton / Transport and Infrastructure", a.Section);
        Assert.Equal(Headline, a.Title);
    }

    [Theory]
    [InlineData("Staff Reporter, Riverton Ledger")]
    [InlineData("By Staff Writer, Riverton Ledger")]
    public void A_staff_byline_under_the_standfirst_names_the_house(string byline)
    {
        var a = Extract(Headline + "\nCrews say they will appeal the rise\nPublished: December 02, 2026 14:21\n" + byline + "\n\n" + Body);
        Assert.Equal("Riverton Ledger", a.Outlet);
        Assert.Equal(3, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void A_staff_byline_naming_an_agency_names_no_outlet()
    {
        var a = Extract(Headline + "\nCrews say they will appeal the rise\nStaff Reporter, Reuters\n\n" + Body);
        Assert.Null(a.Outlet);
    }

    [Fact]
    public void A_scrapers_header_without_fences_gives_title_and_outlet()
    {
        var a = Extract("Title: " + Headline + "\nSource: Riverton Ledger\nPublished: 2026-12-02\nURL: https://riverton.example/fees\n\n" + Body);
        Assert.Equal(Headline, a.Title);
        Assert.Equal("Riverton Ledger", a.Outlet);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
        Assert.StartsWith("Title: ", a.Text);
    }

    [Fact]
    public void Key_lines_without_a_title_open_the_story_as_before()
    {
        var a = Extract("Note: corrected figures\nUpdated: 2026-12-02\n\n" + Body);
        Assert.Null(a.Layout.FrontMatter);
        Assert.Empty(a.Layout.FrontMatterEntries);
    }
}
