using System;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Layout;

/// <summary>
/// Lines around the body a reader does not count as paragraphs: at its start a byline ("By Ada Brandt", "By Ada
/// Brandt and Ivo Marek, Staff Reporters"), a date line ("Published: March 4, 2025") or a dateline on a line of its
/// own ("RIVERTON, May 4 (Agency) -") or a writer's name over parts and a date ("Ada Brandt | Riverton | March 4,
/// 2025"); at either end a credit line ("(Reporting by Ada Brandt; Editing by Ivo
/// Marek)", "Photo: Ada Brandt/Agency"). They stay in the article's text; they are no paragraph and not analysed.
/// </summary>
internal static class BodyFurniture
{
    private const int MaxDateLineChars = 80;
    private const int MaxInterstitialChars = 160;
    private const int MaxPhotoCreditChars = 120;
    private const int MaxDatelineChars = 100;

    // Broadcasters' notices run on: "Copyright 2026 Station Inc. All rights reserved. This material may not be ...".
    private const int MaxCopyrightChars = 240;

    // What a date line opens with before its date, and what a photo credit opens with, in lower case.
    private static readonly string[] DatePrefixes =
    {
        "published", "updated", "last updated", "posted", "first published", "last update", "last modified", "modified",
        "atualizado", "atualizada", "actualizado", "actualizada", "publicado", "publicada", "issued",
    };

    private static readonly string[] PhotoCreditPrefixes = { "photo:", "photo credit:", "photograph:", "image:", "credit:", "(ap photo", "(photo:", "picture:",
        "image source,", "image caption,",

        // Broadcasters caption archive pictures so ("File Image: Members of Parliament during a sitting").
        "file image:", "file photo:", "file picture:" };

    /// <summary>Whether the line opening the body is no paragraph.</summary>
    public static bool IsLead(string text, TextSpan line) =>
        Dateline.IsByline(text, line.Start, line.End) || IsDateLine(text, line) || IsDatelineOnly(text, line) || IsPhotoCredit(text, line)
        || IsSignedDateLine(text, line) || WebFurniture.Is(text, line) || LabeledByline.Is(text, line) || LabeledByline.IsDated(text, line)
        || CaptionLine.Is(text, line) || WriterLine.IsStaffHouseLine(text, line);

    // "Ada Brandt | Riverton | March 4, 2025": a writer's name, parts and a date (or the date, then the name), no section ("Daily Ledger | Politics |
    // March 4, 2025" is an outlet and section line).
    private static bool IsSignedDateLine(string text, TextSpan line)
    {
        if (line.Length > MaxDateLineChars || text.IndexOfAny(Digits, line.Start, line.Length) < 0)
        {
            return false;
        }

        // "March 4, 2025 | Ada Brandt": the date first, the writer last; "Agency | Updated: March 4, 2025", "ABC | Mar 4,
        // 2025, 14.20 IST", "Riverton | Updated: ...": who or where, then a date line.
        var first = SectionLine.FirstPart(text, line);
        var last = SectionLine.LastPart(text, line);
        if (first.Length < line.Length && ((DateWords.IsDate(text, first) && IsBareName(text, last)) || (IsSigner(text, first) && IsDateLine(text, last))))
        {
            return true;
        }

        var undated = SectionLine.WithoutDate(text, line);
        return undated.Length < line.Length && IsBareName(text, SectionLine.FirstPart(text, undated)) && !SectionLine.Is(text, undated)
               && !SectionLine.SplitsOutlet(text, undated, out _, out _);
    }

    // Who or where a date line's first part names: a writer, an agency, a desk's code in capitals ("TNN") or one
    // capitalized word that names no section or medium (the writer's place).
    private static bool IsSigner(string text, TextSpan part)
    {
        if (IsBareName(text, part) || WireAgencies.IsAgency(text, part.Start, part.Length))
        {
            return true;
        }

        for (var i = part.Start; i < part.End; i++)
        {
            if (!char.IsLetter(text[i]))
            {
                return false;
            }
        }

        return part.Length >= 2 && char.IsUpper(text[part.Start]) && !SectionLine.Is(text, part) && !OutletLine.HasMediaWord(text, part);
    }

    /// <summary>Whether the line closing the body is no paragraph.</summary>
    public static bool IsTrail(string text, TextSpan line) =>
        Credits.IsTrailer(text, line.Start, line.End) || IsPhotoCredit(text, line) || IsCopyright(text, line) || AgencySignOff.Is(text, line)
        || WebFurniture.Is(text, line) || IsDateLine(text, line) || WebFurniture.IsTagsLine(text, line) || IsBracketedCredit(text, line)
        || IsEndMark(text, line);

    // Marks closing agency copy ("(END)" under Korean and Japanese wire stories, "-30-" under North American ones).
    private static readonly string[] EndMarks = { "(end)", "-end-", "end", "ends", "(ends)", "-30-", "- 30 -" };

    private static bool IsEndMark(string text, TextSpan line)
    {
        foreach (var mark in EndMarks)
        {
            if (line.Length == mark.Length && string.Compare(text, line.Start, mark, 0, mark.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // "(Japanese original by Ada Brandt, Political News Department)", "(Translated by Ada Brandt)": a closing line in
    // brackets that credits someone by name; a bracketed sentence of the story has no "by" before a capital.
    private static bool IsBracketedCredit(string text, TextSpan line)
    {
        if (line.Length > MaxBracketedCreditChars || text[line.Start] != '(' || text[line.End - 1] != ')')
        {
            return false;
        }

        var by = text.IndexOf(" by ", line.Start, line.Length, StringComparison.Ordinal);
        return by > line.Start && by + 4 < line.End && char.IsUpper(text[by + 4]) && text.IndexOf(". ", line.Start, by - line.Start, StringComparison.Ordinal) < 0;
    }

    private const int MaxBracketedCreditChars = 160;

    /// <summary>
    /// Whether a line anywhere in the body is web page furniture a reader skips ("Advertisement", "Read more: ...",
    /// "Share", a photo credit between paragraphs).
    /// </summary>
    public static bool IsInterstitial(string text, TextSpan line) =>
        IsListed(text, line) || WebFurniture.Is(text, line) || IsPhotoCredit(text, line) || CaptionLine.Is(text, line);

    private static bool IsListed(string text, TextSpan line)
    {
        // Most lines open with a letter no entry opens with, and fail here before the comparisons.
        if (line.Length > MaxInterstitialChars || InterstitialInitials.IndexOf(char.ToLowerInvariant(text[line.Start])) < 0)
        {
            return false;
        }

        foreach (var word in Interstitials)
        {
            if (line.Length >= word.Length && SpanText.EqualsIgnoreCase(word, text, line.Start)
                && (line.Length == word.Length || word[word.Length - 1] == ':' || word[word.Length - 1] == '|' || IsOnly(text, line.Start + word.Length, line.End, ':')))
            {
                return true;
            }
        }

        return false;
    }

    // Lines of page furniture: whole lines, or (ending in ':') what opens a line pointing elsewhere; Spanish and
    // Portuguese pages point elsewhere with "Lea también:" / "Leia também:" ("read also").
    private static readonly string[] Interstitials =
    {
        "advertisement", "story continues below advertisement", "story continues below", "continue reading", "read more",
        "read more:", "related:", "related stories", "related articles", "related coverage", "also read:", "read also:",
        "see also:", "recommended", "recommended:", "sponsored", "share this article", "scroll to continue", "read:",
        "share this article on", "share this story", "lea también:", "lee también:", "leia também:", "leia mais:",
        "veja también:", "ver también:", "más información:", "te puede interesar:", "publicidad", "publicidade",

        // A page's short address for sharing, alone or with its link.
        "short link:",

        // Pointers with a bar ("ALSO READ | Title"), headings of link lists and picture agencies' lines between paragraphs.
        "also read |", "read also |", "read more |", "related news", "more from this section", "more on this story",
        "you may also like", "you might also like", "advertisement - scroll to continue", "scroll to continue with content",
        "getty images", "afp via getty images",
    };

    // The first letters of the entries above.
    private static readonly string InterstitialInitials = Initials(Interstitials);

    private static string Initials(string[] entries)
    {
        var initials = "";
        foreach (var entry in entries)
        {
            initials += initials.IndexOf(entry[0]) < 0 ? entry[0].ToString() : "";
        }

        return initials;
    }

    private static bool IsOnly(string text, int start, int end, char c)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] != c && text[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    // "(c) 2025 Agency", "Copyright 2025 The Riverton Courier. All rights reserved."
    private static bool IsCopyright(string text, TextSpan line) =>
        line.Length <= MaxCopyrightChars
        && (text[line.Start] == '\u00A9' || string.Compare(text, line.Start, "(c) ", 0, 4, StringComparison.OrdinalIgnoreCase) == 0
            || string.Compare(text, line.Start, "copyright ", 0, 10, StringComparison.OrdinalIgnoreCase) == 0);

    // "March 4, 2025", "Published: 4 March 2025", "Updated 10:31 AM EST, Tue March 4, 2025", "Tuesday 4 March 2025 10.31 GMT".
    internal static bool IsDateLine(string text, TextSpan line)
    {
        if (line.Length > MaxDateLineChars || !char.IsLetterOrDigit(text[line.Start]))
        {
            return false;
        }

        var start = line.Start;
        foreach (var prefix in DatePrefixes)
        {
            if (line.Length > prefix.Length && SpanText.EqualsIgnoreCase(prefix, text, start)
                && !char.IsLetter(text[start + prefix.Length]))
            {
                return text.IndexOfAny(Digits, start, line.End - start) >= 0;
            }
        }

        // Every date shape holds a number; most short lines do not, and skip the parse.
        return text.IndexOfAny(Digits, start, line.End - start) >= 0
            && (DateParser.TryParse(text.Substring(start, line.End - start), out _) || DateWords.IsDate(text, line) || IsPlacedDate(text, line)
                || IsTimedDate(text, line));
    }

    // "3:05 pm on 1 December 2025", "15.05 GMT, 1 Dec 2025": a clock time, then the date.
    private static bool IsTimedDate(string text, TextSpan line)
    {
        var at = ClockTime.End(text, line.Start, line.End);
        if (at < 0)
        {
            return false;
        }

        while (at < line.End && (text[at] == ' ' || text[at] == ','))
        {
            at++;
        }

        if (at + 3 < line.End && string.Compare(text, at, "on ", 0, 3, StringComparison.OrdinalIgnoreCase) == 0)
        {
            at += 3;
        }

        var rest = new TextSpan(at, line.End - at);
        return rest.Length > 0 && char.IsLetterOrDigit(text[at]) && (DateParser.TryParse(text.Substring(at, rest.Length), out _) || DateWords.IsDate(text, rest));
    }

    // "Lima, 2 December 2026 | 11:05", "CHENNAI, December 02, 2026 09:41 pm | Updated 10:12 pm IST", "Jakarta ● Tue,
    // December 2, 2026": the writer's place, then a date (its first part when parts follow).
    private static bool IsPlacedDate(string text, TextSpan line)
    {
        var comma = text.IndexOf(", ", line.Start, line.Length, StringComparison.Ordinal);
        var mark = text.IndexOf(" \u25CF ", line.Start, line.Length, StringComparison.Ordinal);
        var cut = mark > line.Start && (comma < 0 || mark < comma) ? mark + 2 : comma;
        if (cut <= line.Start || !char.IsLetter(text[line.Start]) || !DatelineOutlet.IsPlace(text, line.Start, cut == comma ? comma : mark))
        {
            return false;
        }

        var rest = SectionLine.FirstPart(text, SpanTrim.Trim(text, cut + 1, line.End));
        return rest.Length > 0 && DateWords.IsDate(text, rest);
    }

    private static readonly char[] Digits = { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' };

    // A dateline standing alone: a capitalized place, optional region, date and agency, then a dash ("RIVERTON, May
    // 4 (Agency) -"); without the dash it needs a place in capitals, a date or an agency ("RIVERTON", "Riverton, May 4").
    public static bool IsDatelineOnly(string text, TextSpan line)
    {
        if (line.Length < 3 || line.Length > MaxDatelineChars)
        {
            return false;
        }

        var end = line.End;
        while (end > line.Start && (IsDash(text[end - 1]) || text[end - 1] == ' '))
        {
            end--;
        }

        // "ABC News" alone has a place's capitals but names a broadcaster.
        if (end == line.Start || !DatelineOutlet.IsPlace(text, line.Start, end) || OutletLine.HasBroadcastWord(text, line))
        {
            return false;
        }

        return end < line.End || DatelineOutlet.Find(text, line) is not null || IsCapitalsWord(text, line.Start, end) || DateWords.HasMonthAndNumber(text, line.Start, end);
    }

    /// <summary>Whether the line is a person's name alone: two to four capitalized words, no digits or sentence marks.</summary>
    public static bool IsBareName(string text, TextSpan line)
    {
        if (line.Length < 5 || line.Length > MaxBareNameChars || !char.IsUpper(text[line.Start]))
        {
            return false;
        }

        var words = 1;
        for (var i = line.Start; i < line.End; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                words++;
                if (i + 1 >= line.End || !char.IsUpper(text[i + 1]))
                {
                    return false;
                }
            }
            else if (!char.IsLetter(c) && c != '-' && c != '\'' && c != '.')
            {
                return false;
            }
        }

        return words >= 2 && words <= 4;
    }

    private const int MaxBareNameChars = 40;

    internal static bool IsDash(char c) => c == '-' || c == '\u2013' || c == '\u2014';

    // The first word in capitals, two letters or more ("RIVERTON", "PORT ELLIS").
    private static bool IsCapitalsWord(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsLetter(text[i]) && char.IsUpper(text[i]))
        {
            i++;
        }

        return i - start >= 2 && (i == end || !char.IsLetter(text[i]));
    }

    private static bool IsPhotoCredit(string text, TextSpan line)
    {
        if (line.Length > MaxPhotoCreditChars)
        {
            return false;
        }

        foreach (var prefix in PhotoCreditPrefixes)
        {
            if (line.Length > prefix.Length && SpanText.EqualsIgnoreCase(prefix, text, line.Start))
            {
                return true;
            }
        }

        return false;
    }
}
