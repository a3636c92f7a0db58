using Newswire.Extraction.Events.Stages;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// "arrested three men suspected of plotting attacks in the capital": an event noun that is the object of an intent
// word (table [intent-verb]) and names no doer of its own is an act only intended. Coded, it borrowed the sentence's
// agent or merged into its event, moving that event's place and target to the intended one.
internal sealed partial class EventRun
{
    /// <summary>
    /// Whether the event noun at <paramref name="noun"/>, whose phrase starts at <paramref name="npStart"/>, is only the
    /// object of an intent word (just before the phrase or read into it: "plotting deadly attacks").
    /// </summary>
    private bool PlannedActNoun(int npStart, int noun, int ownAgent)
    {
        if (ownAgent >= 0)
        {
            return false;
        }

        for (var i = npStart > _s0 ? npStart - 1 : _s0; i < noun; i++)
        {
            if (IntentAt(i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An event noun in a verb's object that is only intended: after an intent word between them ("arrested men
    /// suspected of plotting attacks") it is consumed and the verb keeps its own code; a hostile act the verb itself
    /// only plans ("was preparing attacks", no pattern of the verb) makes no event at all (true).
    /// </summary>
    private bool IntendedObjectAct(int verb, int noun, string? pattern)
    {
        ref var n = ref _cands[noun];
        if (PlannedActNoun(_cands[verb].End + 1, n.Tok, -1))
        {
            n.Consumed = true;
            return false;
        }

        var hostile = n.Noun!.Code != null && string.CompareOrdinal(n.Noun.Code, "14") >= 0;
        if (pattern == null && hostile && IntentAt(_cands[verb].Tok))
        {
            n.Consumed = true;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Where the words of a verb's act end before an intent word ("arrested men in Mombasa planning attacks in the
    /// capital": the capital is where they meant to strike, not where they were arrested); <paramref name="to"/> if none.
    /// </summary>
    private int IntentCut(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IntentAt(i) && _mentionAt.At(i) < 0)
            {
                return i;
            }
        }

        return to;
    }

    /// <summary>
    /// An <c>[intent-verb]</c> word used as a verb ("plotting", "to plan", "were preparing"), not as the adjective of a
    /// planned event ("the planned negotiations", "Planned talks"), which is coded as planned.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] // asked of every token a clause cut scans
    private bool IntentAt(int i)
    {
        if ((_stageBits[i - _s0] & StageSet.IntentVerb) == 0 || i == _s0)
        {
            return false;
        }

        return _tokens[i - 1].Kind != TokenKind.Possessive && (Class(i - 1) & WordClass.Determiner) == 0;
    }

    /// <summary><see cref="UnplannedObjectNoun"/>: the verb's object is an act it only plans, no event at all.</summary>
    private const int NoEventNoun = -2;

    /// <summary>
    /// The verb's object noun (<see cref="ObjectNoun"/>), -1 when there is none or it is only intended, or
    /// <see cref="NoEventNoun"/> when the verb only plans a hostile act (<see cref="IntendedObjectAct"/>).
    /// </summary>
    private int UnplannedObjectNoun(int verb, int windowEnd, string? pattern)
    {
        var noun = ObjectNoun(verb, windowEnd);
        if (noun < 0)
        {
            return noun;
        }

        if (IntendedObjectAct(verb, noun, pattern))
        {
            return NoEventNoun;
        }

        return _cands[noun].Consumed ? -1 : noun;
    }

    /// <summary>
    /// The counterparts, place and demonym target of a verb event, from the words after it up to an intent word
    /// (<see cref="IntentCut"/>).
    /// </summary>
    private void ReadActWindow(EventDraft e, in Candidate cand, VerbEntry verb, int windowEnd, bool movement)
    {
        var actEnd = IntentCut(cand.End, windowEnd);
        ReadWindow(e, cand.End, actEnd, movement, cand.Passive);
        if (!cand.Passive && !verb.Has(VerbFlags.Speech))
        {
            ObjectDemonymTarget(e, cand.End, actEnd);
        }

        RelativeObjectTarget(e, cand, verb);
    }
}
