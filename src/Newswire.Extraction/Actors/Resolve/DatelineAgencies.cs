using System.Collections.Generic;
using Newswire.Extraction.Layout;
using Newswire.Extraction.Text;

// Resolve: "LIMA, Oct 4 (Andina) -", "AMMAN, Jan 14 (Petra) --": a known news agency in a dateline's brackets or slashes
// is the agency, whatever the tagger read ("Andina" and "Petra" are also a given name and a place).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void RetypeDatelineAgencies()
        {
            List<(ActorBuilder Actor, ActorKind Kind)>? retyped = null;
            foreach (ref readonly var m in _mentions)
            {
                if (IsNameKind(m.Kind) && m.Actor.Kind != ActorKind.Organization && m.Actor.Entry == null && !Listed(retyped, m.Actor)
                    && BracketedInDateline(m.NameFirst, m.NameFirst + m.NameCount) && MayRetype(m.Actor))
                {
                    (retyped ??= new List<(ActorBuilder, ActorKind)>()).Add((m.Actor, ActorKind.Organization));
                }
            }

            if (retyped != null)
            {
                RetypeActors(retyped);
            }
        }

        // Tokens [first, end) stand alone in brackets or slashes of a dateline sentence and name a known agency.
        private bool BracketedInDateline(int first, int end)
        {
            if (first == 0 || end >= _tokens.Length || (_tt.Sentences[_tt.SentenceOf(first)].Flags & SentenceFlags.Dateline) == 0)
            {
                return false;
            }

            var open = _text[_tokens[first - 1].Start];
            var close = _text[_tokens[end].Start];
            var start = _tokens[first].Start;
            return ((open == '(' && close == ')') || (open == '/' && close == '/'))
                   && WireAgencies.IsAgency(_text, start, _tokens[end - 1].End - start);
        }
    }
}
