using Newswire.Extraction.Model;
using Newswire.Extraction.Text;
using static Newswire.Extraction.Text.TermTables;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// A name said to be based in a place: "Marlow-based Acme", "a Marlow-based miner, Acme", "the Marlow-based analyst
/// Ada Brelik", "Acme, a Marlow-based carmaker", "Acme, based in Marlow". The place before "-based" (or "-headquartered") is a modifier
/// mention of its actor (<c>Resolve/HyphenPrefixes</c>); its country is the name's.
/// </summary>
internal static class BasedCountry
{
    /// <summary>The country of the place a name mention <paramref name="k"/> is based in, or null.</summary>
    public static string? Of(TokenizedText text, ActorExtractionResult actors, int k)
    {
        var m = actors.Mentions[k];
        var p = m.FirstToken - 1;
        if (p > 1 && IsChar(text, p, ','))
        {
            p--; // "a Marlow-based miner, Acme"
        }

        if (p > 0 && text.Tokens[p].IsWord && text.Tokens[p].IsLower)
        {
            p--; // "Marlow-based analyst Ada Brelik"
        }

        if (p >= 0 && PlaceCountryAt(text, actors, k, p, -1) is { } before)
        {
            return before;
        }

        // "Acme, a Marlow-based carmaker": comma, article, the based token; "Acme, based in Marlow".
        var q = m.EndToken;
        if (q + 3 < text.Tokens.Length && IsChar(text, q, ',') && IsWord(text, q + 1, "based") && IsWord(text, q + 2, "in"))
        {
            return PlaceStartingAt(actors, k, q + 3);
        }


        return q + 2 < text.Tokens.Length && IsChar(text, q, ',') && text.Tokens[q + 1].IsWord && text.Tokens[q + 1].IsLower
            ? PlaceCountryAt(text, actors, k, q + 2, 1)
            : null;
    }

    // The country of the place named by the "-based" token at `token`, looking from mention k in direction `step`.
    private static string? PlaceCountryAt(TokenizedText text, ActorExtractionResult actors, int k, int token, int step)
    {
        if (!IsBased(text, token))
        {
            return null;
        }

        var mentions = actors.Mentions;
        for (var j = k + step; j >= 0 && j < mentions.Count && (step < 0 ? mentions[j].FirstToken >= token : mentions[j].FirstToken <= token); j += step)
        {
            var actor = actors.Actors[mentions[j].Actor];
            if (mentions[j].FirstToken == token && mentions[j].Kind == MentionKind.Modifier && actor.Kind == ActorKind.Location)
            {
                return actor.Country;
            }
        }

        return null;
    }

    // The country of the place named from token `token` on (a name mention after mention k).
    private static string? PlaceStartingAt(ActorExtractionResult actors, int k, int token)
    {
        for (var j = k + 1; j < actors.Mentions.Count && actors.Mentions[j].FirstToken <= token; j++)
        {
            var actor = actors.Actors[actors.Mentions[j].Actor];
            if (actors.Mentions[j].FirstToken == token && actor.Kind == ActorKind.Location)
            {
                return actor.Country;
            }
        }

        return null;
    }

    private static bool IsBased(TokenizedText text, int token)
    {
        ref readonly var t = ref text.Tokens[token];
        if ((t.Flags & TokenFlags.Hyphenated) == 0)
        {
            return false;
        }

        var s = text.Text;
        return EndsWith(s, t, "-based") || EndsWith(s, t, "-headquartered");
    }

    private static bool EndsWith(string s, in Token t, string tail) =>
        t.Length > tail.Length && string.CompareOrdinal(s, t.End - tail.Length, tail, 0, tail.Length) == 0;
}
