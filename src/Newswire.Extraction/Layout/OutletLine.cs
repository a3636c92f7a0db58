using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Layout;

/// <summary>
/// An outlet's own line between the headline and the body, known by what stands under it: "The Daily Ledger" over
/// "Politics", "By Ada Brandt" or "March 4, 2025" (a blank line above it or not). A name-shaped line over the first
/// paragraph says nothing by itself (a deck or a subheading has the same shape), so it stays a paragraph.
/// </summary>
internal static class OutletLine
{
    private const int MaxChars = 40;
    private const int MaxWords = 5;

    /// <summary>
    /// Whether <paramref name="line"/>, the first line of <paramref name="body"/>, is an outlet's name over a section
    /// line, a byline or a date line.
    /// </summary>
    public static bool IsAbove(string text, LineMap lines, TextSpan line, (int First, int Last) body)
    {
        if (!IsName(text, line))
        {
            return false;
        }

        // The line right under it, in its block (a blank line between: the block above was the outlet's alone).
        var next = body.First + 1;
        var under = next <= body.Last ? ArticleLayoutParser.Trimmed(text, lines, next) : default;
        return under.Length > 0 && SectionLine.Is(text, SectionLine.WithoutDate(text, under)) || BodyFurniture.IsLead(text, under);
    }

    /// <summary>
    /// Whether <paramref name="line"/>, the first line of <paramref name="body"/>, is an outlet's name over a byline or a
    /// date line ("Stabroek News" / "By Staff Writer"): read before the section test, since a paper's name often holds
    /// a section word; a line of section words alone ("World News") stays the section.
    /// </summary>
    public static bool IsOverLead(string text, LineMap lines, TextSpan line, (int First, int Last) body)
    {
        var next = body.First + 1;
        return next <= body.Last && IsName(text, line) && !SectionLine.IsSectionOnly(text, line)
               && BodyFurniture.IsLead(text, ArticleLayoutParser.Trimmed(text, lines, next));
    }

    /// <summary>
    /// Whether <paramref name="line"/>, the first line of <paramref name="body"/>, is a news medium's name ("NewsDay",
    /// "Kathmandu Post") over a byline or a date line, a blank line between them or not: the medium's word tells it
    /// from a deck or a writer's name.
    /// </summary>
    public static bool IsMediaOverLead(string text, LineMap lines, TextSpan line, (int First, int Last) body)
    {
        if (!HasMediaWord(text, line) || SectionLine.IsSectionOnly(text, line))
        {
            return false;
        }

        var under = ArticleLayoutParser.LineUnder(text, lines, body);
        return under.Length > 0 && BodyFurniture.IsLead(text, under);
    }

    /// <summary>
    /// The outlet a "Source: Name" line under the headline names ("Source: Caribbean Broadcast News"), as a front
    /// matter <c>source:</c> does, parts after it aside ("Source: Agency| date|Editor: ..."); null when the line is none.
    /// </summary>
    public static TextSpan? SourceLine(string text, TextSpan line)
    {
        const string Key = "Source:";
        if (line.Length <= Key.Length + 1 || string.Compare(text, line.Start, Key, 0, Key.Length, System.StringComparison.OrdinalIgnoreCase) != 0)
        {
            return null;
        }

        // "Source: Agency| 2026-12-02 21:14:35|Editor: ...": state media print the source, the time and the editor on one line.
        var name = SectionLine.FirstPart(text, SpanTrim.Trim(text, line.Start + Key.Length, line.End));
        return IsName(text, name) ? name : null;
    }

    /// <summary>
    /// Whether <paramref name="line"/>, alone in its block over the headline's, is a masthead: a name closing with a
    /// newspaper's word ("The Kathmandu Post", "Nation Daily"). A kicker ("BREAKING NEWS") is none; a name in capitals
    /// alone ("RIVERPRESS") cannot be told from a dateline's place and stays unread.
    /// </summary>
    public static bool IsMasthead(string text, TextSpan line)
    {
        if (!IsName(text, line) || Kickers.Contains(text.Substring(line.Start, line.Length)))
        {
            return false;
        }

        var lastStart = text.LastIndexOf(' ', line.End - 1, line.Length) + 1;
        return lastStart > line.Start && MastheadWords.TryGet(text, lastStart, line.End - lastStart, TermKey.Hash(text, lastStart, line.End - lastStart), out _);
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a masthead in capitals ("THE RIVERTON TIMES", "RIVERTON NEWS"), which the name
    /// test leaves to a dateline's place: its last word a newspaper's or any word a medium's; no kicker ("BREAKING
    /// NEWS") and no section ("WORLD NEWS").
    /// </summary>
    public static bool IsCapitalsMasthead(string text, TextSpan line)
    {
        if (!IsNameShaped(text, line) || Kickers.Contains(text.Substring(line.Start, line.Length)) || SectionLine.IsSectionOnly(text, line))
        {
            return false;
        }

        for (var i = line.Start; i < line.End; i++)
        {
            if (char.IsLower(text[i]))
            {
                return false;
            }
        }

        var lastStart = text.LastIndexOf(' ', line.End - 1, line.Length) + 1;
        return (lastStart > line.Start && MastheadWords.TryGet(text, lastStart, line.End - lastStart, TermKey.Hash(text, lastStart, line.End - lastStart), out _))
               || HasBroadcastWord(text, line);
    }

    /// <summary>
    /// Whether <paramref name="line"/> reads as a paper's name by itself: a masthead ("The Kathmandu Post"), a name
    /// opening with "The" ("The Namibian"), or a known agency. A person's name has none of these.
    /// </summary>
    public static bool IsPaperName(string text, TextSpan line) =>
        IsMasthead(text, line) || (IsName(text, line) && line.Length > 4 && string.CompareOrdinal(text, line.Start, "The ", 0, 4) == 0)
        || WireAgencies.IsAgency(text, line.Start, line.Length);

    /// <summary>
    /// Whether <paramref name="line"/>, alone over a headline, has a short masthead's shape the name test refuses: one or
    /// two name words opening with a capital or a digit, each holding a letter, with a digit ("TV8", "N1", "24.kg"), an
    /// acronym before a lower-case word ("LSM English") or a Romance or Arabic particle between ("L'Express de
    /// Madagascar"); no byline, date line or agency dateline. A line in capitals without a digit ("RIVERPRESS",
    /// "LA PAZ") reads as a dateline's place and stays unread; two given names and "and" are a byline's writers.
    /// </summary>
    public static bool IsShortMasthead(string text, TextSpan line)
    {
        if (SiteMasthead.IsAddress(text, line))
        {
            return true;
        }

        if (line.Length < 2 || line.Length > MaxChars || text[line.End - 1] == '.' || Dateline.IsByline(text, line.Start, line.End)
            || BodyFurniture.IsDateLine(text, line) || DatelineOutlet.Find(text, line) is not null)
        {
            return false;
        }

        var names = 0;
        bool digit = false, lower = false, acronym = false, particle = false;
        for (var i = line.Start; i < line.End; i++)
        {
            if (text[i] == ' ')
            {
                continue;
            }

            var end = text.IndexOf(' ', i, line.End - i) is var space && space >= 0 ? space : line.End;
            if (Particles.Contains(text.Substring(i, end - i)))
            {
                particle = true;
            }
            else if (!MastheadWord(text, i, end, ref names, ref digit, ref lower))
            {
                return false;
            }

            acronym |= end - i >= 2 && char.IsUpper(text[i]) && char.IsUpper(text[i + 1]);
            i = end;
        }

        return names >= 1 && names <= 2 && (digit || (acronym && lower) || (particle && names == 2));
    }

    // One name word of a short masthead (letters, digits, dots, apostrophes, hyphens; a letter in it; a capital or a
    // digit first). Counts name words and notes digits and lower-case letters.
    private static bool MastheadWord(string text, int start, int end, ref int names, ref bool digit, ref bool lower)
    {
        bool letter = false, digits = false, hyphen = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c) && c != '.' && c != '\'' && c != '\u2019' && c != '-')
            {
                return false;
            }

            letter |= char.IsLetter(c);
            digits |= char.IsDigit(c);
            hyphen |= c == '-';
            lower |= char.IsLower(c);
        }

        names++;
        digit |= digits;
        // "COVID-19" (digits after a hyphen) is a topic tag, not a channel's name.
        return letter && !(digits && hyphen) && (char.IsUpper(text[start]) || char.IsDigit(text[start]));
    }

    // Romance and Arabic particles inside outlets' names ("L'Express de Madagascar", "Diario de Noticias").
    private static readonly System.Collections.Generic.HashSet<string> Particles = new(System.StringComparer.Ordinal)
    {
        "de", "du", "des", "la", "le", "el", "al", "di", "da", "do", "dos", "del",
    };

    /// <summary>
    /// Whether <paramref name="line"/> is a North American broadcaster's call sign alone ("WFLA", "KXAN", "WGN-TV"): three
    /// or four capitals opening with K or W, a "-TV" or "-FM" after them or not. Stations print it as their masthead.
    /// </summary>
    public static bool IsCallSign(string text, TextSpan line)
    {
        var letters = line.Length >= 6 && text[line.End - 3] == '-' && (string.CompareOrdinal(text, line.End - 2, "TV", 0, 2) == 0 || string.CompareOrdinal(text, line.End - 2, "FM", 0, 2) == 0)
            ? line.Length - 3 : line.Length;
        if (letters < 3 || letters > 4 || (text[line.Start] != 'K' && text[line.Start] != 'W'))
        {
            return false;
        }

        for (var i = line.Start; i < line.Start + letters; i++)
        {
            if (text[i] < 'A' || text[i] > 'Z')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a kicker that only flags the story ("EXCLUSIVE", "Breaking News"), never a
    /// section's name: the kickers "Opinion", "Analysis", "News" or "Video" also name sections.
    /// </summary>
    public static bool IsFlag(string text, TextSpan line) => Kickers.Contains(text.Substring(line.Start, line.Length)) && !SectionLine.Is(text, line);

    /// <summary>Whether <paramref name="line"/> is a kicker flagging the story ("BREAKING NEWS", "Exclusive").</summary>
    public static bool IsKicker(string text, TextSpan line) => Kickers.Contains(text.Substring(line.Start, line.Length));

    /// <summary>
    /// Whether <paramref name="line"/> is a name holding a news medium's word anywhere ("Radio Tamazuj", "Tuoi Tre
    /// News", "Kathmandu Post"), also inside a word run together ("NewsDay"): a place or a person's name has none.
    /// </summary>
    public static bool HasMediaWord(string text, TextSpan line)
    {
        if (!IsName(text, line))
        {
            return false;
        }

        var start = line.Start;
        for (var i = line.Start + 1; i <= line.End; i++)
        {
            // A word ends at a space or the line's end, a run-together part at a capital after a lower-case letter.
            if (i < line.End && text[i] != ' ' && !(char.IsUpper(text[i]) && char.IsLower(text[i - 1])))
            {
                continue;
            }

            if (i > start && (MastheadWords.TryGet(text, start, i - start, TermKey.Hash(text, start, i - start), out _)
                              || MediaWords.TryGet(text, start, i - start, TermKey.Hash(text, start, i - start), out _)))
            {
                return true;
            }

            start = i < line.End && text[i] == ' ' ? i + 1 : i;
        }

        return false;
    }

    /// <summary>
    /// Whether a word of <paramref name="line"/> names a broadcaster or a news site ("ABC News", "RADIO RIVERTON"), its
    /// shape aside: no place is so named, so such a line in capitals is no dateline's place.
    /// </summary>
    public static bool HasBroadcastWord(string text, TextSpan line)
    {
        var start = line.Start;
        for (var i = line.Start; i <= line.End; i++)
        {
            if (i < line.End && char.IsLetter(text[i]))
            {
                continue;
            }

            if (i > start && MediaWords.TryGet(text, start, i - start, TermKey.Hash(text, start, i - start), out _))
            {
                return true;
            }

            start = i + 1;
        }

        return false;
    }

    // Words naming a broadcaster or a news site anywhere in its name, case-folded (newspapers' last words aside).
    private static readonly TermTable<bool> MediaWords = TermTables.Words("news", "radio", "tv", "television");

    // The last words of newspapers' names, case-folded.
    private static readonly TermTable<bool> MastheadWords = TermTables.Words(
        "times", "post", "herald", "tribune", "journal", "gazette", "mail", "guardian", "telegraph", "standard", "monitor",
        "observer", "chronicle", "courier", "inquirer", "independent", "daily", "express", "press", "star", "sun",

        // Web editions name themselves so ("Ahram Online").
        "online");

    // Lines over a headline that flag the story, not its outlet.
    private static readonly System.Collections.Generic.HashSet<string> Kickers = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "breaking", "breaking news", "exclusive", "live", "update", "updated", "analysis", "explainer", "watch", "video",
        "photos", "opinion", "editorial", "developing", "just in", "news",
    };

    /// <summary>
    /// Whether <paramref name="line"/> has an outlet name's shape: one to five words, each capitalized ("The Daily
    /// Ledger", "NTV Uganda") or a lower-case joiner ("of", "the", "and", "&amp;"), no digit, no full stop at its end,
    /// no byline or date line.
    /// </summary>
    public static bool IsName(string text, TextSpan line) => IsNameShaped(text, line) && !BodyFurniture.IsLead(text, line);

    internal static bool IsNameShaped(string text, TextSpan line)
    {
        if (line.Length < 2 || line.Length > MaxChars || !char.IsUpper(text[line.Start]) || text[line.End - 1] == '.')
        {
            return false;
        }

        var words = 0;
        for (var i = line.Start; i < line.End; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                continue;
            }

            var end = i;
            while (end < line.End && text[end] != ' ')
            {
                end++;
            }

            if (!IsNameWord(text, i, end))
            {
                return false;
            }

            words++;
            i = end;
        }

        return words <= MaxWords;
    }

    private static bool IsNameWord(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (!char.IsLetter(c) && c != '\'' && c != '\u2019' && c != '&' && c != '-' && c != '.')
            {
                return false;
            }
        }

        if (char.IsUpper(text[start]) || text[start] == '&')
        {
            return true;
        }

        return SectionLine.IsJoiner(text, start, end);
    }
}
