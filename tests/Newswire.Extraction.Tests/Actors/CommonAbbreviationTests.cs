using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>An all-caps abbreviation of a common noun is no name.</summary>
public class CommonAbbreviationTests
{
    [Fact]
    public void A_title_or_a_statistic_in_capitals_is_no_name()
    {
        var a = Run("Tom Quist was named the MVP of the Harwick League. He hit .300 with 11 RBI for the Kessel Falcons.");
        Assert.DoesNotContain(Exported(a), x => x.Text == "MVP");
        Assert.DoesNotContain(Exported(a), x => x.Text == "RBI");
    }

    [Fact]
    public void Web_and_mail_abbreviations_and_clock_times_are_no_names()
    {
        var a = Run("The call is at 10:00 AM CST on Friday. FYI our IT team asked for the file ASAP. RIP old server.");
        Assert.DoesNotContain(Exported(a), x => x.Text is "AM CST" or "CST" or "FYI" or "IT" or "RIP");
    }
}
