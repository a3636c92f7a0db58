using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Layout;

/// <summary>
/// Page furniture of South and Southeast Asian, Australian and Latin American pages (invented stories): labelled and
/// posted bylines, bylines with dates, Spanish and Portuguese date lines, writers' lines, summary boxes, tag lines,
/// closing date lines and notices. None is a paragraph; each keeps its text in the article.
/// </summary>
public class PageFurnitureLineTests
{
    private const string Headline = "Harbour board raises mooring fees for first time in a decade";
    private const string Body1 = "The harbour board of the invented port town voted on Tuesday to raise mooring fees for the first time in a decade.";
    private const string Body2 = "Fishing crews said they would ask the regional council to review the decision.";
    private const string Body = Body1 + "\n\n" + Body2 + "\n";

    private static ExtractedArticle Extract(string text) => ArticleExtractor.Extract("story.txt", text);

    [Theory]
    [InlineData("By: Ada Brandt - Reporter / @abrandt")]
    [InlineData("WRITER: Ada Brandt")]
    [InlineData("Author: Ada Brandt")]
    [InlineData("Written by Ada Brandt")]
    [InlineData("Por: Redacción Nacionales")]
    [InlineData("By chief political correspondent Ada Brandt")]
    [InlineData("By Ada Brandt   March 4, 2025 | 05:40 pm GMT+7")]
    [InlineData("Harbour Desk Report")]
    public void Bylines_with_labels_posts_or_dates_are_no_paragraphs(string byline)
    {
        var a = Extract(Headline + "\n\n" + byline + "\n\n" + Body);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
        Assert.Contains(byline, a.Text);
    }

    [Theory]
    [InlineData("2 de marzo de 2025, 10:15 a. m.")]
    [InlineData("4.mar.2025 às 18h40")]
    [InlineData("Atualizado: 4.mar.2025 às 19h05")]
    [InlineData("Last update on: Tue Mar 4, 2025 09:02 PM")]
    [InlineData("Last modified: March 4, 2025")]
    [InlineData("RIVERTON, March 04, 2025 09:41 pm | Updated 10:12 pm")]
    [InlineData("Riverton \u25CF Tue, March 4, 2025")]
    [InlineData("Ada Brandt | Published March 4, 2025 | Updated about 2 hours ago")]
    public void Date_lines_of_many_pages_are_no_paragraphs(string dateLine)
    {
        var a = Extract(Headline + "\n\n" + dateLine + "\n\n" + Body);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void A_writer_with_the_house_in_brackets_names_the_outlet()
    {
        var a = Extract(Headline + "\n\nAda Brandt (The Harbour Ledger)\nRiverton, March 4, 2025\n\n" + Body);
        Assert.Equal("The Harbour Ledger", a.Outlet);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void A_writer_over_a_place_and_a_date_is_no_paragraph()
    {
        var a = Extract(Headline + "\n\nAda Brandt\nRiverton\n4.mar.2025 às 18h40\n\n" + Body);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void A_summary_box_is_a_paragraph_a_point_without_its_heading()
    {
        var a = Extract(Headline + "\n\nKey points:\nFees rise by a fifth\nCrews will appeal\nThe council meets in May\n\n" + Body);
        Assert.Equal(5, a.Layout.Paragraphs.Count);
        Assert.Equal("Fees rise by a fifth", a.Layout.Paragraphs[0].Of(a.Text));
    }

    [Theory]
    [InlineData("Tags: mooring fees, harbour board")]
    [InlineData("Related topic:\nHarbour board\nmooring fees")]
    [InlineData("Published - March 04, 2025 09:41 pm")]
    [InlineData("READ: Harbour board to review fees")]
    [InlineData("Lea también: La junta del puerto sube las tarifas")]
    [InlineData("Share this article on:")]
    [InlineData("Copyright 2025 Riverton Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.")]
    public void Tags_date_lines_pointers_and_notices_closing_the_body_are_no_paragraphs(string trail)
    {
        var a = Extract(Headline + "\n\n" + Body + "\n" + trail + "\n");
        Assert.Equal(2, a.Layout.Paragraphs.Count);
        Assert.EndsWith(trail + "\n", a.Text);
    }
}
