using System;
using System.Linq;
using Newswire.Extraction.Events;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Tests.Events;

public class TimeAndModalityTests
{
    // Wednesday 2 October 2024.
    private static readonly DateTime Published = new DateTime(2024, 10, 2);

    private static (string Text, string? Date) Time(string sentence, bool planned = false, DateTime? published = null)
    {
        var t = TokenizedText.Build(sentence, new[] { new TextSpan(0, sentence.Length) });
        var found = new TimeExpression[4];
        var n = TimeExpressions.Find(t, 0, t.Tokens.Length, found);
        Assert.True(n > 0, "no time expression in: " + sentence);
        var e = found[0];
        var text = sentence.Substring(t.Tokens[e.First].Start, t.Tokens[e.End - 1].End - t.Tokens[e.First].Start);
        return (text, TimeExpressions.Normalize(e, published ?? Published, planned));
    }

    [Theory]
    [InlineData("The summit is set for October 10.", "October 10", "2024-10-10")]
    [InlineData("It opened on 28 September 2024 in Kazan.", "28 September 2024", "2024-09-28")]
    [InlineData("Talks resumed Oct. 1st in Doha.", "Oct. 1st", "2024-10-01")]
    [InlineData("They met on Sunday in Baku.", "on Sunday", "2024-09-29")]
    [InlineData("They met on Wednesday.", "on Wednesday", "2024-10-02")]
    [InlineData("They met last Wednesday.", "last Wednesday", "2024-09-25")]
    [InlineData("He arrived yesterday.", "yesterday", "2024-10-01")]
    [InlineData("Earlier that morning, he flew out.", "Earlier that morning", "2024-10-02")]
    [InlineData("In a statement issued the day before, they agreed.", "the day before", "2024-10-01")]
    [InlineData("He will travel there tomorrow.", "tomorrow", "2024-10-03")]
    public void Time_expressions_normalise_against_the_publication_date(string sentence, string text, string date)
    {
        var (t, d) = Time(sentence);
        Assert.Equal(text, t);
        Assert.Equal(date, d);
    }

    [Fact]
    public void Planned_weekdays_and_month_days_resolve_forward()
    {
        Assert.Equal("2024-10-06", Time("The vote is on Sunday.", planned: true).Date);
        Assert.Equal("2025-01-15", Time("The summit is set for January 15.", planned: true, published: new DateTime(2024, 12, 20)).Date);
        Assert.Equal("2024-01-15", Time("The summit was held on January 15.", planned: false, published: new DateTime(2024, 2, 20)).Date);
    }

    // The date is written digit by digit: the same text as DateTime's invariant "yyyy-MM-dd" format.
    [Theory]
    [InlineData(2024, 10, 2, 0)]
    [InlineData(2024, 2, 28, 1)]
    [InlineData(1999, 12, 31, 1)]
    [InlineData(999, 1, 9, -8)]
    [InlineData(9999, 12, 30, 1)]
    public void Dates_are_written_as_the_invariant_iso_format(int year, int month, int day, int offset)
    {
        var published = new DateTime(year, month, day);
        var e = new TimeExpression { Kind = TimeKind.RelativeDay, Offset = offset };
        var expected = published.AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, TimeExpressions.Normalize(e, published, false));
    }

    [Fact]
    public void Vague_periods_keep_text_without_a_date()
    {
        var (t, d) = Time("He will travel to Washington next week.");
        Assert.Equal("next week", t);
        Assert.Null(d);
    }

    [Fact]
    public void Without_a_publication_date_only_full_dates_normalise()
    {
        var t = TokenizedText.Build("on Sunday and on May 9, 2025", new[] { new TextSpan(0, 28) });
        var found = new TimeExpression[4];
        var n = TimeExpressions.Find(t, 0, t.Tokens.Length, found);
        Assert.Equal(2, n);
        Assert.Null(TimeExpressions.Normalize(found[0], null, false));
        Assert.Equal("2025-05-09", TimeExpressions.Normalize(found[1], null, false));
    }

    [Theory]
    [InlineData("[Olaf Scholz|P|DEU] will visit [Paris|L|FRA] on Friday.", 1)]
    [InlineData("[Olaf Scholz|P|DEU] is expected to visit [Paris|L|FRA].", 1)]
    [InlineData("[Olaf Scholz|P|DEU] is set to meet [Emmanuel Macron|P|FRA].", 1)]
    [InlineData("The upcoming summit of [NATO|O|] leaders in [Vilnius|L|LTU] opens in July.", 1)]
    [InlineData("[Olaf Scholz|P|DEU] visited [Paris|L|FRA] on Friday.", 0)]
    [InlineData("[Iran|L|IRN] has shipped missiles to [Russia|L|RUS], according to [U.S.=United States|L|USA] officials.", 2)]
    [InlineData("As reported by [TASS|O|RUS], [Andrei Belousov|P|RUS] visited [Syria|L|SYR].", 2)]
    [InlineData("[Poland|L|POL] expelled a diplomat, [Radoslaw Sikorski|P|POL] said.", 2)]
    public void Modality(string markup, int expectedModality)
    {
        var r = EventTestKit.Run(markup, Published);
        var e = Assert.Single(r.Events);
        Assert.Equal((EventModality)expectedModality, e.Modality);
    }

    [Fact]
    public void Attribution_source_is_the_reporting_actor()
    {
        var r = EventTestKit.Run("As reported by [TASS|O|RUS], [Andrei Belousov|P|RUS] visited [Syria|L|SYR].");
        Assert.Equal("TASS", r.Name(Assert.Single(r.Events).Source));
        r = EventTestKit.Run("[Iran|L|IRN] has shipped missiles to [Russia|L|RUS], according to [U.S.=United States|L|USA] officials.");
        Assert.Equal("United States", r.Name(Assert.Single(r.Events).Source));
    }

    [Fact]
    public void Planned_event_gets_a_forward_date()
    {
        var r = EventTestKit.Run("[Olaf Scholz|P|DEU] will visit [Paris|L|FRA] on Friday.", Published);
        var e = Assert.Single(r.Events);
        Assert.Equal("on Friday", e.Time);
        Assert.Equal("2024-10-04", e.Date);
    }
}
