using System.Linq;
using Newswire.Extraction;
using Newswire.Extraction.Layout;

namespace Newswire.Extraction.Tests.Layout;

/// <summary>Front matter dates in the shapes feeds, CMS exports and people write; anything else is NEWS005.</summary>
public class DateParserTests
{
    [Theory]
    [InlineData("2025-03-14", "2025-03-14")]                         // ISO date
    [InlineData("2025-03-14T09:30:00Z", "2025-03-14")]               // ISO 8601 / RFC 3339, UTC
    [InlineData("2025-03-14T09:30:00+02:00", "2025-03-14")]          // with an offset
    [InlineData("2025-03-14T01:30:00+02:00", "2025-03-14")]          // the day as written, not the UTC day before
    [InlineData("2025-03-14T23:30:00-05:00", "2025-03-14")]          // nor the UTC day after
    [InlineData("2025-03-14T09:30:00.123Z", "2025-03-14")]           // fraction of a second
    [InlineData("2025-03-14T09:30", "2025-03-14")]                   // no seconds, no offset
    [InlineData("2025-03-14 09:30:00", "2025-03-14")]                // space instead of T
    [InlineData("Fri, 14 Mar 2025 09:30:00 GMT", "2025-03-14")]      // RFC 1123
    [InlineData("Fri, 14 Mar 2025 09:30:00 +0200", "2025-03-14")]    // RFC 822 numeric zone
    [InlineData("14 Mar 2025 09:30 EST", "2025-03-14")]              // RFC 822: no day name, no seconds, named zone
    [InlineData("Fri, 14 Mar 25 09:30:00 GMT", "2025-03-14")]        // RFC 822 two-digit year
    [InlineData("March 14, 2025", "2025-03-14")]                     // US style
    [InlineData("14 March 2025", "2025-03-14")]                      // British style
    [InlineData("Mar 14, 2025", "2025-03-14")]
    [InlineData("Friday, March 14, 2025", "2025-03-14")]
    [InlineData("  2025-03-14  ", "2025-03-14")]
    public void Accepts(string text, string iso)
    {
        Assert.True(DateParser.TryParse(text, out var date), text);
        Assert.Equal(iso, DateParser.ToIso(date));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2025-13-01")]                        // no 13th month
    [InlineData("2025-02-30")]
    [InlineData("Thu, 14 Mar 2025 09:30:00 GMT")]     // March 14, 2025 was a Friday
    [InlineData("Fri, 14 Mar 2025 09:30:00 XYZ")]     // not a zone
    [InlineData("Fri, 14 Mar 2025 09:30:00 +2500")]   // not an offset
    [InlineData("14/03/2025")]                        // day/month or month/day: ambiguous, refused
    [InlineData("14 Mär 2025")]                       // invariant culture only
    [InlineData("")]
    public void Refuses(string text) => Assert.False(DateParser.TryParse(text, out _), text);

    [Theory]
    [InlineData("2025-03-14T09:30:00Z")]
    [InlineData("2025-03-14T09:30:00+02:00")]
    [InlineData("Fri, 14 Mar 2025 09:30:00 GMT")]
    [InlineData("March 14, 2025")]
    [InlineData("14 March 2025")]
    public void FrontMatterDate_BecomesThePublishedDate_WithNoDiagnostic(string value)
    {
        var a = ArticleExtractor.Extract("a.txt", "---\ndate: " + value + "\n---\nHeadline\n\nBody text.");
        Assert.Equal("2025-03-14", a.Published);
        Assert.Empty(a.Diagnostics);
    }

    [Fact]
    public void FrontMatterDate_ThatIsNoDate_IsNews005AtTheValue_WithTheShapesThatWork()
    {
        var a = ArticleExtractor.Extract("a.txt", "---\npublished: 14/03/2025\n---\nHeadline\n\nBody text.");
        Assert.Null(a.Published);
        var d = Assert.Single(a.Diagnostics);
        Assert.Equal("NEWS005", d.Id);
        Assert.Equal(2, d.Line);
        Assert.Equal(11, d.Column);
        Assert.Contains("'14/03/2025' is not a date", d.Message);
        Assert.Contains("2025-03-14T09:30:00Z", d.Message);
        Assert.Contains("Fri, 14 Mar 2025 09:30:00 GMT", d.Message);
    }
}
