namespace Newswire.Extraction.Layout;

/// <summary>A clock time opening a line: "3:05 pm", "15.05 GMT", "10:31 a.m. EST".</summary>
internal static class ClockTime
{
    /// <summary>Where the clock time at <paramref name="start"/> ends (before what follows it), or -1 when none opens there.</summary>
    public static int End(string text, int start, int end)
    {
        var i = start;
        var hour = Digits(text, ref i, end);
        if (hour is < 1 or > 2 || i >= end || (text[i] != ':' && text[i] != '.'))
        {
            return -1;
        }

        i++;
        if (Digits(text, ref i, end) != 2)
        {
            return -1;
        }

        var after = Word(text, i, end, out var from);
        if (Is(text, from, after, "am") || Is(text, from, after, "pm") || Is(text, from, after, "a.m.") || Is(text, from, after, "p.m."))
        {
            i = after;
            after = Word(text, i, end, out from);
        }

        // A time zone in capitals ("GMT", "EST", "CAT").
        if (after - from is >= 2 and <= 4 && IsCapitals(text, from, after))
        {
            i = after;
        }

        return i;
    }

    private static int Digits(string text, ref int i, int end)
    {
        var n = 0;
        while (i < end && text[i] >= '0' && text[i] <= '9')
        {
            i++;
            n++;
        }

        return n;
    }

    // The next space-separated word after i: where it starts (from) and ends; an empty word when none follows.
    private static int Word(string text, int i, int end, out int from)
    {
        from = i;
        while (from < end && text[from] == ' ')
        {
            from++;
        }

        var e = from;
        while (e < end && text[e] != ' ' && text[e] != ',')
        {
            e++;
        }

        return e;
    }

    private static bool Is(string text, int from, int to, string word) =>
        to - from == word.Length && string.Compare(text, from, word, 0, word.Length, System.StringComparison.OrdinalIgnoreCase) == 0;

    private static bool IsCapitals(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!char.IsUpper(text[k]))
            {
                return false;
            }
        }

        return true;
    }
}
