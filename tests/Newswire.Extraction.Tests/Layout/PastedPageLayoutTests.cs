using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Layout;

/// <summary>
/// Pages pasted whole (invented stories): links alone on a line, "Issued on:" lines, reading, printing and social
/// buttons, promotion lines, captions credited to an agency's photographer, "ALSO READ |" pointers, boxes of related
/// links, editors' lines, closing end marks and "Source:" lines; and heads laid out so: the outlet, a section and the
/// headline each in a block, the outlet and a section over the headline in its block, a paper's name over the
/// headline in its block, a dated name or a masthead in capitals over it, a byline naming the paper, the date before
/// the writer. Furniture is no paragraph but keeps its text in the article.
/// </summary>
public class PastedPageLayoutTests
{
    private const string Headline = "Harbour board raises mooring fees for first time in a decade";
    private const string Body1 = "The harbour board of the invented port town voted on Tuesday to raise mooring fees for the first time in a decade.";
    private const string Body2 = "Fishing crews said they would ask the regional council to review the decision.";
    private const string Body3 = "The council meets again in May.";
    private const string Body = Body1 + "\n\n" + Body2 + "\n";

    private static ExtractedArticle Extract(string text) => ArticleExtractor.Extract("story.txt", text);

    [Theory]
    [InlineData("https://p.example.com/p/4XyZ1")]
    [InlineData("Listen to this article")]
    [InlineData("Print")]
    [InlineData("Follow us on Google News")]
    [InlineData("Click here to join our WhatsApp channel")]
    [InlineData("Boats at the quay. AFP PHOTO / ADA BRANDT")]
    [InlineData("Boats at the quay. REUTERS/Ada Brandt")]
    [InlineData("ALSO READ | Harbour board to review fees")]
    [InlineData("Related News")]
    [InlineData("Getty Images")]
    public void Page_furniture_between_paragraphs_is_no_paragraph(string furniture)
    {
        var a = Extract(Headline + "\n\n" + Body1 + "\n\n" + furniture + "\n\n" + Body2 + "\n\n" + Body3 + "\n");
        Assert.Equal(3, a.Layout.Paragraphs.Count);
        Assert.Contains(furniture, a.Text);
    }

    [Theory]
    [InlineData("Issued on: 02/12/2026 - 14:20")]
    [InlineData("Editor: Ivo Marek")]
    [InlineData("December 2, 2026 | Ada Brandt")]
    public void Date_editor_and_dated_writer_lines_over_the_body_are_no_paragraphs(string lead)
    {
        var a = Extract(Headline + "\n\n" + lead + "\n\n" + Body);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
        Assert.Equal(Body1, a.Layout.Paragraphs[0].Of(a.Text));
    }

    [Theory]
    [InlineData("(END)")]
    [InlineData("-30-")]
    public void An_end_mark_closing_the_copy_is_no_paragraph(string mark)
    {
        var a = Extract(Headline + "\n\n" + Body + "\n" + mark + "\n");
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void A_closing_source_line_names_the_outlet_and_is_no_paragraph()
    {
        var a = Extract(Headline + "\n\n" + Body + "\nSource: The Riverton Ledger\n");
        Assert.Equal("The Riverton Ledger", a.Outlet);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void A_closing_source_line_naming_an_agency_names_no_outlet()
    {
        var a = Extract(Headline + "\n\n" + Body + "\nSource: Reuters\n");
        Assert.Null(a.Outlet);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void A_related_news_box_inside_the_story_keeps_the_paragraphs_after_it()
    {
        var a = Extract(Headline + "\n\n" + Body1 + "\n\nRelated News\n\n" + Body2 + "\n\n" + Body3 + "\n");
        Assert.Equal(3, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void Outlet_section_and_headline_each_in_a_block_are_read_so()
    {
        var a = Extract("Riverton Ledger\n\nWorld\n\n" + Headline + "\n\n" + Body);
        Assert.Equal("Riverton Ledger", a.Outlet);
        Assert.Equal("World", a.Section);
        Assert.Equal(Headline, a.Title);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void Outlet_and_section_over_the_headline_in_its_block_are_no_headline_and_labels()
    {
        var a = Extract("Riverton Ledger\nWorld\n" + Headline + "\n\nBy Ada Brandt\n\n" + Body);
        Assert.Equal("Riverton Ledger", a.Outlet);
        Assert.Equal("World", a.Section);
        Assert.Equal(Headline, a.Title);
    }

    [Fact]
    public void A_papers_name_over_the_headline_in_its_block_is_the_outlet()
    {
        var a = Extract("Riverton Ledger Online\n" + Headline + "\n\n" + Body);
        Assert.Equal("Riverton Ledger Online", a.Outlet);
        Assert.Equal(Headline, a.Title);
    }

    [Theory]
    [InlineData("Riverton Ledger | 2 December 2026", "Riverton Ledger")]
    [InlineData("THE RIVERTON TIMES", "THE RIVERTON TIMES")]
    public void A_dated_name_or_a_capitals_masthead_over_the_headline_is_the_outlet(string masthead, string outlet)
    {
        var a = Extract(masthead + "\n\n" + Headline + "\n\n" + Body);
        Assert.Equal(outlet, a.Outlet);
        Assert.Equal(Headline, a.Title);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void A_kicker_in_capitals_over_the_headline_is_no_outlet()
    {
        var a = Extract("BREAKING NEWS\n\n" + Headline + "\n\n" + Body);
        Assert.Null(a.Outlet);
    }

    [Theory]
    [InlineData("By Ada Brandt, The Riverton Times", "The Riverton Times")]
    [InlineData("By Ada Brandt, Riverton News", "Riverton News")]
    [InlineData("By Ada Brandt, The Associated Press", null)]
    public void A_byline_naming_a_paper_gives_the_outlet_and_an_agency_none(string byline, string? outlet)
    {
        var a = Extract(Headline + "\n\n" + byline + "\n\n" + Body);
        Assert.Equal(outlet, a.Outlet);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void Bylines_under_a_standfirst_in_one_paragraph_per_line_copy_are_no_paragraphs()
    {
        var a = Extract("WORLD\n" + Headline + "\nThe board says costs have doubled since 2015\nBy Ada Brandt\n2 December 2026\n" + Body1 + "\n" + Body2 + "\n");
        Assert.Equal(3, a.Layout.Paragraphs.Count);
        Assert.Equal(Body1, a.Layout.Paragraphs[1].Of(a.Text));
    }

    [Fact]
    public void Outlet_and_section_on_one_line_over_the_headline_in_its_block_are_split()
    {
        var a = Extract("Riverton Ledger | World\n" + Headline + "\n" + Body1 + "\n" + Body2 + "\n");
        Assert.Equal("Riverton Ledger", a.Outlet);
        Assert.Equal("World", a.Section);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Ada Brandt | Staff Reporter")]
    [InlineData("Ada Brandt, Correspondent, Riverton")]
    [InlineData("From our correspondent in Riverton")]
    [InlineData("Agencies")]
    [InlineData("Riverton Ledger Bureau")]
    [InlineData("Agency | Updated: 2 December 2026 14:20 IST")]
    [InlineData("ABC | Dec 2, 2026, 14.20 IST")]
    [InlineData("Riverton | Updated: December 2, 2026 14:20 IST")]
    public void Writers_posts_desks_and_signed_date_lines_are_no_paragraphs(string lead)
    {
        var a = Extract(Headline + "\n" + lead + "\n" + Body1 + "\n" + Body2 + "\n" + Body3 + "\n");
        Assert.Equal(3, a.Layout.Paragraphs.Count);
        Assert.Equal(Body1, a.Layout.Paragraphs[0].Of(a.Text));
    }

    [Fact]
    public void A_section_and_a_date_line_stay_a_section()
    {
        var a = Extract(Headline + "\nPolitics | 2 December 2026\n\n" + Body);
        Assert.Equal("Politics", a.Section);
    }
}
