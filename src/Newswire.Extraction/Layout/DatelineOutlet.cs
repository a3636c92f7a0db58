using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Layout;

/// <summary>
/// The agency in a wire dateline opening a paragraph: "RIVERTON, May 4 (Agency) - ...", "PORT ELLIS (Agency) --",
/// "(Agency) - ..." with no place, "New Delhi, March 4 (Agency): ...", "MOSCOW, March 4. /Agency/.", "ASTANA. AGENCY -".
/// Only a known agency (<see cref="WireAgencies"/>) counts: in brackets or slashes, or bare right before the dash.
/// It tells a dateline line from a paragraph (<see cref="BodyFurniture"/>); the agency wrote the copy and is not the
/// article's outlet, which only front matter or an outlet line gives.
/// </summary>
internal static class DatelineOutlet
{
    // A dateline's place, regions and date fit in this many characters before the bracket.
    private const int MaxPrefixChars = 80;
    private const int MaxPrefixWords = 10;
    private const int MaxAgencyChars = 40;

    /// <summary>The agency name's span inside the dateline opening <paramref name="span"/>, or null.</summary>
    public static TextSpan? Find(string text, TextSpan span) => InBrackets(text, span) ?? BetweenSlashes(text, span) ?? BeforeDash(text, span);

    // "RIVERTON, May 4 (Agency) - ...".
    private static TextSpan? InBrackets(string text, TextSpan span)
    {
        var open = text.IndexOf('(', span.Start, System.Math.Min(span.Length, MaxPrefixChars + 1));
        if (open < 0 || !IsPlace(text, span.Start, open))
        {
            return null;
        }

        var close = text.IndexOf(')', open + 1, System.Math.Min(span.End - open - 1, MaxAgencyChars + 1));
        if (close < 0 || !FollowedByDash(text, close + 1, span.End))
        {
            return null;
        }

        var name = SpanTrim.Trim(text, open + 1, close);
        return WireAgencies.IsAgency(text, name.Start, name.Length) ? name : null;
    }

    // "MOSCOW, March 3. /Agency/. ...": the agency between slashes after the place and date.
    private static TextSpan? BetweenSlashes(string text, TextSpan span)
    {
        var open = text.IndexOf('/', span.Start, System.Math.Min(span.Length, MaxPrefixChars + 1));
        if (open <= span.Start || !IsPlace(text, span.Start, PrefixEnd(text, span.Start, open)))
        {
            return null;
        }

        var close = text.IndexOf('/', open + 1, System.Math.Min(span.End - open - 1, MaxAgencyChars + 1));
        if (close < 0)
        {
            return null;
        }

        var name = SpanTrim.Trim(text, open + 1, close);
        return WireAgencies.IsAgency(text, name.Start, name.Length) ? name : null;
    }

    // "ASTANA. AGENCY - ...", "Tehran, AGENCY -- ...": a known agency's name right before the dateline's dash, after
    // its place.
    private static TextSpan? BeforeDash(string text, TextSpan span)
    {
        var dash = FirstDash(text, span.Start, System.Math.Min(span.End, span.Start + MaxPrefixChars + MaxAgencyChars));
        if (dash < 0)
        {
            return null;
        }

        var nameEnd = dash;
        while (nameEnd > span.Start && text[nameEnd - 1] == ' ')
        {
            nameEnd--;
        }

        // The agency's name is the last one to three words before the dash; a place stands before it.
        var nameStart = nameEnd;
        for (var words = 0; words < MaxAgencyWords; words++)
        {
            var space = text.LastIndexOf(' ', nameStart - 1, nameStart - span.Start);
            if (space <= span.Start)
            {
                return null;
            }

            nameStart = space + 1;
            var prefixEnd = PrefixEnd(text, span.Start, space);
            if (prefixEnd > span.Start && WireAgencies.IsAgency(text, nameStart, nameEnd - nameStart) && IsPlace(text, span.Start, prefixEnd))
            {
                return new TextSpan(nameStart, nameEnd - nameStart);
            }

            nameStart = space;
        }

        return null;
    }

    private const int MaxAgencyWords = 3;

    // The end of a dateline's place before its agency, without the spaces, comma or full stop that close it.
    private static int PrefixEnd(string text, int start, int end)
    {
        while (end > start && (text[end - 1] == ' ' || text[end - 1] == ',' || text[end - 1] == '.'))
        {
            end--;
        }

        return end;
    }

    // The first spaced dash (" - ", " -- ", " – ") in [start, end), or -1.
    private static int FirstDash(string text, int start, int end)
    {
        for (var i = start + 1; i < end - 1; i++)
        {
            if (BodyFurniture.IsDash(text[i]) && text[i - 1] == ' ')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Empty, or a place with optional region and date: capitalized words, numbers and lower-case connectors ("Rio de
    /// Janeiro"), no sentence punctuation, few words.
    /// </summary>
    public static bool IsPlace(string text, int start, int end)
    {
        var words = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '!' || c == '?' || c == ';' || c == ':' || c == '"' || (c == '.' && !IsAbbreviationDot(text, i, end)))
            {
                return false;
            }

            if (c != ' ' && (i == start || text[i - 1] == ' '))
            {
                words++;
                var first = c == '(' && i + 1 < end ? text[i + 1] : c; // "(Agency)" in a dateline standing alone
                if (!char.IsUpper(first) && !char.IsDigit(first) && !IsConnector(text, i, end))
                {
                    return false;
                }
            }
        }

        return words <= MaxPrefixWords;
    }

    private static bool IsConnector(string text, int i, int end)
    {
        var j = i;
        while (j < end && char.IsLetter(text[j]))
        {
            j++;
        }

        return j > i && Dateline.Connectors.TryGet(text, i, j - i, TermKey.Hash(text, i, j - i), out _);
    }

    // "Sept. 22", "D.C.,": a full stop inside a word or before a day number, not a sentence end.
    private static bool IsAbbreviationDot(string text, int i, int end) =>
        i + 1 >= end || text[i + 1] != ' ' || (i + 2 < end && char.IsDigit(text[i + 2]));

    // A dash ("(Agency) - The ..."), a colon ("(Agency): The ..."), with neither the capital opening the text, or
    // nothing (a dateline on a line of its own).
    private static bool FollowedByDash(string text, int i, int end)
    {
        var spaced = i < end && text[i] == ' ';
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        return i == end || (text[i] == '-' || text[i] == '\u2013' || text[i] == '\u2014' || text[i] == ':' || (spaced && char.IsUpper(text[i])));
    }
}
