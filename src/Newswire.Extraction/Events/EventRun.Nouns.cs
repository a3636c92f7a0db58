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

        // The noun phrase before the noun: determiner, possessor, adjectives, modifiers.
        var agent = -1;
        var definite = false;
        var planned = false;
        var j = cand.Tok - 1;
        while (j >= _s0)
        {
            ref readonly var t = ref _tokens[j];
            var m = _actors.MentionAtToken(j);
            if (t.Kind == TokenKind.Possessive)
            {
                var owner = j - 1;
                var om = owner >= _s0 ? _actors.MentionAtToken(owner) : -1;
                if (om >= 0 && agent < 0)
                {
                    agent = _actors.Mentions[om].Actor;
                    j = _actors.Mentions[om].FirstToken - 1;
                    continue;
                }

                break;
            }

            if (m >= 0)
            {
                if (agent < 0)
                {
                    agent = _actors.Mentions[m].Actor;
                }

                j = _actors.Mentions[m].FirstToken - 1;
                continue;
            }

            if (t.Kind != TokenKind.Word)
            {
                break;
            }

            var wc = Class(j);
            if ((wc & WordClass.PossessivePronoun) != 0)
            {
                if (agent < 0)
                {
                    agent = ResolvePronoun(j);
                }

                break;
            }

            if ((wc & WordClass.Definite) != 0)
            {
                definite = true;
                break;
            }

            if ((wc & (WordClass.Determiner | WordClass.Preposition | WordClass.Conjunction | WordClass.BeAux | WordClass.HaveAux | WordClass.Modal | WordClass.Subordinator)) != 0)
            {
                break;
            }

            if ((wc & WordClass.PlannedCue) != 0)
            {
                planned = true;
            }

            if (IsCandidateVerbAt(j))
            {
                break;
            }

            j--;
        }

        var npStart = j + 1;
        var clauseEnd = WindowEnd(cand.End, false);
        var windowEnd = NounPhraseEnd(cand.End, clauseEnd);
        var e = new EventDraft
        {
            Code = noun.Code,
            Sentence = _sentence,
            Trigger = cand.Tok,
            TriggerEnd = cand.End,
            Headline = _headline,
            FromNoun = true,
            TriggerStrength = EventConfidence.Noun,
        };

        // "summit of CIS leaders", "visit by X", "talks between X and Y".
        var k = cand.End;
        if (k < _s1 && (Is(k, K.Of) || Is(k, K.By)) && agent < 0)
        {
            var m = FirstMentionHead(k + 1, Math.Min(windowEnd, k + 6));
            if (m >= 0)
            {
                agent = _actors.Mentions[m].Actor;
            }
        }
        else if (k < _s1 && Is(k, K.Between) && agent < 0)
        {
            var m = FirstMentionHead(k + 1, Math.Min(windowEnd, k + 6));
            if (m >= 0)
            {
                agent = _actors.Mentions[m].Actor;
            }
        }

        var ownAgent = agent >= 0;

        // Fronted phrase: "In a joint statement issued the day before, Moscow and Astana outlined ...".
        if (agent < 0 && FrontedComma(cand.Tok) is var comma && comma > 0)
        {
            _scratch.Clear();
            var verbAfter = NextVerbCandidate(comma + 1);
            agent = FindSubjectIn(comma + 1, verbAfter >= 0 ? verbAfter : Math.Min(_s1, comma + 12), _scratch);
            if (agent >= 0)
            {
                e.AgentCertainty = EventConfidence.FrontedAgent;
                foreach (var a in _scratch)
                {
                    AddCounterpart(e, a);
                }
            }
        }

        ReadWindow(e, cand.End, windowEnd, noun.Has(NounFlags.Movement), false);
        if (noun.Has(NounFlags.Movement) && e.Location < 0 && windowEnd < clauseEnd)
        {
            // "X's visit took him to Y": the destination may follow the clause's verb.
            ReadDestination(e, windowEnd, clauseEnd);
        }

        if (e.Location < 0 && windowEnd < clauseEnd)
        {
            // "A drone attack set a depot on fire in Belgorod": the clause's place is the event's.
            ReadWindow(e, windowEnd, clauseEnd, false, false, placesOnly: true);
        }

        // A definite event noun without its own actor refers back to an event already found.
        if (definite && !ownAgent || ownAgent)
        {
            var earlier = FindEarlier(e.Code, ownAgent ? agent : -1);
            if (earlier != null && (definite || earlier.FromNoun))
            {
                MergeInto(earlier, e, planned || PlannedAround(npStart, windowEnd));
                return;
            }
        }

        if (agent < 0)
        {
            // No actor of its own: the same kind of event told earlier is this one ("a CIS summit" after "the
            // upcoming summit of CIS leaders"); otherwise, with a named counterpart, the story's current agent.
            var same = FindEarlier(e.Code, -1);
            if (same != null)
            {
                MergeInto(same, e, planned || PlannedAround(npStart, windowEnd));
                return;
            }

            if (e.Counterparts.Count == 0 || _lastAgent < 0)
            {
                return;
            }

            agent = _lastAgent;
            e.AgentCertainty = EventConfidence.BorrowedAgent;
        }

        e.Agent = agent;
        e.Counterparts.Remove(agent);
        if (planned)
        {
            e.Modality = EventModality.Planned;
        }

        Finish(e, npStart, windowEnd);
    }

    /// <summary>The end of the phrase after an event noun: the clause's next verb ("the visit marks ...").</summary>
    [MethodImpl(Hot.Path)]
    private int NounPhraseEnd(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            ref readonly var t = ref _tokens[i];
            if (t.Kind != TokenKind.Word || !t.IsLower || _actors.MentionAtToken(i) >= 0)
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
