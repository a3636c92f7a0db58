using System.Collections.Generic;
using Newswire.Extraction.Text;

// Resolve: "the Los Lobos faction": a name read as a place between "the" (or a possessive) and a lower-case head for
// an armed or criminal group is that group's name, an organization.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // The head must close the noun phrase ("the Harwick gang leader" is a person's role). Only a name read as a
        // place is retyped: a faction named for its leader ("the Deng Machar faction") leaves the leader a person.
        // Names the lexicon knows keep their kind, and so do places the gazetteer knows as a region, a country or a
        // sizable town: a cartel is often named for its home ("the Sinaloa cartel"), which other mentions still name
        // as the place.
        private void RetypeNamesBeforeGroupHeads()
        {
            List<ActorBuilder>? retyped = null;
            foreach (ref readonly var m in _mentions)
            {
                var end = m.NameFirst + m.NameCount;
                if (IsNameKind(m.Kind) && m.Actor.Kind == ActorKind.Location && m.Actor.Entry == null && m.NameFirst > 0 && end + 1 < _tokens.Length
                    && _tokens[end].Kind == TokenKind.Word && _tokens[end].IsLower && GroupHeads.Contains(_text, _tokens[end]) && EndsNounPhrase(end + 1)
                    && (IsThe(m.NameFirst - 1) || _tokens[m.NameFirst - 1].Kind == TokenKind.Possessive)
                    && !IsGazetteerPlace(m.NameFirst, end, SizablePopulation) && !(retyped?.Contains(m.Actor) ?? false))
                {
                    (retyped ??= new List<ActorBuilder>()).Add(m.Actor);
                }
            }

            if (retyped != null)
            {
                RetypeNames(retyped, ActorKind.Organization);
            }
        }

        private static readonly TermTable<bool> GroupHeads = WordTable("faction", "gang", "cartel", "mafia");
    }
}
