using System.Runtime.CompilerServices;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// Word tables: month, weekday and day-part names and the words that may start an expression (see TimeExpressions.cs).
internal static partial class TimeExpressions
{
    [MethodImpl(Hot.Path)]
    private static TermTable<int> BuildMonths()
    {
        var t = new TermTable<int>(48);
        string[] names = { "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december" };
        string[] shorts = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
        for (var m = 0; m < 12; m++)
        {
            t.Set(names[m], m + 1);
            t.Set(shorts[m], m + 1);
        }

        t.Set("sept", 9);
        return t;
    }

    [MethodImpl(Hot.Path)]
    private static TermTable<int> BuildWeekdays()
    {
        var t = new TermTable<int>(16);
        string[] names = { "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday" };
        for (var d = 0; d < 7; d++)
        {
            t.Set(names[d], d);
        }

        return t;
    }

    [MethodImpl(Hot.Path)]
    private static TermTable<bool> BuildStarters()
    {
        var t = new TermTable<bool>(64);
        foreach (var table in new[] { Months, Weekdays })
        {
            foreach (var kv in table.Entries())
            {
                t.Set(kv.Key, true);
            }
        }

        foreach (var w in new[] { "yesterday", "today", "tonight", "tomorrow", "overnight", "that", "this", "the", "next", "last", "later", "earlier" })
        {
            t.Set(w, true);
        }

        return t;
    }

    // 0 = a part of the narrated day, 1 = a longer period.
    [MethodImpl(Hot.Path)]
    private static TermTable<int> BuildParts()
    {
        var t = new TermTable<int>(16);
        foreach (var w in new[] { "morning", "afternoon", "evening", "night", "day" })
        {
            t.Set(w, 0);
        }

        foreach (var w in new[] { "week", "month", "year", "weekend" })
        {
            t.Set(w, 1);
        }

        return t;
    }
}
