using System;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// Phase 2b, noun events: codes one event-noun candidate ("Putin's visit", "talks between X and Y") and finds
// where its phrase ends. Reads the candidate, possessor and window helpers; appends drafts to _events.
internal sealed partial class EventRun
{
    [MethodImpl(Hot.Path)]
    private void NounEvent(int c)
    {
        ref var cand = ref _cands[c];
        var noun = cand.Noun!;
        if (noun.Has(NounFlags.ObjectOnly))
        {
            return;
        }

        var np = ReadNounPhrase(cand.Tok);
        if (ExcludedFrom(np.Start) || Opposed(np.Start) || PlannedActNoun(np.Start, cand.Tok, np.Agent))
        {
            return;
        }

        var agent = np.Agent;
        var clauseEnd = WindowEnd(cand.End, false);
        var windowEnd = NounPhraseEnd(cand.End, clauseEnd);
        var e = NewDraft();
        e.Code = noun.Code;
        e.Sentence = _sentence;
        e.Trigger = cand.Tok;
        e.TriggerEnd = cand.End;
        e.Headline = _headline;
        e.FromNoun = true;
        e.TriggerStrength = EventConfidence.Noun;

        // "summit of CIS leaders", "visit by X", "talks between X and Y"; "the invasion of X (by Y)".
        var k = cand.End;
        var patient = -1;
        agent = agent < 0 ? PhraseAgent(noun, k, windowEnd, out patient) : agent;
        var demonymOther = -1;
        if (agent < 0)
        {
            agent = DemonymParties(k, windowEnd, out demonymOther);
        }

        var ownAgent = agent >= 0;
        if (agent < 0)
        {
            agent = FrontedAgent(e, cand.Tok);
        }

        if (agent < 0 && patient >= 0)
        {
            return; // "after the invasion of Ukraine": who did it is not said here
        }

        ReadNounWindow(e, noun, cand.End, windowEnd, clauseEnd);
        AddCounterpart(e, demonymOther >= 0 ? demonymOther : patient);
        var planned = np.Planned;
        if (MergedWithEarlier(e, ownAgent ? agent : -1, np.Definite, planned, np.Start, windowEnd))
        {
            return;
        }

        if (agent < 0)
        {
            agent = BorrowedNounAgent(e, planned, np.Start, windowEnd);
            if (agent < 0)
            {
                return;
            }
        }

        e.Agent = agent;
        e.Counterparts.Remove(agent);
        if (planned)
        {
            e.Modality = EventModality.Planned;
        }

        Finish(e, np.Start, windowEnd);
    }

    /// <summary>
    /// "the first visit by a Turkish president to Iraq": the phrase after "by" ends at the next preposition (other
    /// than "of": "a visit by the president of Turkey"), so the place visited is not read as the visitor.
    /// </summary>
    private int PrepositionAfter(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (_mentionAt.At(i) < 0 && (Class(i) & WordClass.Preposition) != 0 && !Is(i, K.Of))
            {
                return i;
            }
        }

        return to;
    }

    /// <summary>
    /// "cooperation against North Korea's missile threats", "protests against the war": what someone acts or stands
    /// against is the object of their act, not an event the story reports.
    /// </summary>
    private bool Opposed(int npStart) => npStart - 1 >= _s0 && Is(npStart - 1, K.Against);

    /// <summary>
    /// "barred the junta's leader from its summits", "suspended from the talks": what someone is shut out of names the
    /// meetings, not one that happens: after "from", the sentence's last event being a sanction or coercion (roots 16, 17).
    /// </summary>
    private bool ExcludedFrom(int npStart)
    {
        var p = npStart - 1;
        if (p >= _s0 && (Class(p) & (WordClass.PossessivePronoun | WordClass.Determiner)) != 0)
        {
            p--; // the phrase starts after its "its"/"the"
        }

        if (p < _s0 || !Is(p, K.From))
        {
            return false;
        }

        for (var i = _events.Count - 1; i >= 0; i--)
        {
            var e = _events[i];
            if (e.Sentence != _sentence || e.Trigger >= npStart)
            {
                return false;
            }

            if (!e.Dropped)
            {
                return e.Root == 16 || e.Root == 17;
            }
        }

        return false;
    }

    /// <summary>What the words before an event noun say: its possessor, whether it is definite or planned.</summary>
    private struct NounPhrase
    {
        public int Start;
        public int Agent;
        public bool Definite;
        public bool Planned;
    }

    /// <summary>The noun phrase before the noun: determiner, possessor, adjectives, modifiers.</summary>
    [MethodImpl(Hot.Path)]
    private NounPhrase ReadNounPhrase(int noun)
    {
        var np = new NounPhrase { Agent = -1 };
        var j = noun - 1;
        while (j >= _s0)
        {
            var m = _mentionAt.At(j);
            if (_tokens[j].Kind == TokenKind.Possessive)
            {
                var owner = j - 1;
                var om = owner >= _s0 ? _mentionAt.At(owner) : -1;
                if (om >= 0 && np.Agent < 0)
                {
                    np.Agent = _mentions[om].Actor;
                    j = _mentions[om].FirstToken - 1;
                    continue;
                }

                break;
            }

            if (m >= 0)
            {
                if (np.Agent < 0)
                {
                    np.Agent = _mentions[m].Actor;
                }

                j = _mentions[m].FirstToken - 1;
                continue;
            }

            if (_tokens[j].Kind != TokenKind.Word || EndsNounPhrase(j, ref np))
            {
                break;
            }

            j--;
        }

        np.Start = j + 1;
        return np;
    }

    /// <summary>Whether the word at <paramref name="j"/> starts the phrase before an event noun (nothing earlier belongs to it).</summary>
    private bool EndsNounPhrase(int j, ref NounPhrase np)
    {
        var wc = Class(j);
        if ((wc & WordClass.PossessivePronoun) != 0)
        {
            if (np.Agent < 0)
            {
                np.Agent = ResolvePronoun(j);
            }

            return true;
        }

        if ((wc & WordClass.Definite) != 0)
        {
            np.Definite = true;
            return true;
        }

        if ((wc & (WordClass.Determiner | WordClass.Preposition | WordClass.Conjunction | WordClass.BeAux | WordClass.HaveAux | WordClass.Modal | WordClass.Subordinator)) != 0)
        {
            return true;
        }

        if ((wc & WordClass.PlannedCue) != 0)
        {
            np.Planned = true;
        }

        return IsCandidateVerbAt(j) || PastVerbAfterName(j);
    }

    /// <summary>
    /// "His arrest by Kenyan police triggered protests": a lower-case "-ed" word right after a name is the verb (one
    /// the lexicon does not code), so the name before it is no possessor of the event noun.
    /// </summary>
    private bool PastVerbAfterName(int j)
    {
        ref readonly var t = ref _tokens[j];
        return t.IsLower && t.Length > 3 && _s[t.End - 1] == 'd' && _s[t.End - 2] == 'e' && j - 1 >= _s0 && _mentionAt.At(j - 1) >= 0;
    }

    /// <summary>Fronted phrase: "In a joint statement issued the day before, X and Y outlined ...": X, with Y as counterpart.</summary>
    private int FrontedAgent(EventDraft e, int noun)
    {
        if (!(FrontedComma(noun) is var comma && comma > 0))
        {
            return -1;
        }

        _scratch.Clear();
        var verbAfter = NextVerbCandidate(comma + 1);
        var agent = FindSubjectIn(comma + 1, verbAfter >= 0 ? verbAfter : Math.Min(_s1, comma + 12), _scratch);
        if (agent >= 0)
        {
            e.AgentCertainty = EventConfidence.FrontedAgent;
            foreach (var a in _scratch)
            {
                AddCounterpart(e, a);
            }
        }

        return agent;
    }

    /// <summary>Counterparts and place of a noun event: its phrase, then the clause's destination or place.</summary>
    private void ReadNounWindow(EventDraft e, NounEntry noun, int from, int windowEnd, int clauseEnd)
    {
        ReadWindow(e, from, windowEnd, noun.Has(NounFlags.Movement), false);
        if (noun.Has(NounFlags.Movement) && e.Location < 0 && windowEnd < clauseEnd)
        {
            // "X's visit took him to Y": the destination may follow the clause's verb.
            ReadDestination(e, windowEnd, clauseEnd);
        }

        if (e.Location < 0 && windowEnd < clauseEnd)
        {
            // "A drone attack set a depot on fire in Y": the clause's place is the event's.
            ReadWindow(e, windowEnd, clauseEnd, false, false, placesOnly: true);
        }
    }

    /// <summary>A definite event noun without its own actor, or with one, refers back to an event already found: merged.</summary>
    private bool MergedWithEarlier(EventDraft e, int ownAgent, bool definite, bool planned, int npStart, int windowEnd)
    {
        if (!definite && ownAgent < 0)
        {
            return false;
        }

        var earlier = FindEarlier(e.Code, ownAgent);
        if (earlier == null || !(definite || earlier.FromNoun))
        {
            return false;
        }

        MergeInto(earlier, e, planned || PlannedAround(npStart, windowEnd));
        return true;
    }

    /// <summary>
    /// No actor of its own: the same kind of event told earlier is this one ("a summit" after "the upcoming summit
    /// of X leaders", merged, -1); otherwise, with a named counterpart, the story's current agent (or -1).
    /// </summary>
    private int BorrowedNounAgent(EventDraft e, bool planned, int npStart, int windowEnd)
    {
        var same = FindEarlier(e.Code, -1);
        if (same != null)
        {
            MergeInto(same, e, planned || PlannedAround(npStart, windowEnd));
            return -1;
        }

        // "discussed the situation in a phone call with X": the sentence's own act of the same root is this one.
        var inSentence = EarlierInSentence(e.Trigger);
        if (inSentence != null && inSentence.Root == e.Root)
        {
            MergeInto(inSentence, e, planned || PlannedAround(npStart, windowEnd));
            return -1;
        }

        if (e.Counterparts.Count == 0 || _lastAgent < 0)
        {
            return -1;
        }

        e.AgentCertainty = EventConfidence.BorrowedAgent;
        return _lastAgent;
    }

    /// <summary>The latest kept event of this sentence with an agent, coded from a trigger before <paramref name="tok"/>.</summary>
    private EventDraft? EarlierInSentence(int tok)
    {
        for (var i = _events.Count - 1; i >= 0; i--)
        {
            var d = _events[i];
            if (d.Sentence != _sentence)
            {
                return null;
            }

            if (!d.Dropped && d.Agent >= 0 && d.Trigger < tok)
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>The end of the phrase after an event noun: the clause's next verb ("the visit marks ...").</summary>
    [MethodImpl(Hot.Path)]
    private int NounPhraseEnd(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            ref readonly var t = ref _tokens[i];
            if (t.Kind != TokenKind.Word || !t.IsLower || _mentionAt.At(i) >= 0)
            {
                continue;
            }

            var wc = Class(i);
            if ((wc & (WordClass.BeAux | WordClass.HaveAux | WordClass.Modal)) != 0)
            {
                return i;
            }

            if (_lex.AnyVerb.Contains(_s, t) && !_lex.Nouns.Contains(_s, t))
            {
                var p = i - 1;
                var pc = Class(p);
                if (p >= from && (_tokens[p].Kind == TokenKind.Possessive || (pc & (WordClass.Determiner | WordClass.Preposition)) != 0))
                {
                    continue;
                }

                return i;
            }
        }

        return to;
    }
}
