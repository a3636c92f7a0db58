using System.Linq;
using Newswire.Extraction.Layout;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Layout;

/// <summary>Metadata of articles in the layouts outlets print: invented stories, one layout rule each.</summary>
public class WireLayoutTests
{
    private const string Body1 = "The harbour board of the invented port town voted on Tuesday to raise mooring fees for the first time in a decade.";
    private const string Body2 = "\"We held prices as long as we could,\" board chair Ada Brandt told reporters after the meeting.";
    private const string Body3 = "Fishing crews said they would ask the regional council to review the decision.";

    private static ExtractedArticle Extract(string text) => ArticleExtractor.Extract("story.txt", text);

    [Theory]
    [InlineData("RIVERTON, May 4 (Reuters) - ", "Reuters")]
    [InlineData("PORT ELLIS, Northland, Sept. 22 (AFP) -- ", "AFP")]
    [InlineData("RIVERTON (AP) \u2014 ", "AP")]
    [InlineData("NORTH BAY/RIVERTON, Aug 2 (Xinhua) \u2013 ", "Xinhua")]
    [InlineData("(Bloomberg) -- ", "Bloomberg")]
    [InlineData("Riverton, March 3 (dpa) - ", "dpa")]
    [InlineData("New Riverton, March 3 (PTI): ", "PTI")]
    [InlineData("New Riverton, March 3 (IANS) ", "IANS")]
    [InlineData("RIVERTON, March 3. /TASS/. ", "TASS")]
    [InlineData("RIVERTON. KAZINFORM - ", "KAZINFORM")]
    [InlineData("Riverton, IRNA -- ", "IRNA")]
    [InlineData("RIVERTON (AKIpress) - ", "AKIpress")]
    public void DatelineAgency_IsFound_ButIsNotTheOutlet(string dateline, string agency)
    {
        // The agency wrote the copy; the outlet is the publication's own line (none here).
        var text = dateline + Body1;
        var span = DatelineOutlet.Find(text, new TextSpan(0, text.Length));
        Assert.NotNull(span);
        Assert.Equal(agency, text.Substring(span!.Value.Start, span.Value.Length));
        var a = Extract("Harbour fees rise in Riverton\n" + dateline + Body1 + "\n" + Body2 + "\n" + Body3 + "\n");
        Assert.Null(a.Outlet);
        Assert.Equal(3, a.Layout.Paragraphs.Count);
    }

    [Theory]
    [InlineData("RIVERTON, May 4 (The Daily Ledger) - ")] // not an agency
    [InlineData("RIVERTON, May 4 (Reuters) and ")] // no dash, colon or capital after it
    [InlineData("The board said (Reuters) - ")] // a sentence, not a dateline
    [InlineData("RIVERTON \u2014 ")] // no agency
    [InlineData("RIVERTON, Daily Ledger - ")] // a bare name before the dash that is no known agency
    [InlineData("The board said Reuters - ")] // a sentence, not a dateline
    public void NoAgencyDateline_NoAgency(string dateline)
    {
        var text = dateline + Body1;
        Assert.Null(DatelineOutlet.Find(text, new TextSpan(0, text.Length)));
    }

    [Fact]
    public void OutletLine_WinsOverDatelineAgency()
    {
        var a = Extract("Riverton Courier\nLocal News\n\nHarbour fees rise in Riverton\n\nRIVERTON (AP) - " + Body1 + "\n\n" + Body2 + "\n");
        Assert.Equal("Riverton Courier", a.Outlet);
        Assert.Equal("Local News", a.Section);
        Assert.Equal("Harbour fees rise in Riverton", a.Title);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void FrontMatter_WinsOverDatelineAgency()
    {
        var a = Extract("---\noutlet: Riverton Courier\nsection: Harbour\n---\nHarbour fees rise\nBusiness\nRIVERTON (AP) - " + Body1 + "\n" + Body2 + "\n");
        Assert.Equal("Riverton Courier", a.Outlet);
        Assert.Equal("Harbour", a.Section);
    }

    [Fact]
    public void FrontMatter_Source_IsTheOutletWhenNoOutletIsNamed()
    {
        var a = Extract("---\nsource: Harbour Ledger\nsection: Politics\n---\nHarbour fees rise\n\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Equal("Harbour Ledger", a.Outlet);
        var b = Extract("---\nsource: Reuters\noutlet: Riverton Courier\n---\nHarbour fees rise\n\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Equal("Riverton Courier", b.Outlet);
    }

    [Theory]
    [InlineData("Markets")]
    [InlineData("NATION")]
    [InlineData("World | Africa")]
    [InlineData("Arts & Culture")]
    [InlineData("Business / Energy")]
    public void SectionLine_UnderHeadline_IsTheSectionNotAParagraph(string section)
    {
        var perLine = Extract("Harbour fees rise in Riverton\n" + section + "\n" + Body1 + "\n" + Body2 + "\n" + Body3 + "\n");
        Assert.Equal(section, perLine.Section);
        Assert.Equal(3, perLine.Layout.Paragraphs.Count);

        var blank = Extract("Harbour fees rise in Riverton\n\n" + section + "\n\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Equal(section, blank.Section);
        Assert.Equal("Harbour fees rise in Riverton", blank.Title);
        Assert.Equal(2, blank.Layout.Paragraphs.Count);
    }

    [Fact]
    public void SectionLine_InTheHeadlineBlock_IsNotAnOutletLine()
    {
        // Two short lines then a paragraph: headline and section, not outlet and section over a headline.
        var a = Extract("Harbour fees rise in Riverton\nBusiness\n\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Null(a.Outlet);
        Assert.Equal("Business", a.Section);
        Assert.Equal("Harbour fees rise in Riverton", a.Title);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    // "By Staff Reporter | Riverton World News": a byline and the outlet on one line; the outlet's name holds section
    // words ("World", "News"), and the byline is no outlet.
    [Theory]
    [InlineData("By Staff Reporter | Riverton World News", "Riverton World News")]
    [InlineData("By Ada Brandt \u00B7 The Daily Ledger", "The Daily Ledger")]
    public void Byline_and_outlet_on_one_line(string line, string outlet)
    {
        var a = Extract("Harbour fees rise in Riverton\n\n" + line + "\n\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Equal(outlet, a.Outlet);
        Assert.Null(a.Section);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    // Outlet lines of regional papers' web copy, each in the place a reader sees it.
    [Theory]
    [InlineData("Harbour fees rise in Riverton\n\nRiverton Daily News\nBy Staff Writer\nNovember 12, 2026\n\n", "Riverton Daily News")] // a paper's name holding a section word, over a byline
    [InlineData("Harbour fees rise in Riverton\n\nThe Rivertonian | 12 November 2026\n\n", "The Rivertonian")] // a paper's name beside the date
    [InlineData("Harbour fees rise in Riverton\n\nSource: Riverton Broadcast Service\n\n", "Riverton Broadcast Service")] // a source line
    [InlineData("Rivertonia\n\nHarbour fees rise in Riverton\n\n", "Rivertonia")] // a one-word masthead over the headline's block
    [InlineData("Rivertonia\nHarbour fees rise in Riverton\n\n", "Rivertonia")] // a short name over a long headline in one block
    public void Outlet_lines_of_regional_papers(string head, string outlet)
    {
        var a = Extract(head + Body1 + "\n\n" + Body2 + "\n");
        Assert.Equal(outlet, a.Outlet);
        Assert.Equal("Harbour fees rise in Riverton", a.Title);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Harbour fees rise in Riverton\n\nAda Brandt | 12 November 2026\n\n")] // a writer beside the date
    [InlineData("Harbour fees rise in Riverton\n\nWorld News\nBy Staff Writer\n\n")] // section words alone: the section
    public void Writer_and_section_lines_are_no_outlet(string head)
    {
        var a = Extract(head + Body1 + "\n\n" + Body2 + "\n");
        Assert.Null(a.Outlet);
        Assert.Equal("Harbour fees rise in Riverton", a.Title);
    }

    // "Headline" / "Riverton Online", then "By Ada Brandt": a byline is never the headline.
    [Fact]
    public void A_byline_under_outlet_lines_is_no_headline()
    {
        var a = Extract("Harbour fees rise in Riverton\nRiverton Online\n\nBy Ada Brandt\n\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Equal("Harbour fees rise in Riverton", a.Title);
        Assert.Equal("Riverton Online", a.Outlet);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Fishing crews")] // no section word
    [InlineData("Markets closed early.")] // a sentence
    [InlineData("markets")] // lower case
    [InlineData("Business Owners Fear Higher Harbour Fees")] // too many words
    public void ShortLineUnderHeadline_NotASection_StaysAParagraph(string line)
    {
        var a = Extract("Harbour fees rise in Riverton\n" + line + "\n" + Body1 + "\n" + Body2 + "\n");
        Assert.Null(a.Section);
        Assert.Equal(3, a.Layout.Paragraphs.Count);
    }

    [Theory]
    [InlineData("By Ada Brandt")]
    [InlineData("By Ada Brandt and Ivo Marek, Staff Reporters")]
    [InlineData("BY IVO MAREK")]
    [InlineData("By NEWS REPORTER")]
    [InlineData("Published: March 4, 2025")]
    [InlineData("March 4, 2025")]
    [InlineData("RIVERTON, May 4 (Reuters) -")]
    [InlineData("Photo: Ada Brandt/Riverton Courier")]
    [InlineData("Updated 10:31 AM EST, Tue March 4, 2025")]
    [InlineData("Tuesday 4 March 2025 10.31 GMT")]
    [InlineData("Mar 4, 2025 | 10:31 AM ET")]
    [InlineData("Business")]
    [InlineData("RIVERTON")]
    [InlineData("Riverton, May 4")]
    [InlineData("Ada Brandt | Riverton | March 4, 2025")]
    [InlineData("Ada Brandt \u00B7 4 March 2025")]
    [InlineData("Political Editor")]
    public void LeadFurniture_IsNoParagraph(string line)
    {
        var blank = Extract("Harbour fees rise in Riverton\n\n" + line + "\n\n" + Body1 + "\n\n" + Body2 + "\n\n" + Body3 + "\n");
        Assert.Equal(3, blank.Layout.Paragraphs.Count);
        Assert.StartsWith("The harbour board", blank.ParagraphTexts().First());

        var perLine = Extract("Harbour fees rise in Riverton\n" + line + "\n" + Body1 + "\n" + Body2 + "\n");
        Assert.Equal(2, perLine.Layout.Paragraphs.Count);
        Assert.Contains(line, perLine.Text); // the text keeps every line
    }

    [Theory]
    [InlineData("Political Editor")]
    [InlineData("Nation Reporter")]
    [InlineData("Ada Brandt, Business Correspondent")]
    public void StaffTitleByline_IsNeitherOutletNorSectionNorParagraph(string line)
    {
        var a = Extract("Harbour fees rise in Riverton\n\n" + line + "\nTuesday 4 March 2025\n\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Null(a.Outlet);
        Assert.Null(a.Section);
        Assert.Equal(2, a.Layout.Paragraphs.Count);

        var under = Extract("Harbour fees rise in Riverton\n" + line + "\n\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Null(under.Outlet);
        Assert.Null(under.Section);
        Assert.Equal(2, under.Layout.Paragraphs.Count);
    }

    [Fact]
    public void SectionOverHeadline_ThenSignedDateLine_IsNoParagraph()
    {
        var a = Extract("Politics\nHarbour fees rise in Riverton\nAda Brandt | Riverton | March 4, 2025\n\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Equal("Politics", a.Section);
        Assert.Equal("Harbour fees rise in Riverton", a.Title);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void BylineUnderAStandfirst_IsNoParagraph()
    {
        var a = Extract("Harbour fees rise in Riverton\n\n" + Body1 + "\n\nBy Ada Brandt\nPublished On 4 Mar 2025\n\n" + Body2 + "\n\n" + Body3 + "\n");
        Assert.Equal(3, a.Layout.Paragraphs.Count);
        Assert.Contains("By Ada Brandt", a.Text);
    }

    [Fact]
    public void WireCopyWithoutAHeadline_KeepsItsFirstParagraph()
    {
        var a = Extract("RIVERTON, May 4 (Reuters) - " + Body1 + "\n\n" + Body2 + "\n");
        Assert.DoesNotContain("RIVERTON", a.Title ?? string.Empty); // the file's name stands in
        Assert.Equal(2, a.Layout.Paragraphs.Count);
        Assert.StartsWith("RIVERTON", a.ParagraphTexts().First());
    }

    [Theory]
    [InlineData("Riverton Daily", "Riverton Daily")]
    [InlineData("The Riverton Post", "The Riverton Post")]
    [InlineData("BREAKING NEWS", null)]
    [InlineData("EXCLUSIVE", null)]
    public void MastheadAloneOverTheHeadline_IsTheOutlet(string line, string? outlet)
    {
        var a = Extract(line + "\n\nHarbour fees rise in Riverton\n\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Equal(outlet, a.Outlet);
        if (outlet != null)
        {
            Assert.Equal("Harbour fees rise in Riverton", a.Title);
            Assert.Equal(2, a.Layout.Paragraphs.Count);
        }
    }

    [Fact]
    public void SectionThenByline_ThenDateline()
    {
        var a = Extract("Harbour fees rise in Riverton\n\nBusiness\n\nBy Ada Brandt\n\nRIVERTON \u2014 " + Body1 + "\n\n" + Body2 + "\n");
        Assert.Equal("Business", a.Section);
        Assert.Null(a.Outlet);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
        Assert.StartsWith("RIVERTON", a.ParagraphTexts().First());
    }

    [Fact]
    public void BylineThenAgencyDateline_GivesNoOutletAndNoParagraph()
    {
        var a = Extract("Harbour fees rise in Riverton\n\nBy Ada Brandt\n\nRIVERTON, May 4 (Reuters) - " + Body1 + "\n\n" + Body2 + "\n");
        Assert.Null(a.Outlet);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Theory]
    [InlineData("By Ada Brandt, Associated Press")]
    [InlineData("BY ADA BRANDT, AFP")]
    [InlineData("By Ada Brandt, Staff Reporter")]
    public void BylineWithAnAgency_IsNoParagraphAndNoOutlet(string byline)
    {
        var a = Extract("Harbour fees rise in Riverton\n\n" + byline + "\n\nRIVERTON \u2014 " + Body1 + "\n\n" + Body2 + "\n");
        Assert.Null(a.Outlet);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Theory]
    [InlineData("(Reporting by Ada Brandt; Editing by Ivo Marek)")]
    [InlineData("Additional reporting by Ivo Marek in Port Ellis")]
    [InlineData("Ivo Marek in Port Ellis contributed to this report.")]
    [InlineData("(c) 2025 Riverton Courier. All rights reserved.")]
    [InlineData("\u00A9 Ivo Marek 2025")]
    [InlineData("ab/cd (AFP, Reuters)")]
    [InlineData("-- AFP")]
    public void TrailingCredit_IsNoParagraph(string credit)
    {
        var a = Extract("Harbour fees rise in Riverton\n" + Body1 + "\n" + Body2 + "\n" + credit + "\n");
        Assert.Equal(2, a.Layout.Paragraphs.Count);
        Assert.DoesNotContain(a.Actors, x => x.Name == "Ivo Marek");
    }

    [Fact]
    public void DatelineOnItsOwnLine_IsNoParagraph()
    {
        var a = Extract("Harbour fees rise in Riverton\nBy Ada Brandt\nRIVERTON, Northland (AP)\n" + Body1 + "\n" + Body2 + "\n");
        Assert.Null(a.Outlet);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Fishing crews")] // neither capitals, date nor agency
    [InlineData("Riverton harbour")]
    public void ShortCapitalizedLine_WithoutDatelineMarks_StaysAParagraph(string line)
    {
        var a = Extract("Harbour fees rise in Riverton\n" + line + "\n" + Body1 + "\n");
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void KickerOverHeadline_IsTheSection()
    {
        var a = Extract("WORLD\nHarbour fees rise in Riverton\n" + Body1 + "\n" + Body2 + "\n");
        Assert.Equal("WORLD", a.Section);
        Assert.Equal("Harbour fees rise in Riverton", a.Title);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void AgencyLineOverHeadline_IsTheOutlet()
    {
        var a = Extract("Reuters\n\nHarbour fees rise in Riverton\n\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Equal("Reuters", a.Outlet);
        Assert.Equal("Harbour fees rise in Riverton", a.Title);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void OneWordHeadline_OverAQuoteEndingParagraph_StaysTheHeadline()
    {
        var a = Extract("World Markets\n\nShe said \"prices will hold.\"\n\n" + Body1 + "\n");
        Assert.Equal("World Markets", a.Title);
        Assert.Null(a.Section);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Read more: Riverton council raises parking fees")]
    public void PageFurniture_InTheBody_IsNoParagraph(string line)
    {
        var blank = Extract("Harbour fees rise in Riverton\n\n" + Body1 + "\n\n" + line + "\n\n" + Body2 + "\n\n" + Body3 + "\n");
        Assert.Equal(3, blank.Layout.Paragraphs.Count);
        var perLine = Extract("Harbour fees rise in Riverton\n" + Body1 + "\n" + line + "\n" + Body2 + "\n");
        Assert.Equal(2, perLine.Layout.Paragraphs.Count);
    }

    [Fact]
    public void PlainArticle_Unchanged()
    {
        var a = Extract("Harbour fees rise in Riverton\n\n" + Body1 + "\n\n" + Body2 + "\n\n" + Body3 + "\n");
        Assert.Null(a.Outlet);
        Assert.Null(a.Section);
        Assert.Equal(3, a.Layout.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Reuters", true)]
    [InlineData("reuters", true)]
    [InlineData("Associated Press", true)]
    [InlineData("Yonhap", true)]
    [InlineData("Riverton Courier", false)]
    [InlineData("Reut", false)]
    public void Agencies_AreData(string name, bool known) => Assert.Equal(known, WireAgencies.IsAgency(name, 0, name.Length));

    [Theory]
    [InlineData("Sport", true)]
    [InlineData("WORLD NEWS", true)]
    [InlineData("Life and Style", true)]
    [InlineData("Politics \u203A Elections", true)]
    [InlineData("Riverton", false)]
    [InlineData("World: Africa", false)]
    [InlineData("News of the harbour fees", false)]
    [InlineData("By NEWS REPORTER", false)]
    public void SectionLine_Shape(string line, bool section) => Assert.Equal(section, SectionLine.Is(line, new TextSpan(0, line.Length)));

    [Fact]
    public void A_bare_name_over_a_dateline_line_is_a_byline_not_a_paragraph()
    {
        var a = Extract("Harbour fees rise in Riverton\n\nAda Brandt\n\nRIVERTON\n\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void A_bare_name_line_over_a_paragraph_stays_a_paragraph()
    {
        var a = Extract("Harbour fees rise in Riverton\n\nAda Brandt\n\n" + Body1 + "\n\n" + Body2 + "\n");
        Assert.Equal(3, a.Layout.Paragraphs.Count);
    }
}
