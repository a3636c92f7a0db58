using System.Collections.Generic;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// The last country rule: in a datelined story clearly about one country (the dateline's country is also the most
/// named), a person or organization that nothing else placed is most often of that country ("Harwick Savings Bank", a lawmaker
/// quoted without a title). A country left out is as wrong as a wrong one to a reader who needs it, and wire copy
/// names foreigners with their country far more often than locals. Not for a body the lexicon knows (its country, or
/// its having none, is a fact), a body whose name says it is international ("UN Commission", "World Food
/// Programme") or an armed group ("... Liberation Front": they cross borders; a "Movement" or "Front" the text calls a party may, <see cref="PartyCue"/>), nor one first named in a sentence that names only other countries' places (a round-up's paragraph on another country).
/// Without a dateline (reference text, briefings about a country written from another) nothing is guessed.
/// </summary>
internal static class StoryCountryOthers
{
    private static readonly TermTable<bool> InternationalWords = TermTables.Words(
        "un", "u.n.", "nations", "international", "intergovernmental", "world", "global", "european", "african", "asian",
        "arab", "commonwealth", "interpol", "multinational");

    // Armed groups cross borders (a rebel force in a neighbour's story): a guessed country would misattribute them.
    // The state's own forces took the story's country as a state body before this rule.
    private static readonly TermTable<bool> ArmedWords = TermTables.Words(
        "forces", "front", "army", "militia", "militias", "brigade", "brigades", "movement", "liberation", "rebels",
        "guerrillas", "mujahideen", "battalion", "legion", "jihad");

    // others: each candidate actor's first name mention (StoryCandidates.Others).
    public static void Apply(TokenizedText text, ActorExtractionResult actors, List<int> others, string storyCountry)
    {
        foreach (var k in others)
        {
            var actor = actors.Actors[actors.Mentions[k].Actor];
            if (actor.Country == null && MayTake(text, actors.Mentions[k])
                && !ActorCountries.SentenceElsewhere(text, actors, k, storyCountry, countNamesAndCapitals: true))
            {
                actor.Country = storyCountry;
            }
        }
    }

    /// <summary>Whether a name may take a story's country: not international, not an armed group.</summary>
    internal static bool MayTake(TokenizedText text, ResolvedMention m) =>
        !HasWord(text, m, InternationalWords) && (!HasWord(text, m, ArmedWords) || PartyCue.IsParty(text, m));

    private static bool HasWord(TokenizedText text, ResolvedMention m, TermTable<bool> words)
    {
        for (var t = m.FirstToken; t < m.EndToken; t++)
        {
            if (text.Tokens[t].IsWord && words.Contains(text.Text, text.Tokens[t]))
            {
                return true;
            }
        }

        return false;
    }
}
