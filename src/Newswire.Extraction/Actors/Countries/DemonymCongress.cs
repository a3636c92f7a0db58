using System;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// "Nepali Congress", "Sudanese Congress Party", "the Freedonian National Congress": a body the lexicon knows by the
/// bare word "Congress" (the US one) is another country's party or assembly when its name opens with that country's
/// nationality; the nationality says the country, not the lexicon's head word. Runs before the other country rules,
/// which never change a country once set.
/// </summary>
internal static class DemonymCongress
{
    private static readonly TermTable<bool> HeadWords = TermTables.Words("congress");

    public static void Apply(TokenizedText text, ActorExtractionResult actors, Lexicon lexicon)
    {
        foreach (var m in actors.Mentions)
        {
            var actor = actors.Actors[m.Actor];
            if (m.Kind != MentionKind.Name || actor.Kind != ActorKind.Organization || actor.Country == null || !HasHeadWord(text, m))
            {
                continue;
            }

            var first = m.FirstToken;
            var demonym = DelegationCountry.Demonym(text, lexicon, first) ?? (first + 1 < m.EndToken ? TwoWord(text, lexicon, first) : null);
            if (demonym != null && demonym != actor.Country)
            {
                actor.Country = demonym;
            }
        }
    }

    // "South Sudanese Congress": a two-word nationality opening the name.
    private static string? TwoWord(TokenizedText text, Lexicon lexicon, int first) =>
        text.Tokens[first].IsCapitalized ? DelegationCountry.Demonym(text, lexicon, first + 1) : null;

    private static bool HasHeadWord(TokenizedText text, ResolvedMention m)
    {
        for (var t = m.FirstToken + 1; t < m.EndToken; t++)
        {
            if (text.Tokens[t].IsWord && HeadWords.Contains(text.Text, text.Tokens[t]))
            {
                return true;
            }
        }

        return false;
    }
}
