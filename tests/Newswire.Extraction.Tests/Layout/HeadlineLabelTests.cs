using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Layout;

/// <summary>
/// Outlet and section lines under the headline, an outlet and a section on one line, and front matter that names
/// the headline so the body opens with a paragraph (invented stories).
/// </summary>
public class HeadlineLabelTests
{
    private const string Body1 = "HARBOUR CITY - The port board voted on Tuesday to raise mooring fees for the first time in a decade.";
    private const string Body2 = "Fishing crews said they would ask the regional council to review the decision.";

    private static ExtractedArticle Extract(string text) => ArticleExtractor.Extract("story.txt", text);

    [Fact]
    public void Outlet_and_section_lines_under_the_headline_are_read()
    {
        var a = Extract("Harbour fees rise\nThe Daily Ledger\nPolitics\n\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Equal("Harbour fees rise", a.Title);
        Assert.Equal("The Daily Ledger", a.Outlet);
        Assert.Equal("Politics", a.Section);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void A_lone_label_under_the_headline_is_the_outlet_unless_it_names_a_section()
    {
        var outlet = Extract("Harbour fees rise\nThe Daily Ledger\n\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Equal("The Daily Ledger", outlet.Outlet);
        Assert.Null(outlet.Section);
        Assert.Equal(2, outlet.Layout.Paragraphs.Count);

        var section = Extract("Harbour fees rise\nWorld News\n\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Null(section.Outlet);
        Assert.Equal("World News", section.Section);
    }

    [Fact]
    public void A_byline_under_the_headline_is_no_outlet()
    {
        var a = Extract("Harbour fees rise\nBy Ada Brandt\n\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Null(a.Outlet);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Harbour fees rise\nThe Daily Ledger | Politics\n\n")]
    [InlineData("The Daily Ledger | Politics\n\nHarbour fees rise\n\n")]
    public void An_outlet_and_a_section_on_one_line_are_split(string head)
    {
        var a = Extract(head + Body1 + "\n\n" + Body2 + "\n");
        Assert.Equal("The Daily Ledger", a.Outlet);
        Assert.Equal("Politics", a.Section);
        Assert.Equal("Harbour fees rise", a.Title);
    }

    [Fact]
    public void A_section_path_stays_one_section()
    {
        var a = Extract("Harbour fees rise\nWorld | Africa\n\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Null(a.Outlet);
        Assert.Equal("World | Africa", a.Section);
    }

    [Fact]
    public void With_a_front_matter_title_a_first_line_ending_a_sentence_is_a_paragraph()
    {
        var a = Extract("---\ntitle: Harbour fees rise\noutlet: The Daily Ledger\n---\n\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Equal("Harbour fees rise", a.Title);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
        Assert.StartsWith("HARBOUR CITY", a.Layout.Paragraphs[0].Of(a.Text));
    }

    [Fact]
    public void With_a_front_matter_title_a_headline_line_is_still_the_headline()
    {
        var a = Extract("---\ntitle: Harbour fees rise\n---\n\nHarbour fees rise in Harbour City\n\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Equal("Harbour fees rise", a.Title);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void Headline_category_and_byline_keys_are_synonyms()
    {
        var a = Extract("---\nheadline: Harbour fees rise\ncategory: Business\nbyline: Ada Brandt\n---\n\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Equal("Harbour fees rise", a.Title);
        Assert.Equal("Business", a.Section);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
        Assert.DoesNotContain(a.Diagnostics, d => d.Id == "NEWS004");
    }

    [Theory]
    [InlineData("Harbour fees rise\nThe Daily Ledger \u2014 Politics\n\n")]
    [InlineData("Harbour fees rise\nThe Daily Ledger \u00B7 Politics \u00B7 4 March 2025\n\n")]
    [InlineData("Harbour fees rise\nThe Daily Ledger / Politics\n\n")]
    [InlineData("Harbour fees rise\nThe Daily Ledger\nPolitics | March 4, 2025\n\n")]
    [InlineData("Harbour fees rise\nThe Daily Ledger | Politics | 12/02/2025\n\n")]
    [InlineData("Harbour fees rise\nThe Daily Ledger | Politics | 4.3.2025\n\n")]
    public void Other_part_separators_and_a_date_part_split_the_same(string head)
    {
        var a = Extract(head + Body1 + "\n\n" + Body2 + "\n");
        Assert.Equal("The Daily Ledger", a.Outlet);
        Assert.Equal("Politics", a.Section);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Harbour fees rise\n\nThe Daily Ledger\nPolitics\n\n", "Politics")]
    [InlineData("Harbour fees rise\nThe Daily Ledger\nPolitics\nBy Ada Brandt\n\n", "Politics")]
    [InlineData("Harbour fees rise\nThe Daily Ledger\nMarch 4, 2025\n\n", null)]
    [InlineData("POLITICS\nHarbour fees rise\nThe Daily Ledger\n\n", "POLITICS")]
    public void An_outlet_line_is_known_by_the_section_byline_or_date_line_under_it(string head, string? section)
    {
        var a = Extract(head + Body1 + "\n\n" + Body2 + "\n");
        Assert.Equal("Harbour fees rise", a.Title);
        Assert.Equal("The Daily Ledger", a.Outlet);
        Assert.Equal(section, a.Section);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void A_deck_line_over_the_first_paragraph_stays_a_paragraph()
    {
        var a = Extract("Harbour fees rise\n\nFishing Crews Cry Foul\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Null(a.Outlet);
    }

    [Fact]
    public void Publication_publisher_and_desk_keys_are_synonyms()
    {
        var a = Extract("---\ntitle: Harbour fees rise\npublication: The Daily Ledger\ndesk: Business\n---\n\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Equal("The Daily Ledger", a.Outlet);
        Assert.Equal("Business", a.Section);
        Assert.DoesNotContain(a.Diagnostics, d => d.Id == "NEWS004");
        Assert.Equal("The Daily Ledger", Extract("---\ntitle: Harbour fees rise\npublisher: The Daily Ledger\n---\n\n" + Body1 + "\n").Outlet);
    }

    [Theory]
    [InlineData("Horn Review\nEast Africa\nBy Amina Farah\n\n", "Horn Review")]
    [InlineData("CARIBBEAN POST\nAmericas\nUpdated 6:40 pm\n\n", "CARIBBEAN POST")]
    [InlineData("Port Ledger Online\nLocal News\nBy Kevon Grant\nPublished: March 9, 2026\n\n", "Port Ledger Online")]
    public void Outlet_section_and_byline_lines_over_the_headline_are_read(string labels, string outlet)
    {
        var a = Extract(labels + "Harbour fees rise for the first time in ten years\n\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Equal("Harbour fees rise for the first time in ten years", a.Title);
        Assert.Equal(outlet, a.Outlet);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }
}
