using System.Collections.Generic;
using Newswire.Extraction.Text;

// Resolve: "residents of Tamsu and Orvik", "from Orvik or Belgrade": a lone unknown word read as a person, joined by
// "and"/"or" to a place, is a place too. Small places are often read as surnames; a person the article introduces
// by a full name, a role or a given name the lexicon knows is left alone.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void RetypeConjoinedPlaces()
        {
            List<ActorBuilder>? retyped = null;
            foreach (ref readonly var m in _mentions)
            {
                if (IsNameKind(m.Kind) && m.Actor.Kind == ActorKind.Person && m.Actor.Entry == null && m.NameCount == 1 && m.Actor.Roles.Count == 0
                    && !_lex.IsGivenName(_text, _tokens[m.NameFirst]) && PlaceConjunct(m.NameFirst) && !(retyped?.Contains(m.Actor) ?? false)
                    && OnlyLoneNames(m.Actor))
                {
                    (retyped ??= new List<ActorBuilder>()).Add(m.Actor);
                }
            }

            if (retyped != null)
            {
                RetypeNames(retyped, ActorKind.Location);
            }
        }

        // Whether a place's name ends right before "and"/"or" and token t, or starts right after t and "and"/"or".
        private bool PlaceConjunct(int t) =>
            t >= 2 && IsAndOr(t - 1) && PlaceNameAt(-1, t - 1) || t + 2 < _tokens.Length && IsAndOr(t + 1) && PlaceNameAt(t + 2, -1);

        // Asked of every token by NamePlaceLists: the token's hash decides most before the words are compared.
        private bool IsAndOr(int t)
        {
            var hash = _tokens[t].Hash;
            return (hash == AndHash || hash == OrHash) && _tokens[t].IsLower && (_tt.Is(t, "and") || _tt.Is(t, "or"));
        }

        private static readonly int AndHash = TermKey.Hash("and");
        private static readonly int OrHash = TermKey.Hash("or");

        // A place's name mention starting at first (or, with first < 0, ending at end).
        private bool PlaceNameAt(int first, int end)
        {
            foreach (ref readonly var o in _mentions)
            {
                if (IsNameKind(o.Kind) && o.Actor.Kind == ActorKind.Location && (first < 0 ? o.NameFirst + o.NameCount == end : o.NameFirst == first))
                {
                    return true;
                }
            }

            return false;
        }

        // Whether every name mention of the actor is one word (no full name introduced it).
        private bool OnlyLoneNames(ActorBuilder actor)
        {
            foreach (ref readonly var o in _mentions)
            {
                if (o.Actor == actor && IsNameKind(o.Kind) && (o.NameCount != 1 || o.First != o.NameFirst))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
