namespace Newswire.Extraction.Text;

/// <summary>
/// A byline without "By": a writer's staff title alone or after a name ("Staff Reporter", "Political Editor",
/// "Our Correspondent", "Ada Brandt, Diplomatic Correspondent"). Papers print it under the headline where an outlet
/// or a section line would stand, so it must not be read as either, nor counted as a paragraph.
/// </summary>
internal static class StaffLine
{
    private const int MaxChars = 60;
    private const int MaxWords = 6;

    // A title alone is short ("Chief Political Correspondent"); a longer title-case line is a headline or a deck
    // ("Kenya Names New Chief Editor"), unless a comma sets a name before the title.
    private const int MaxTitleOnlyWords = 3;

    // The nouns a staff title ends with, case-folded.
    private static readonly TermTable<bool> StaffNouns = TermTables.Words(
        "reporter", "reporters", "correspondent", "correspondents", "editor", "editors", "writer", "writers", "columnist");

    // Lower-case words a staff line may hold ("Our Correspondent" is also written "our correspondent").
    private static readonly TermTable<bool> LowerWords = TermTables.Words("our", "staff");

    /// <summary>Whether text[start..end)'s last word is a staff title's noun ("Europe correspondent").</summary>
    public static bool EndsWithStaffNoun(string text, int start, int end)
    {
        var lastStart = System.Math.Max(start, text.LastIndexOf(' ', end - 1, end - start) + 1);
        return lastStart < end && StaffNouns.TryGet(text, lastStart, end - lastStart, TermKey.Hash(text, lastStart, end - lastStart), out _);
    }

    /// <summary>Whether text[start..end) is a staff-title byline.</summary>
    public static bool Is(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end - start < 6 || end - start > MaxChars)
        {
            return false;
        }

        int words = 0, lastStart = -1, lastEnd = -1;
        var named = false;
        for (var i = start; i < end;)
        {
            var c = text[i];
            if (c == ' ' || (c == ',' && i + 1 < end && text[i + 1] == ' '))
            {
                named |= c == ',';
                i++;
                continue;
            }

            var wordEnd = i;
            while (wordEnd < end && (char.IsLetter(text[wordEnd]) || text[wordEnd] == '-' || text[wordEnd] == '.' || text[wordEnd] == '\''))
            {
                wordEnd++;
            }

            // Every word capitalized or "our"/"staff", nothing but letters: no sentence, no date, no separator.
            if (wordEnd == i || (wordEnd < end && text[wordEnd] != ' ' && text[wordEnd] != ',')
                || (!char.IsUpper(c) && !LowerWords.TryGet(text, i, wordEnd - i, TermKey.Hash(text, i, wordEnd - i), out _)))
            {
                return false;
            }

            words++;
            lastStart = i;
            lastEnd = wordEnd;
            i = wordEnd;
        }

        return words <= (named ? MaxWords : MaxTitleOnlyWords) && lastStart >= 0 && StaffNouns.TryGet(text, lastStart, lastEnd - lastStart, TermKey.Hash(text, lastStart, lastEnd - lastStart), out _);
    }
}
