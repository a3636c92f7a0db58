using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

/// <summary>Finds time expressions among tokens and normalises them against the publication date. No regexes.</summary>
internal static partial class TimeExpressions
{
    private static readonly TermTable<int> Months = BuildMonths();
    private static readonly TermTable<int> Weekdays = BuildWeekdays();
    private static readonly TermTable<int> Parts = BuildParts();

    // Every word that can start (or anchor) a time expression; other tokens are skipped with one probe.
    private static readonly TermTable<bool> Starters = BuildStarters();

    /// <summary>The normalized words that may start a time expression.</summary>
    [MethodImpl(Hot.Path)]
    internal static IEnumerable<string> StarterKeys()
    {
        foreach (var kv in Starters.Entries())
        {
            yield return kv.Key;
        }
    }

    /// <summary>The normalized month and weekday names.</summary>
    [MethodImpl(Hot.Path)]
    internal static IEnumerable<string> CalendarKeys()
    {
        foreach (var kv in Months.Entries())
        {
            yield return kv.Key;
        }

        foreach (var kv in Weekdays.Entries())
        {
            yield return kv.Key;
        }
    }

    /// <summary>Finds the time expressions in tokens [first, end); writes up to <paramref name="found"/>.Length of them.</summary>
    public static int Find(TokenizedText text, int first, int end, TimeExpression[] found) => Find(text, first, end, found, null);

    /// <summary>
    /// As <see cref="Find(TokenizedText, int, int, TimeExpression[])"/>; <paramref name="facts"/>, when given, holds the
    /// <see cref="TokenFacts"/> bits of tokens [first, end), so words that start no time expression cost no probe.
    /// </summary>
    [MethodImpl(Hot.Path)]
    public static int Find(TokenizedText text, int first, int end, TimeExpression[] found, byte[]? facts)
    {
        var n = 0;
        var tokens = text.Tokens;
        var s = text.Text;
        for (var i = first; i < end && n < found.Length; i++)
        {
            ref readonly var t = ref tokens[i];
            if (t.Kind != TokenKind.Word || (facts != null ? (facts[i] & TokenFacts.TimeStarter) == 0 : !Starters.Contains(s, t)))
            {
                continue;
            }

            var e = default(TimeExpression);
            e.First = i;

            var calendar = facts == null || (facts[i] & TokenFacts.CalendarWord) != 0;
            if (calendar && Months.TryGet(s, t, out var month))
            {
                ReadCalendar(text, first, end, i, month, ref e);
            }
            else if (calendar && Weekdays.TryGet(s, t, out var wd))
            {
                ReadWeekday(text, first, i, wd, ref e);
            }
            else
            {
                ReadRelative(text, first, end, i, ref e);
            }

            if (e.Kind != TimeKind.None)
            {
                found[n++] = e;
                i = e.End - 1;
            }
        }

        return n;
    }

    // "October 10[, 2024]" or "10 October [2024]" around the month at token i; a bare month is not a date.
    [MethodImpl(Hot.Path)]
    private static void ReadCalendar(TokenizedText text, int first, int end, int i, int month, ref TimeExpression e)
    {
        if (i + 1 < end && Day(text, i + 1, out var day))
        {
            e.Kind = TimeKind.Calendar;
            e.Month = month;
            e.Day = day;
            e.End = i + 2;
            var y = e.End;
            if (y < end && text.Is(y, ","))
            {
                y++;
            }

            if (y < end && Year(text, y, out var year))
            {
                e.Year = year;
                e.End = y + 1;
            }
        }
        else if (i > first && Day(text, i - 1, out var day2))
        {
            e.Kind = TimeKind.Calendar;
            e.First = i - 1;
            e.Month = month;
            e.Day = day2;
            e.End = i + 1;
            if (e.End < end && Year(text, e.End, out var year))
            {
                e.Year = year;
                e.End++;
            }
        }
    }

    // A weekday at token i, with "last"/"past", "next"/"coming" or "on"/"this" before it.
    [MethodImpl(Hot.Path)]
    private static void ReadWeekday(TokenizedText text, int first, int i, int wd, ref TimeExpression e)
    {
        e.Kind = TimeKind.Weekday;
        e.Weekday = (DayOfWeek)wd;
        e.End = i + 1;
        if (i > first && (text.Is(i - 1, "last") || text.Is(i - 1, "past")))
        {
            e.First = i - 1;
            e.Offset = -1;
        }
        else if (i > first && (text.Is(i - 1, "next") || text.Is(i - 1, "coming")))
        {
            e.First = i - 1;
            e.Offset = 1;
        }
        else if (i > first && (text.Is(i - 1, "on") || text.Is(i - 1, "this")))
        {
            e.First = i - 1;
        }
    }

    // Days and periods relative to the publication date ("yesterday", "earlier that day", "next week").
    [MethodImpl(Hot.Path)]
    private static void ReadRelative(TokenizedText text, int first, int end, int i, ref TimeExpression e)
    {
        if (!ReadDayWord(text, first, i, ref e) && !ReadPartOfDay(text, first, end, i, ref e) && !ReadDayBefore(text, end, i, ref e))
        {
            ReadNextPeriod(text, end, i, ref e);
        }
    }

    // One word naming a day: "yesterday", "(earlier) today", "tonight", "tomorrow", "overnight".
    private static bool ReadDayWord(TokenizedText text, int first, int i, ref TimeExpression e)
    {
        if (text.Is(i, "yesterday"))
        {
            e.Kind = TimeKind.RelativeDay;
            e.Offset = -1;
            e.End = i + 1;
        }
        else if (text.Is(i, "today") || text.Is(i, "tonight"))
        {
            e.Kind = TimeKind.RelativeDay;
            e.End = i + 1;
            if (i > first && (text.Is(i - 1, "earlier") || text.Is(i - 1, "later")))
            {
                e.First = i - 1;
                e.LaterInPeriod = text.Is(i - 1, "later");
            }
        }
        else if (text.Is(i, "tomorrow"))
        {
            e.Kind = TimeKind.RelativeDay;
            e.Offset = 1;
            e.End = i + 1;
        }
        else if (text.Is(i, "overnight"))
        {
            e.Kind = TimeKind.RelativeDay;
            e.End = i + 1;
        }
        else
        {
            return false;
        }

        return true;
    }

    // "earlier that morning", "later that day", "this week": the narrated day is the publication day.
    private static bool ReadPartOfDay(TokenizedText text, int first, int end, int i, ref TimeExpression e)
    {
        if (!(text.Is(i, "that") || text.Is(i, "this")) || i + 1 >= end || !Parts.TryGet(text.Text, text.Tokens[i + 1], out var part))
        {
            return false;
        }

        e.Kind = part == 0 ? TimeKind.RelativeDay : TimeKind.Vague;
        e.End = i + 2;
        if (i > first && (text.Is(i - 1, "earlier") || text.Is(i - 1, "later")))
        {
            e.First = i - 1;

            // "later this month" is still to come; "later that day" is the story's own past.
            e.LaterInPeriod = text.Is(i - 1, "later") && text.Is(i, "this");
        }

        return true;
    }

    // "the day before", "the day earlier", "the previous day", "the preceding day".
    private static bool ReadDayBefore(TokenizedText text, int end, int i, ref TimeExpression e)
    {
        if (!text.Is(i, "the") || i + 2 >= end)
        {
            return false;
        }

        var dayBefore = text.Is(i + 1, "day") && (text.Is(i + 2, "before") || text.Is(i + 2, "earlier"));
        var previousDay = (text.Is(i + 1, "previous") || text.Is(i + 1, "preceding")) && text.Is(i + 2, "day");
        if (!dayBefore && !previousDay)
        {
            return false;
        }

        e.Kind = TimeKind.RelativeDay;
        e.Offset = -1;
        e.End = i + 3;
        return true;
    }

    // "next week", "last month": a vague period.
    private static void ReadNextPeriod(TokenizedText text, int end, int i, ref TimeExpression e)
    {
        if ((text.Is(i, "next") || text.Is(i, "last") || text.Is(i, "later") || text.Is(i, "earlier")) && i + 1 < end
            && Parts.TryGet(text.Text, text.Tokens[i + 1], out var part) && part == 1)
        {
            e.Kind = TimeKind.Vague;
            e.Offset = text.Is(i, "next") || text.Is(i, "later") ? 1 : -1;
            e.End = i + 2;
        }
    }

    /// <summary>
    /// The ISO date of <paramref name="e"/> given the publication date, or null. Plain weekdays and month-days
    /// without a year resolve backwards for past events and forwards for planned ones.
    /// </summary>
    [MethodImpl(Hot.Path)]
    public static string? Normalize(in TimeExpression e, DateTime? published, bool planned)
    {
        if (published is null)
        {
            if (e.Kind == TimeKind.Calendar && e.Year > 0 && Valid(e.Year, e.Month, e.Day))
            {
                return Iso(new DateTime(e.Year, e.Month, e.Day));
            }

            return null;
        }

        var pub = published.Value.Date;
        switch (e.Kind)
        {
            case TimeKind.RelativeDay:
                return Iso(pub.AddDays(e.Offset));
            case TimeKind.Weekday:
                {
                    var forward = e.Offset > 0 || (e.Offset == 0 && planned);
                    var delta = ((int)e.Weekday - (int)pub.DayOfWeek + 7) % 7;
                    if (forward)
                    {
                        return Iso(pub.AddDays(delta == 0 && e.Offset > 0 ? 7 : delta));
                    }

                    var back = ((int)pub.DayOfWeek - (int)e.Weekday + 7) % 7;
                    if (back == 0 && e.Offset < 0)
                    {
                        back = 7;
                    }

                    return Iso(pub.AddDays(-back));
                }

            case TimeKind.Calendar:
                {
                    if (e.Year > 0)
                    {
                        return Valid(e.Year, e.Month, e.Day) ? Iso(new DateTime(e.Year, e.Month, e.Day)) : null;
                    }

                    // The year that puts the date nearest the publication date, leaning the way the event points.
                    DateTime? best = null;
                    var bestScore = double.MaxValue;
                    for (var y = pub.Year - 1; y <= pub.Year + 1; y++)
                    {
                        if (!Valid(y, e.Month, e.Day))
                        {
                            continue;
                        }

                        var d = new DateTime(y, e.Month, e.Day);
                        var diff = (d - pub).TotalDays;
                        var score = Math.Abs(diff) + (planned ? (diff < -7 ? 200 : 0) : (diff > 7 ? 200 : 0));
                        if (score < bestScore)
                        {
                            bestScore = score;
                            best = d;
                        }
                    }

                    return best is { } b ? Iso(b) : null;
                }

            default:
                return null;
        }
    }

    private static bool Valid(int y, int m, int d) => y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    private static string Iso(DateTime d) => IsoDate.Write(d);

    [MethodImpl(Hot.Path)]
    private static bool Day(TokenizedText text, int i, out int day)
    {
        day = 0;
        ref readonly var t = ref text.Tokens[i];
        var s = text.Text;
        var len = t.Length;

        // "10", "10th", "1st"
        var digits = 0;
        while (digits < len && char.IsDigit(s[t.Start + digits]))
        {
            digits++;
        }

        if (digits == 0 || digits > 2)
        {
            return false;
        }

        if (digits < len)
        {
            var rest = len - digits;
            if (rest != 2)
            {
                return false;
            }

            var a = char.ToLowerInvariant(s[t.Start + digits]);
            var b = char.ToLowerInvariant(s[t.Start + digits + 1]);
            if (!((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')))
            {
                return false;
            }
        }

        for (var k = 0; k < digits; k++)
        {
            day = day * 10 + (s[t.Start + k] - '0');
        }

        return day >= 1 && day <= 31;
    }

    [MethodImpl(Hot.Path)]
    private static bool Year(TokenizedText text, int i, out int year)
    {
        year = 0;
        ref readonly var t = ref text.Tokens[i];
        if (t.Kind != TokenKind.Number || t.Length != 4)
        {
            return false;
        }

        for (var k = 0; k < 4; k++)
        {
            var c = text.Text[t.Start + k];
            if (c < '0' || c > '9')
            {
                return false;
            }

            year = year * 10 + (c - '0');
        }

        return year >= 1900 && year <= 2200;
    }
}
