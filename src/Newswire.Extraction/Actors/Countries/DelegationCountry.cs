using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;
using static Newswire.Extraction.Text.TermTables;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// "The Freedonian delegation was led by Deputy Minister Ada Brelik, the Elbonian by Tomas Varga": the person who
/// leads a delegation named by a demonym (or the country's name: "the U.S. delegation") is of that country, and so is the one of the elliptical second clause. It
/// comes before the apposition rule, which would read ", the Elbonian" as Ada Brelik's description.
/// </summary>
internal static class DelegationCountry
{
    private const int MaxTitleWords = 5;

    public static string? Of(TokenizedText text, ActorExtractionResult actors, Lexicon lexicon, int k)
    {
        var by = ByBefore(text, actors.Mentions[k].FirstToken);
        if (by < 2)
        {
            return null;
        }

        // The elliptical clause: "the Elbonian by ..." after a "led by" in the same sentence.
        if (Demonym(text, lexicon, by - 1) is { } elided && IsWord(text, by - 2, "the") && LedByEarlier(text, by - 2))
        {
            return elided;
        }

        var p = by - 1;
        if (!LedWords.Contains(text.Text, text.Tokens[p]))
        {
            return null;
        }

        p--;
        p -= p >= 0 && (IsChar(text, p, ',') || Verbs.Contains(text.Text, text.Tokens[p])) ? 1 : 0;
        return p >= 1 && DelegationNouns.Contains(text.Text, text.Tokens[p]) ? Demonym(text, lexicon, p - 1) ?? OfficeCountry.StateNamedAt(actors, p - 1, out _) : null;
    }

    // The "by" before the name, a few title words between ("by deputy foreign minister Ada Brelik"); -1 when none.
    private static int ByBefore(TokenizedText text, int first)
    {
        var sentence = text.SentenceOf(first);
        for (var p = first - 1; p >= 0 && p >= first - 1 - MaxTitleWords && text.SentenceOf(p) == sentence; p--)
        {
            if (!text.Tokens[p].IsWord)
            {
                return -1;
            }

            if (IsWord(text, p, "by"))
            {
                return p;
            }
        }

        return -1;
    }

    private static bool LedByEarlier(TokenizedText text, int before)
    {
        var sentence = text.SentenceOf(before);
        for (var p = before - 1; p > 0 && text.SentenceOf(p) == sentence; p--)
        {
            if (IsWord(text, p, "by") && LedWords.Contains(text.Text, text.Tokens[p - 1]))
            {
                return true;
            }
        }

        return false;
    }

    // The nationality ending at token p: one word, or two ("A Saudi Arabian delegation", "the South African team").
    internal static string? Demonym(TokenizedText text, Lexicon lexicon, int p)
    {
        if (p < 0 || !text.Tokens[p].IsWord)
        {
            return null;
        }

        if (lexicon.TryDemonym(text.Text, text.Tokens[p], out var country) && country.Length == 3)
        {
            return country;
        }

        var first = p - 1;
        return first >= 0 && text.Tokens[first].IsWord && text.Tokens[first].IsCapitalized && text.Tokens[p].Start == text.Tokens[first].End + 1
               && lexicon.TryDemonym(text.Text, text.Tokens[first].Start, text.Tokens[p].End - text.Tokens[first].Start, out country) && country.Length == 3
            ? country
            : null;
    }

    private static readonly TermTable<bool> LedWords = Words("led", "headed", "chaired", "represented");

    private static readonly TermTable<bool> Verbs = Words("was", "were", "is", "are", "be", "been");

    private static readonly TermTable<bool> DelegationNouns = Words(
        "delegation", "delegations", "team", "side", "contingent", "mission", "negotiators", "envoys", "delegates");
}
