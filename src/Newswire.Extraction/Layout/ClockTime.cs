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

        var after = Word(text, i, end, out var word);
        if (word is "am" or "pm" or "a.m." or "p.m.")
        {
            i = after;
            after = Word(text, i, end, out word);
        }

        // A time zone in capitals ("GMT", "EST", "CAT").
        if (word.Length is >= 2 and <= 4 && IsCapitals(text, after - word.Length, after))
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

    // The next space-separated word after i (lower-cased), and where it ends; the word is empty when none follows.
    private static int Word(string text, int i, int end, out string word)
    {
        var s = i;
        while (s < end && text[s] == ' ')
        {
            s++;
        }

        var e = s;
        while (e < end && text[e] != ' ' && text[e] != ',')
        {
            e++;
        }

        word = e > s ? text.Substring(s, e - s).ToLowerInvariant() : string.Empty;
        return e;
    }

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
