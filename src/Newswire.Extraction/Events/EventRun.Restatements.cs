using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// Phase 2a, a verb event that goes on from what the sentence already told: a passive about the event just told,
// and a verbal act after a content clause that continues the sentence's agent.
internal sealed partial class EventRun
{
    /// <summary>
    /// "X and Y signed an agreement ... The agreement was signed in Accra by their ministers": a passive whose subject
    /// is the definite event noun of an event already told adds to that event (its place, time) and is no new one.
    /// </summary>
    private bool MergedIntoToldEvent(EventDraft e, in Candidate cand, string code)
    {
        if (!cand.Passive || !DefiniteEventSubject(cand.Tok, code) || FindEarlier(code, -1) is not { } told)
        {
            return false;
        }

        MergeInto(told, e, false);
        return true;
    }

    /// <summary>
    /// Whether a passive verb's subject is a definite event noun of the same code ("The agreement was signed"): the
    /// sentence goes on about an event already told.
    /// </summary>
    private bool DefiniteEventSubject(int verb, string code)
    {
        var n = verb - 1;
        while (n > _s0 && (Class(n) & (WordClass.BeAux | WordClass.HaveAux | WordClass.Modal | WordClass.Adverb)) != 0)
        {
            n--;
        }

        return n > _s0 && _candAt[n] >= 0 && !_cands[_candAt[n]].IsVerb && _cands[_candAt[n]].Noun?.Code == code
               && (Class(n - 1) & WordClass.Definite) != 0;
    }

    /// <summary>
    /// "X told television that the two men had been caught spying, and accused Y of ...": a verbal act (speech,
    /// directive, or a demand, criticism, rejection or threat) after ", and" whose clause names no actor goes on with
    /// the sentence's agent; a physical act there keeps the content's subject ("said that troops crossed the border,
    /// and shelled a post" codes nothing for the speaker). -1 otherwise.
    /// </summary>
    private int VerbalActAfterContent(in Candidate cand)
    {
        var verb = cand.Verb!;
        if (SpeakerOfNextAct(cand.Tok) is var speaker && speaker >= 0)
        {
            return speaker;
        }

        if (_sentenceAgent < 0 || cand.Form != VerbFormKind.Past || !Is(cand.Tok - 1, K.And) || !Is(cand.Tok - 2, K.Comma))
        {
            return -1;
        }

        var root = CameoScale.Root(verb.Code);
        return (verb.Flags & (VerbFlags.Speech | VerbFlags.Directive)) != 0 || (root >= 10 && root <= 13) ? _sentenceAgent : -1;
    }

    /// <summary>
    /// "X said that the talks had been constructive and urged Y to ...": the agent of a speech event of this sentence
    /// whose next own act (<see cref="EventDraft.OwnActFrom"/>, no comma needed) is the verb at <paramref name="verb"/>, or -1.
    /// </summary>
    private int SpeakerOfNextAct(int verb)
    {
        for (var i = _events.Count - 1; i >= 0 && _events[i].Sentence == _sentence; i--)
        {
            if (_events[i].OwnActFrom == verb && !_events[i].Dropped)
            {
                return _events[i].Agent;
            }
        }

        return -1;
    }
}
