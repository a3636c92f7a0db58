using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Events;

/// <summary>A headline event the body tells again is one happening, counted once (Events/HeadlineRestatements.cs).</summary>
public class HeadlineRestatementTests
{
    private static ExtractedArticle Story(string headline, string body) => ArticleExtractor.Extract("story.txt", headline + "\n\n" + body + "\n");

    private static bool InHeadline(ExtractedArticle a, ExtractedEvent e) => e.Sentence.Start < a.Text.IndexOf('\n');

    [Fact]
    public void A_headline_event_the_lead_tells_again_is_counted_once()
    {
        var a = Story(
            "Indonesia and Malaysia Agree to Settle Border Dispute",
            "Indonesia and Malaysia signed an agreement on Wednesday to settle two disputes over their land border.");
        Assert.NotEmpty(a.Events);
        Assert.DoesNotContain(a.Events, e => InHeadline(a, e));
    }

    [Fact]
    public void A_headline_event_the_body_does_not_tell_stays()
    {
        var a = Story(
            "Pakistan Condemns India Over Border Firing",
            "Officials in Islamabad said talks on water sharing would resume next month.");
        Assert.Contains(a.Events, e => InHeadline(a, e) && e.Root == "11");
    }
}
