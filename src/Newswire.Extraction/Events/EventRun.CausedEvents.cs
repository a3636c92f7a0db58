using System.Collections.Generic;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// "His arrest by Kenyan police sparked protests": a verb with no code of its own that takes its object noun's code
// ("sparked", "fuelled") has an event noun for subject; the name in that noun's "by" phrase did the arrest, not the
// protest, so it is no agent of the object's event.
internal sealed partial class EventRun
{
    /// <summary>An event taken from the verb's object noun that is no act of the subject's (see the two rules).</summary>
    private bool ObjectEventNotTheSubjects(EventDraft e, VerbEntry verb, bool fromNoun, List<int> co, int verbTok, int clauseStart) =>
        PartylessAgreement(e, verb, fromNoun, co) || ByAgentOfSubjectNoun(e, verb, fromNoun, verbTok, clauseStart);

    private bool ByAgentOfSubjectNoun(EventDraft e, VerbEntry verb, bool fromNoun, int verbTok, int clauseStart)
    {
        if (!fromNoun || verb.Code != null || verb.Has(VerbFlags.Light))
        {
            return false;
        }

        for (var i = verbTok - 1; i > clauseStart && i >= _s0; i--)
        {
            var m = _mentionAt.At(i);
            if (m >= 0 && _mentions[m].Actor == e.Agent)
            {
                var first = _mentions[m].FirstToken;
                return first - 1 >= _s0 && Is(first - 1, K.By);
            }
        }

        return false;
    }
}
