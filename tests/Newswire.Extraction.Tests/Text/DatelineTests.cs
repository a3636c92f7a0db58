using System.Linq;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Tests.Text;

public class DatelineTests
{
    // A headline region, then the body paragraph under test (the first body paragraph is where datelines stand).
    private static TokenizedText Article(string paragraph, string headline = "Council meets")
    {
        var text = headline + "\n\n" + paragraph;
        var regions = new[] { new TextSpan(0, headline.Length), new TextSpan(headline.Length + 2, paragraph.Length) };
        return TokenizedText.Build(text, regions, regions[0]);
    }

    private static string[] BodySentences(TokenizedText t) =>
        t.Sentences.Where(s => !s.IsHeadline).Select(s => s.Span.Of(t.Text)).ToArray();

    [Theory]
    [InlineData("RIVERTON - The council met on Monday.", "RIVERTON -")]
    [InlineData("RIVERTON, May 4 - The council met on Monday.", "RIVERTON, May 4 -")]
    [InlineData("RIVERTON, Sept. 14 (Wire) -- The council met.", "RIVERTON, Sept. 14 (Wire) --")]
    [InlineData("RIVERTON (Wire) \u2014 Police detained 40 people.", "RIVERTON (Wire) \u2014")]
    [InlineData("RIVERTON \u2013 Police detained 40 people.", "RIVERTON \u2013")]
    [InlineData("RIVERTON, Northland, May 4 (Wire Service) -- The council met.", "RIVERTON, Northland, May 4 (Wire Service) --")]
    [InlineData("PORT ELLIS, N.L. (Wire) - The council met.", "PORT ELLIS, N.L. (Wire) -")]
    [InlineData("SAN MARCO DEL VALLE - The council met.", "SAN MARCO DEL VALLE -")]
    [InlineData("Port Ellis (Wire) - The council met.", "Port Ellis (Wire) -")]
    [InlineData("Porto de Vila, May 4 - The council met.", "Porto de Vila, May 4 -")]
    [InlineData("RIVERTON/PORT ELLIS (Wire) - Shares rose.", "RIVERTON/PORT ELLIS (Wire) -")]
    [InlineData("RIVERTON, 4 May (Wire) - \u201CWe will win,\u201D he said.", "RIVERTON, 4 May (Wire) -")]
    [InlineData("RIVERTON (Wire) - police detained 40 people.", "RIVERTON (Wire) -")]
    [InlineData("RIVERTON, May 4, 2031 (Wire) - The council met.", "RIVERTON, May 4, 2031 (Wire) -")]
    [InlineData("RIVERTON, Monday (Wire) - The council met.", "RIVERTON, Monday (Wire) -")]
    [InlineData("RIVERTON, 4 May 2031 (Wire) - The council met.", "RIVERTON, 4 May 2031 (Wire) -")]
    [InlineData("NORTHERN ISLES (Wire) - The council met.", "NORTHERN ISLES (Wire) -")]
    [InlineData("PORT-ELLIS, N.L., Nov. 3 - The council met.", "PORT-ELLIS, N.L., Nov. 3 -")]
    [InlineData("RIVERTON\u2014The council met.", "RIVERTON\u2014")]
    [InlineData("RIVERTON, Sept 17 (Wire) Northland and Southland agreed to talks.", "RIVERTON, Sept 17 (Wire)")]
    [InlineData("New Riverton, May 4 (Wire) The council met on Monday.", "New Riverton, May 4 (Wire)")]
    public void A_dateline_is_a_sentence_of_its_own(string paragraph, string dateline)
    {
        var t = Article(paragraph);
        var body = BodySentences(t);
        Assert.Equal(dateline, body[0]);
        Assert.Equal(paragraph.Substring(dateline.Length).TrimStart(), string.Join(" ", body.Skip(1)));
        var s = t.Sentences.First(x => !x.IsHeadline);
        Assert.True((s.Flags & SentenceFlags.Dateline) != 0);
        Assert.False(s.CapsUninformative);
        Assert.True((t.Sentences.First(x => !x.IsHeadline && (x.Flags & SentenceFlags.Dateline) == 0).Flags & SentenceFlags.Dateline) == 0);
    }

    [Theory]
    [InlineData("RIVERTON POST reporters said the council met.")] // an all-caps name, no dash
    [InlineData("Markets - Stocks rose on Monday.")] // a heading-like line: title case, no date, no agency
    [InlineData("Riverton - The council met.")] // a title-case place alone is not sure enough
    [InlineData("- Police detained 40 people.")] // a list item
    [InlineData("* RIVERTON - Police detained 40 people.")] // a list item
    [InlineData("1. RIVERTON - Police detained 40 people.")] // a numbered item
    [InlineData("UPDATE 2 - The council met.")] // a wire slug
    [InlineData("RIVERTON (Wire) The council met on Monday.")] // no dash and no date: not sure enough
    [InlineData("Riverton, May 4 The council met on Monday.")] // no dash and no agency
    [InlineData("ANALYSIS - The council met.")] // a wire slug
    [InlineData("RIVERTON -")] // nothing follows
    [InlineData("RIVERTON - police detained 40 people.")] // lower case after a bare place
    [InlineData("RIVERTON - POLICE DETAINED 40 PEOPLE.")] // shouting: not sentence text
    [InlineData("The council met in RIVERTON - and left.")] // not at the start
    [InlineData("SUNDAY- Bring the family to the fair.")] // a label with a hyphen touching it
    [InlineData("PORT ELLIS: The council met on Monday.")] // a colon: transcripts' speakers look so ("MR KIRBY:")
    public void Non_datelines_do_not_split(string paragraph)
    {
        var t = Article(paragraph);
        Assert.DoesNotContain(t.Sentences, s => (s.Flags & SentenceFlags.Dateline) != 0);
        Assert.Equal(paragraph, string.Join(" ", BodySentences(t)));
    }

    [Fact]
    public void Only_the_first_body_paragraph_has_a_dateline()
    {
        const string text = "Council meets\n\nThe council met.\n\nRIVERTON (Wire) - The mayor left.";
        var regions = new[] { new TextSpan(0, 13), new TextSpan(15, 16), new TextSpan(33, text.Length - 33) };
        var t = TokenizedText.Build(text, regions, regions[0]);
        Assert.DoesNotContain(t.Sentences, s => (s.Flags & SentenceFlags.Dateline) != 0);
    }

    [Fact]
    public void A_headline_never_has_a_dateline()
    {
        const string text = "RIVERTON (Wire) - The council met.";
        var t = TokenizedText.Build(text, new[] { new TextSpan(0, text.Length) }, new TextSpan(0, text.Length));
        Assert.Single(t.Sentences);
    }

    [Theory]
    [InlineData("By Ada Brandt", true)]
    [InlineData("By Ada Brandt and Tomas van Weir", true)]
    [InlineData("BY ADA BRANDT, Wire", true)]
    [InlineData("By Monday the council had met.", false)]
    [InlineData("By the time the council met, it was late.", false)]
    [InlineData("Byron Weir said the council met.", false)]
    [InlineData("Political Editor", true)]
    [InlineData("Staff Reporter", true)]
    [InlineData("Our Correspondent", true)]
    [InlineData("Ada Brandt, Diplomatic Correspondent", true)]
    [InlineData("Letters to the Editor", false)]
    [InlineData("Kenya Names New Chief Editor", false)]
    [InlineData("Chief Political Correspondent", true)]
    [InlineData("The editor resigned.", false)]
    [InlineData("Politics", false)]
    [InlineData("By Ada Brandt for The Riverton Ledger", true)]
    public void A_byline_is_a_short_paragraph_of_names_after_By_or_a_staff_title(string paragraph, bool byline) =>
        Assert.Equal(byline, Dateline.IsByline(paragraph, 0, paragraph.Length));

    [Fact]
    public void A_dateline_after_a_byline_is_still_read()
    {
        const string text = "Council meets\n\nBy Ada Brandt\n\nRIVERTON (Wire) - The council met on Monday.";
        var headline = new TextSpan(0, 13);
        var byline = new TextSpan(15, 12);
        var body = new TextSpan(29, text.Length - 29);
        var t = TokenizedText.Build(text, new[] { headline, byline, body }, headline);
        Assert.Contains("RIVERTON (Wire) -", BodySentences(t));
    }
}
