using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// "protested after a coast guard ship rammed a boat and detained its crew": a past verb joined by "and" to the first
// verb of an "after/before/until" clause shares that clause's subject, not the main clause's (the main agent would be
// credited with the other side's act). Reads candidates and word keys; writes nothing.
internal sealed partial class EventRun
{
    /// <summary>
    /// Whether the finite verb at <paramref name="tok"/> is coordinated ("and", maybe one adverb) with the first verb
    /// at <paramref name="first"/> of the subordinate clause opened at <paramref name="sub"/>, which has a subject of its own.
    /// </summary>
    private bool CoordinatedInSubordinate(int sub, int first, int tok)
    {
        ref readonly var c = ref _cands[_candAt[tok]];
        ref readonly var f = ref _cands[_candAt[first]];
        if (first <= sub + 1 || f.Gerund || c.Gerund || c.Passive || c.Form != VerbFormKind.Past || f.Form != VerbFormKind.Past
            || Is(first - 1, K.To))
        {
            return false;
        }

        var and = Is(tok - 1, K.And) ? tok - 1 : Is(tok - 2, K.And) && (Class(tok - 1) & WordClass.Adverb) != 0 ? tok - 2 : -1;
        if (and <= first)
        {
            return false;
        }

        for (var k = first + 1; k < and; k++)
        {
            if (IsCandidateVerbAt(k) || Is(k, K.That) || _tokens[k].Kind == TokenKind.Punctuation)
            {
                return false; // another verb, a content clause or a break: not one plain coordination
            }
        }

        return true;
    }

    /// <summary>
    /// "... and vowed", "... and later vowed", "... and will travel": a verb joined by "and" to the verb before it
    /// (one adverb or modal between them; the modal's clause has no subject of its own).
    /// </summary>
    private bool AfterAnd(int verb) =>
        verb - 1 > _s0 && (Is(verb - 1, K.And) || (Is(verb - 2, K.And) && (Class(verb - 1) & (WordClass.Adverb | WordClass.Modal)) != 0));

    /// <summary>A finite active past verb among the candidates ("accused"; not "was accused", not "accusing").</summary>
    private bool FiniteActive(int tok)
    {
        ref readonly var cand = ref _cands[_candAt[tok]];
        return cand.Form == VerbFormKind.Past && !cand.Passive && !cand.Gerund;
    }
}
