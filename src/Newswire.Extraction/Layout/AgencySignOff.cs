using Newswire.Extraction.Model;

namespace Newswire.Extraction.Layout;

/// <summary>
/// A closing line crediting agencies: "(Agency)", "-- Agency", "ab/cd (Agency, Agency)" (editors' initials, then
/// the agencies the story draws on), or the editors' initials alone ("ab/cd/ef"). Only known agencies
/// (<see cref="WireAgencies"/>).
/// </summary>
internal static class AgencySignOff
{
    private const int MaxChars = 60;
    private const int MaxInitialsChars = 12;

    /// <summary>Whether <paramref name="line"/> is an agency sign-off.</summary>
    public static bool Is(string text, TextSpan line)
    {
        if (line.Length > MaxChars)
        {
            return false;
        }

        var open = text.IndexOf('(', line.Start, line.Length);
        if (open >= 0)
        {
            return text[line.End - 1] == ')' && IsInitials(text, line.Start, open) && IsAgencyList(text, open + 1, line.End - 1);
        }

        var start = line.Start;
        while (start < line.End && (text[start] == '-' || text[start] == '\u2013' || text[start] == '\u2014' || text[start] == ' '))
        {
            start++;
        }

        return start > line.Start ? IsAgencyList(text, start, line.End) : IsInitialsOnly(text, line);
    }

    // "bgt/kd/jm": the editors' initials alone closing agency copy, two or more lower-case groups of one to four
    // letters between slashes.
    private static bool IsInitialsOnly(string text, TextSpan line)
    {
        var groups = 0;
        var run = 0;
        for (var i = line.Start; i <= line.End; i++)
        {
            if (i < line.End && char.IsLower(text[i]))
            {
                run++;
                continue;
            }

            if (run == 0 || run > MaxInitialsGroup || (i < line.End && text[i] != '/'))
            {
                return false;
            }

            groups++;
            run = 0;
        }

        return groups >= 2;
    }

    private const int MaxInitialsGroup = 4;

    // Nothing, or editors' initials before the bracket ("ab/cd ").
    private static bool IsInitials(string text, int start, int end)
    {
        if (end - start > MaxInitialsChars)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (!char.IsLetter(text[i]) && text[i] != '/' && text[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    // "Agency", "Agency, Agency", "Agency/Agency": every part a known agency.
    private static bool IsAgencyList(string text, int start, int end)
    {
        var partStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && text[i] != ',' && text[i] != '/')
            {
                continue;
            }

            var s = partStart;
            var e = i;
            while (s < e && text[s] == ' ')
            {
                s++;
            }

            while (e > s && text[e - 1] == ' ')
            {
                e--;
            }

            if (!WireAgencies.IsAgency(text, s, e - s))
            {
                return false;
            }

            partStart = i + 1;
        }

        return true;
    }
}
