using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;
using static Newswire.Extraction.Text.TermTables;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// "Ada Brelik, representing the Freedonian government, told the council": a person who represents a state named by
/// its nationality is of that country, wherever the story is datelined. The nationality must stand before a state
/// noun ("government", "authorities", "junta"), so "representing the Freedonian farmers' union" gives none.
/// </summary>
internal static class RepresentedCountry
{
    private const int MaxModifiers = 2;

    public static string? Of(TokenizedText text, ActorExtractionResult actors, Lexicon lexicon, int k)
    {
        var t = actors.Mentions[k].EndToken;
        var tokens = text.Tokens;
        if (t + 3 >= tokens.Length || !IsChar(text, t, ',') || !RepresentWords.Contains(text.Text, tokens[t + 1]))
        {
            return null;
        }

        var p = t + 2 + (IsWord(text, t + 2, "the") ? 1 : 0);
        var last = p + (p + 1 < tokens.Length && tokens[p + 1].IsCapitalized ? 1 : 0); // "South African"
        var noun = last + 1;
        for (var m = 0; m < MaxModifiers && noun < tokens.Length && tokens[noun].IsLower && !StateNouns.Contains(text.Text, tokens[noun]); m++)
        {
            noun++; // "the Freedonian military government"
        }

        return noun < tokens.Length && tokens[noun].IsLower && StateNouns.Contains(text.Text, tokens[noun])
            ? DelegationCountry.Demonym(text, lexicon, last)
            : null;
    }

    private static readonly TermTable<bool> RepresentWords = Words("representing", "represents", "represented");

    private static readonly TermTable<bool> StateNouns = Words(
        "government", "authorities", "junta", "state", "administration", "presidency", "regime", "delegation", "cabinet");
}
