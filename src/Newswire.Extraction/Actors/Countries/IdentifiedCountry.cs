using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;
using static Newswire.Extraction.Text.TermTables;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// "A Brazilian diplomat visited the detainees. The diplomat, identified as consul Ana Ferraz, said ...": agency copy
/// gives a person's nationality with the noun first and the name a sentence later. The person named after "The NOUN,
/// identified as" is of the nationality that came before the same noun ("a Brazilian diplomat", "an Equatorial
/// Guinean buyer") shortly before.
/// </summary>
internal static class IdentifiedCountry
{
    private const int MaxTitleWords = 3;

    // How far back the noun's first mention may be (about two agency sentences).
    private const int MaxTokensBack = 80;

    public static string? Of(TokenizedText text, Lexicon lexicon, int first)
    {
        var p = first - 1;
        while (p >= 0 && first - p <= MaxTitleWords && text.Tokens[p].IsWord && text.Tokens[p].IsLower && !IsWord(text, p, "as"))
        {
            p--;
        }

        // p is "as": "The diplomat , identified as"
        if (p < 5 || !IsWord(text, p, "as") || !IsWord(text, p - 1, "identified") || !IsChar(text, p - 2, ',')
            || !text.Tokens[p - 3].IsWord || !IsWord(text, p - 4, "the"))
        {
            return null;
        }

        var noun = p - 3;
        for (var k = noun - 2; k >= 1 && noun - k <= MaxTokensBack; k--)
        {
            if (text.Tokens[k].IsWord && SameWord(text, k, noun) && Nationality(text, lexicon, k - 1) is { } country)
            {
                return country;
            }
        }

        return null;
    }

    private static bool SameWord(TokenizedText text, int a, int b) =>
        text.Tokens[a].Length == text.Tokens[b].Length
        && string.Compare(text.Text, text.Tokens[a].Start, text.Text, text.Tokens[b].Start, text.Tokens[a].Length, System.StringComparison.OrdinalIgnoreCase) == 0;

    // "a Brazilian" or "an Equatorial Guinean" ending at token p: the country, else null.
    private static string? Nationality(TokenizedText text, Lexicon lexicon, int p)
    {
        if (p < 1 || !text.Tokens[p].IsWord)
        {
            return null;
        }

        if (lexicon.TryDemonym(text.Text, text.Tokens[p], out var country) && country.Length == 3 && IsArticle(text, p - 1))
        {
            return country;
        }

        var two = p - 1;
        return two >= 1 && text.Tokens[two].IsWord && IsArticle(text, two - 1)
               && lexicon.TryDemonym(text.Text, text.Tokens[two].Start, text.Tokens[p].End - text.Tokens[two].Start, out country) && country.Length == 3
            ? country
            : null;
    }

    private static bool IsArticle(TokenizedText text, int p) => IsWord(text, p, "a") || IsWord(text, p, "an");
}
