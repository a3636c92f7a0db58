using System.Collections.Generic;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// "the meeting ended without agreement", "said the police had acted within the law": a verb with no code of its own
// that takes an agreement noun's 057 signs nothing unless someone is on the other side (a counterpart or a
// co-subject). A light verb keeps a noun that is its direct object ("reached an agreement"); only a noun after a
// preposition is no object of its ("had acted within the law": "had" is the auxiliary). Verbs with a code or a row
// of their own ("signed", "violated the treaty", "passed the law") are not affected.
internal sealed partial class EventRun
{
    private bool PartylessAgreement(EventDraft e, VerbEntry verb, bool fromNoun, List<int> co) =>
        fromNoun && verb.Code == null && e.Code == "057" && e.Counterparts.Count == 0 && co.Count == 0
        && (!verb.Has(VerbFlags.Light) || AfterPreposition(ReadNounPhrase(e.Trigger).Start));

    private bool AfterPreposition(int npStart)
    {
        var p = npStart - 1;
        if (p >= _s0 && (Class(p) & (WordClass.PossessivePronoun | WordClass.Determiner | WordClass.Definite)) != 0)
        {
            p--; // the phrase starts after its "the"/"its"
        }

        return p >= _s0 && (Class(p) & WordClass.Preposition) != 0;
    }
}
