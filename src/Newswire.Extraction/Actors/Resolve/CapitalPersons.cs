using System.Collections.Generic;
using Newswire.Extraction.Lexicons;

// Resolve: "Lima called the decision unjustified", "Santiago rejected the claim": agencies name a government by its
// capital, and some capitals are also given names or surnames, so the tagger reads a person. A person named only by
// one word that is a national capital, never with a given name, title or determiner in the article, is the capital
// (a real "Lima" is introduced by full name first and links to that name).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void RetypeCapitalPersons()
        {
            List<(ActorBuilder Actor, ActorKind Kind)>? retyped = null;
            foreach (ref readonly var m in _mentions)
            {
                if (IsNameKind(m.Kind) && m.Actor.Kind == ActorKind.Person && m.Actor.Entry == null && !m.Known && m.NameCount == 1
                    && m.Actor.RoleCount == 0 && !Listed(retyped, m.Actor) && Capitals.CountryOfCapital(m.Actor.Name) != null
                    && OnlyBareNames(m.Actor) && MayRetype(m.Actor))
                {
                    (retyped ??= new List<(ActorBuilder, ActorKind)>()).Add((m.Actor, ActorKind.Location));
                }
            }

            if (retyped != null)
            {
                RetypeActors(retyped);
            }
        }

        // Every mention of the actor is its one-word name alone: no title, occupation ("Coach Santiago"), determiner or
        // description before it.
        private bool OnlyBareNames(ActorBuilder actor)
        {
            foreach (ref readonly var m in _mentions)
            {
                if (m.Actor == actor && (!IsNameKind(m.Kind) || m.NameCount != 1 || m.First != m.NameFirst || m.Count != 1
                    || (m.First > 0 && (InList(WordClass.TitleHeads, m.First - 1) || WordLists.Occupations.Contains(_text, _tokens[m.First - 1])))))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
