using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Layout;

/// <summary>
/// A line that is only a date and time as pages print them ("Tuesday 4 March 2025 10.31 GMT", "Mar 4, 2025 | 10:31
/// AM ET"): month and day names, numbers, am/pm and zone abbreviations; at least a month and a number.
/// </summary>
internal static class DateWords
{
    private const int MaxWords = 10;

    private static readonly TermTable<bool> Months = TermTables.Words(
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august",
        "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",

        // Spanish and Portuguese months and their page abbreviations ("2 de diciembre de 2026", "2.dez.2026").
        "enero", "ene", "febrero", "marzo", "abril", "abr", "mayo", "junio", "julio", "agosto", "ago", "septiembre", "setiembre",
        "octubre", "noviembre", "diciembre", "dic", "janeiro", "fevereiro", "fev", "março", "maio", "mai", "junho", "julho",
        "setembro", "set", "outubro", "out", "novembro", "dezembro", "dez");

    // Day names, clock words and zone abbreviations.
    private static readonly TermTable<bool> Others = TermTables.Words(
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday",
        "sat", "saturday", "sun", "sunday", "am", "pm", "a", "m", "p", "gmt", "utc", "bst", "cet", "cest", "eet", "est", "edt",
        "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt", "ist", "jst", "kst", "sgt", "hkt", "aest", "aedt", "wat", "cat",
        "eat", "sast", "st", "nd", "rd", "th", "at", "pht", "wib", "ict", "nzdt", "nzst", "awst", "acst", "pkt", "npt", "myt",

        // Spanish and Portuguese joining and clock words ("2 de diciembre de 2026", "2.dez.2026 às 18h40", "10:15 hs").
        "de", "del", "às", "as", "h", "hs", "hrs");

    /// <summary>Whether text[start, end) names a month and holds a number ("Riverton, May 4").</summary>
    public static bool HasMonthAndNumber(string text, int start, int end)
    {
        var month = false;
        var number = false;
        var i = start;
        while (i < end)
        {
            var j = i;
            while (j < end && char.IsLetter(text[j]))
            {
                j++;
            }

            month |= j > i && Months.TryGet(text, i, j - i, TermKey.Hash(text, i, j - i), out _);
            number |= j == i && char.IsDigit(text[i]);
            i = j > i ? j : i + 1;
        }

        return month && number;
    }

    /// <summary>Whether <paramref name="line"/> holds only a date (and time).</summary>
    public static bool IsDate(string text, TextSpan line)
    {
        int words = 0, months = 0, numbers = 0;
        var i = line.Start;
        while (i < line.End)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                var end = i;
                while (end < line.End && char.IsLetter(text[end]))
                {
                    end++;
                }

                var hash = TermKey.Hash(text, i, end - i);
                var month = Months.TryGet(text, i, end - i, hash, out _);
                if (!month && !Others.TryGet(text, i, end - i, hash, out _))
                {
                    return false;
                }

                months += month ? 1 : 0;

                words++;
                i = end;
            }
            else
            {
                numbers += char.IsDigit(c) && (i == line.Start || !char.IsDigit(text[i - 1])) ? 1 : 0;
                if (!char.IsDigit(c) && " ,.:|/-+()\u2013\u2014\u00B7\u2022".IndexOf(c) < 0)
                {
                    return false;
                }

                i++;
            }
        }

        return (months > 0 || HasNumericDate(text, line)) && numbers > 0 && words <= MaxWords;
    }

    /// <summary>
    /// Whether <paramref name="line"/> holds a date in figures: "2026-12-02" (year first) or "02.12.2026", "2/12/26"
    /// (year last), three groups joined by one kind of mark ("2026-12-02 HKT 17:45", "02.12.2026 • 14:32").
    /// </summary>
    public static bool HasNumericDate(string text, TextSpan line)
    {
        for (var i = line.Start; i < line.End; i++)
        {
            if (char.IsDigit(text[i]) && (i == line.Start || !char.IsLetterOrDigit(text[i - 1])) && IsNumericDateAt(text, i, line.End))
            {
                return true;
            }
        }

        return false;
    }

    // Three digit groups from `start` joined by the same "-", "." or "/", the year (four digits, or two last) at an end.
    private static bool IsNumericDateAt(string text, int start, int end)
    {
        var lengths = new int[3];
        var mark = '\0';
        var i = start;
        for (var g = 0; g < 3; g++)
        {
            var from = i;
            while (i < end && char.IsDigit(text[i]))
            {
                i++;
            }

            lengths[g] = i - from;
            if (lengths[g] == 0 || lengths[g] > 4 || (g < 2 && (i >= end || (text[i] != '-' && text[i] != '.' && text[i] != '/') || (mark != '\0' && text[i] != mark))))
            {
                return false;
            }

            mark = g < 2 ? text[i++] : mark;
        }

        var yearFirst = lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2;
        var yearLast = lengths[0] <= 2 && lengths[1] <= 2 && (lengths[2] == 4 || lengths[2] == 2);
        return (yearFirst || yearLast) && (i == end || !char.IsLetterOrDigit(text[i]));
    }
}
