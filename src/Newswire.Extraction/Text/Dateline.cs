using System.Runtime.CompilerServices;

namespace Newswire.Extraction.Text;

/// <summary>
/// The dateline a wire story opens its first paragraph with: "RIVERTON, May 4 (Wire) - The council ...",
/// "PORT ELLIS (Wire) -- Police ...", "Riverton, Northland, May 4 (Wire) — ...". A place (one to five words, upper
/// case or capitalized, "/" between two places), optional ", Region" parts and ", date", an optional agency in
/// brackets, then a dash. Its end is a sentence end, so the word after the dash opens a sentence for the tagger and
/// the actor rules ("The council" loses its "The" as it would without the dateline). Precision first: a dateline
/// needs an upper-case place, a date or an agency ("Markets - Stocks rise" is a heading, not a dateline), and
/// sentence text must follow the dash.
/// </summary>
internal static class Dateline
{
    private const int MaxPlaceWords = 5;
    private const int MaxRegionWords = 4;
    private const int MaxAgencyTokens = 6;

    /// <summary>Lower-case words inside a multi-word place ("Rio de Janeiro", "Port of Spain"); the layout's dateline reading shares them.</summary>
    internal static readonly TermTable<bool> Connectors = TermTables.Words("de", "da", "do", "dos", "das", "del", "la", "le", "el", "al", "of", "es", "du", "di", "on", "upon", "am", "an", "der");

    private static readonly TermTable<bool> Months = TermTables.Words(
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august",
        "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    // Wire slugs in upper case that open a line like a dateline but name no place ("UPDATE 2 - ...", "ANALYSIS - ...").
    private static readonly TermTable<bool> Slugs = TermTables.Words(
        "update", "updated", "wrapup", "analysis", "exclusive", "factbox", "breaking", "refile", "corrected", "correction",
        "interview", "column", "timeline", "rpt", "repeat", "preview", "insight", "editorial", "opinion", "urgent", "flash",
        "advisory", "alert", "note", "photo", "video", "watch", "live", "bulletin", "review", "feature", "explainer");

    /// <summary>
    /// The index of the dash that ends a dateline opening <paramref name="tokens"/>[<paramref name="first"/>..<paramref name="end"/>)
    /// (of its closing bracket when no dash follows the agency), or -1 when the paragraph does not open with one.
    /// </summary>
    public static int End(string text, Token[] tokens, int first, int end)
    {
        var i = Place(text, tokens, first, end, out var upper);
        if (i < 0)
        {
            return -1;
        }

        var dated = false;
        while (i < end && IsChar(text, tokens[i], ',') && !dated)
        {
            var next = Date(text, tokens, i + 1, end);
            dated = next >= 0;
            next = dated ? next : Region(tokens, i + 1, end);
            if (next < 0)
            {
                return -1;
            }

            i = next;
        }

        var agency = Agency(text, tokens, i, end);
        var marked = agency >= 0;
        i = marked ? agency : i;
        if (i < end && IsDash(text, tokens[i]))
        {
            return (upper || dated || marked) && OpensSentence(tokens, i + 1, end, dated || marked) ? i : -1;
        }

        // "KATHMANDU, Sept 17 (PTI) Nepal and India ...": Indian agencies write no dash; a date and an agency in
        // brackets make the dateline sure, so a capitalized word after the bracket opens the sentence.
        return dated && marked && i < end && tokens[i].IsWord && tokens[i].IsCapitalized && OpensSentence(tokens, i, end, true) ? i - 1 : -1;
    }

    /// <summary>
    /// Whether the paragraph <paramref name="start"/>..<paramref name="end"/> is a byline ("By Ada Brandt", "By Ada
    /// Brandt and Tomas Weir", "BY ADA BRANDT, Wire", "By Ada Brandt for The Ledger", or a staff title without "By":
    /// "Political Editor"): a dateline
    /// may still open the paragraph after it.
    /// </summary>
    public static bool IsByline(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        // Web pages print "by Ada Brandt" in lower case as often as "By".
        if (end - start < 5 || end - start > 80 || (text[start] != 'B' && text[start] != 'b') || (text[start + 1] != 'y' && text[start + 1] != 'Y') || text[start + 2] != ' ')
        {
            return StaffLine.Is(text, start, end);
        }

        // Every word after "By" capitalized, or "and"/a name particle; no sentence inside.
        var wordStart = true;
        for (var i = start + 3; i < end; i++)
        {
            var c = text[i];
            if (wordStart && char.IsLetter(c) && !char.IsUpper(c) && !LowerWordAllowed(text, i, end))
            {
                return false;
            }

            wordStart = c == ' ' || c == ',';
        }

        return char.IsUpper(text[start + 3]);
    }

    private static bool LowerWordAllowed(string text, int i, int end)
    {
        var j = i;
        while (j < end && char.IsLetter(text[j]))
        {
            j++;
        }

        return BylineLowerWords.TryGet(text, i, j - i, TermKey.Hash(text, i, j - i), out _);
    }

    private static readonly TermTable<bool> BylineLowerWords = TermTables.Words("and", "de", "da", "van", "von", "der", "al", "bin", "el", "la", "le", "di", "du", "in", "for");

    /// <summary>The dateline sentence's flags: its capitals are the dateline's convention and say nothing about the words.</summary>
    public static SentenceFlags Flags(SentenceFlags flags) => (flags & ~(SentenceFlags.AllCaps | SentenceFlags.TitleCase)) | SentenceFlags.Dateline;

    /// <summary>
    /// The first word after the dash, marked as a line's first word: the rules that read a line start as a sentence
    /// start ("The" is no part of a name there, a name does not run back across it) read it as they would without
    /// the dateline.
    /// </summary>
    public static Token Opening(in Token t) => new Token(t.Start, t.Length, t.Kind, t.Flags | TokenFlags.NewlineBefore, t.Hash);

    /// <summary>
    /// The place: capitalized words, lower-case connectors between them ("Rio de Janeiro"), "/" between places.
    /// Returns the index after it, or -1; <paramref name="upper"/>: every capitalized word is in capitals ("PORT ELLIS").
    /// </summary>
    private static int Place(string text, Token[] tokens, int i, int end, out bool upper)
    {
        upper = true;
        var words = 0;
        var start = i;
        while (i < end && words < MaxPlaceWords)
        {
            ref readonly var t = ref tokens[i];
            if (IsPlaceWord(t))
            {
                upper &= t.IsAllCaps;
                words++;
                i++;
            }
            else if (i > start && i + 1 < end && IsPlaceWord(tokens[i + 1])
                     && ((t.IsWord && t.IsLower && Connectors.Contains(text, t)) || IsChar(text, t, '/')))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        // "UPDATE 2 -", "ANALYSIS -": a slug, not a place.
        return words == 0 || (words == 1 && Slugs.Contains(text, tokens[start])) ? -1 : i;
    }

    private static bool IsPlaceWord(in Token t) =>
        t.IsWord && t.IsCapitalized && (t.Flags & (TokenFlags.HasDigit | TokenFlags.Initial)) == 0;

    /// <summary>", Northland" or ", N.D.": one to four capitalized words; the index after them, or -1.</summary>
    private static int Region(Token[] tokens, int i, int end)
    {
        var words = 0;
        while (i < end && words < MaxRegionWords && IsPlaceWord(tokens[i]))
        {
            words++;
            i++;
        }

        return words > 0 ? i : -1;
    }

    /// <summary>", May 4", ", Sept. 4", ", Monday", ", 4 May", ", May 4, 2031", ", 4 May 2031": the index after the date, or -1.</summary>
    private static int Date(string text, Token[] tokens, int i, int end)
    {
        if (i < end && tokens[i].Kind == TokenKind.Number && i + 1 < end && tokens[i + 1].IsWord && Months.Contains(text, tokens[i + 1]))
        {
            // "4 May 2031": a year may follow.
            return i + 2 < end && tokens[i + 2].Kind == TokenKind.Number && tokens[i + 2].Length == 4 ? i + 3 : i + 2;
        }

        if (i >= end || !tokens[i].IsWord || !tokens[i].IsCapitalized || !Months.Contains(text, tokens[i]))
        {
            return -1;
        }

        i++;
        if (i < end && tokens[i].Kind == TokenKind.Number)
        {
            i++;
        }

        // "May 4, 2031": a year after a comma.
        return i + 1 < end && IsChar(text, tokens[i], ',') && tokens[i + 1].Kind == TokenKind.Number && tokens[i + 1].Length == 4 ? i + 2 : i;
    }

    /// <summary>"(Wire)", "(Wire Service)", "(wire)": words in brackets; the index after ")", or -1.</summary>
    private static int Agency(string text, Token[] tokens, int i, int end)
    {
        if (i >= end || !IsChar(text, tokens[i], '('))
        {
            return -1;
        }

        var words = 0;
        for (var j = i + 1; j < end && j <= i + MaxAgencyTokens; j++)
        {
            ref readonly var t = ref tokens[j];
            if (IsChar(text, t, ')'))
            {
                return words > 0 ? j + 1 : -1;
            }

            if (t.IsWord)
            {
                words++;
            }
            else if (!IsChar(text, t, '/') && !IsChar(text, t, '-') && !IsChar(text, t, '&'))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether sentence text follows the dash: at least two more tokens, the first capitalized (not shouting in
    /// capitals), a number or a quote; a lower-case word only after a date or an agency made the dateline sure.
    /// </summary>
    private static bool OpensSentence(Token[] tokens, int i, int end, bool sure)
    {
        if (i + 1 >= end)
        {
            return false;
        }

        ref readonly var t = ref tokens[i];
        if (t.IsWord)
        {
            return (t.IsCapitalized && (!t.IsAllCaps || sure || tokens[i + 1].IsLower)) || (t.IsLower && sure);
        }

        return t.Kind == TokenKind.Number || (t.Flags & TokenFlags.Quote) != 0;
    }

    /// <summary>
    /// Whether a dateline mark follows the place <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>):
    /// ",", a dash or "(" ("RIVERTON, May 4", "RIVERTON (Wire)", "RIVERTON -"), or "." or ":" after a place in capitals
    /// ("ASTANA. AGENCY -"; "NEW DELHI: ...", the colon many South Asian, Gulf and African papers close it with). The
    /// actor stages read a dateline's place by it, where the place must also be a known place; the sentence split above
    /// leaves a colon alone, because transcripts open lines with a speaker so ("QUESTION:", "MR KIRBY:").
    /// </summary>
    public static bool MarkFollows(string text, int start, int end)
    {
        var next = end;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        if (next >= text.Length)
        {
            return false;
        }

        // A place alone on its line at the dateline's start is the dateline ("By Staff Reporter" / "Riverton").
        var c = text[next];
        return c == '\n' || c == '\r' || c == ',' || c == '-' || c == '\u2014' || c == '\u2013' || c == '(' || ((c == '.' || c == ':') && IsCapitals(text, start, end));
    }

    private static bool IsCapitals(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLower(text[i]))
            {
                return false;
            }
        }

        return end - start >= 3;
    }

    // A hyphen needs a space before it ("RIVERTON -", not the label "SUNDAY-"); a long dash may touch ("RIVERTON—").
    private static bool IsDash(string text, in Token t) =>
        t.Kind == TokenKind.Punctuation && (t.Flags & TokenFlags.Dash) != 0 && ((t.Flags & TokenFlags.Attached) == 0 || !Tokenizer.IsHyphen(text[t.Start]));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsChar(string text, in Token t, char c) => t.Kind == TokenKind.Punctuation && t.Length == 1 && text[t.Start] == c;
}
