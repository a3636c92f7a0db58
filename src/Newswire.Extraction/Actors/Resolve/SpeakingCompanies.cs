using System.Collections.Generic;
using Newswire.Extraction.Text;

// Resolve: "Qantas said it would cut 400 jobs": a lone unknown word that says "it" of itself is a body, not a person.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private static readonly TermTable<bool> SpeechVerbs = TermTables.Words("said", "says", "announced", "announces", "added", "reported", "expects", "expected");

        private static readonly TermTable<bool> ItWords = TermTables.Words("it", "its", "it's");

        // A name read as a person that the article only ever gives as one unknown word (no given name, no role, no
        // lexicon entry) and that, as a speaker, refers to itself as "it" ("Qantas said it would", "Rexa said its
        // profit") is an organization: wire copy introduces a person by full name before a bare surname speaks. In the
        // training text a one-word name before a speech verb and "it"/"its" is never a person (3 organizations, 4
        // countries; the persons there are full or titled names, "David Cameron says it looks").
        private void RetypeSpeakingCompanies()
        {
            List<(ActorBuilder Actor, ActorKind Kind)>? retyped = null;
            foreach (ref readonly var m in _mentions)
            {
                var end = m.NameFirst + m.NameCount;
                if (m.Actor.Kind != ActorKind.Person || !IsNameKind(m.Kind) || m.NameCount != 1 || m.Actor.Entry != null || m.Known
                    || end + 1 >= _tokens.Length || !SpeechVerbs.Contains(_text, _tokens[end]) || !ItWords.Contains(_text, _tokens[end + 1])
                    || _tt.SentenceOf(end + 1) != _tt.SentenceOf(m.NameFirst) || !OneUnknownWordOnly(m.Actor) || Listed(retyped, m.Actor))
                {
                    continue;
                }

                (retyped ??= new List<(ActorBuilder, ActorKind)>()).Add((m.Actor, ActorKind.Organization));
            }

            if (retyped != null)
            {
                RetypeActors(retyped);
            }
        }

        // Every mention of the actor is one name word that is no known given name, and it may be retyped (no role).
        private bool OneUnknownWordOnly(ActorBuilder actor)
        {
            foreach (ref readonly var o in _mentions)
            {
                if (o.Actor == actor && (!IsNameKind(o.Kind) || o.NameCount != 1 || _lex.IsGivenName(_text, _tokens[o.NameFirst])))
                {
                    return false;
                }
            }

            return MayRetype(actor);
        }
    }
}
