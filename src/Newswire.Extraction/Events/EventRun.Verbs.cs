using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// Phase 2a, verb events: codes one verb candidate (VerbEvent), its verb patterns, and the one-event-per-member
// copies for subject lists. Reads the candidate, clause and window helpers; appends drafts to _events.
internal sealed partial class EventRun
{
    [MethodImpl(Hot.Path)]
    private void VerbEvent(int c)
    {
        ref var cand = ref _cands[c];
        var verb = cand.Verb!;
        if (!VerbMayCode(c, verb, out var windowEnd, out var pattern, out var code, out var nounIdx))
        {
            return;
        }

        var fromNoun = false;
        var strength = code != null ? EventConfidence.Pattern : EventConfidence.VerbDefault;
        if (nounIdx >= 0)
        {
            code = TakeObjectNoun(verb, nounIdx, code, ref fromNoun, ref strength);
        }

        if (code == null && !DefaultReadingFits(verb, cand))
        {
            return;
        }

        code ??= verb.Code;
        SuppressContent(verb, cand.End, windowEnd);
        var clauseStart = ClauseStart(cand.Tok); // only now: a verb that codes nothing has returned above

        var co = _scratch;
        co.Clear();
        var agent = VerbAgent(cand, windowEnd, co, out var counterFromSubject, out var certainty);
        code = CodeIfItHappened(code, pattern, verb, cand, clauseStart, windowEnd);
        code = ViolenceAgainstCivilians(RecodeStatement(code, cand, clauseStart, windowEnd), cand, clauseStart, windowEnd);
        code = CourtesyCall(StateProtest(AccusationOfObject(code, cand), cand.Tok), verb, cand, windowEnd);
        if (cand.Gerund && !VerbalParticiple(cand.Tok, code))
        {
            return;
        }

        agent = EventAgent(code, agent, cand, clauseStart, windowEnd, ref certainty, counterFromSubject);
        if (code == null || agent < 0)
        {
            return;
        }

        var e = NewVerbDraft(cand, code, agent, fromNoun ? nounIdx : -1, strength, certainty, counterFromSubject);

        var movement = verb.Has(VerbFlags.Movement) || (nounIdx >= 0 && _cands[nounIdx].Noun!.Has(NounFlags.Movement));
        ReadActWindow(e, cand, verb, windowEnd, movement);
        AddPairPartner(e, cand.Tok, clauseStart);
        if (ObjectEventNotTheSubjects(e, verb, fromNoun, co, cand.Tok, clauseStart) || MergedIntoToldEvent(e, cand, code))
        {
            return;
        }

        var coList = SplitCoSubjects(e, verb, fromNoun, cand, co);
        if (verb.Has(VerbFlags.Speech))
        {
            e.ComplementEnd = windowEnd;
            e.OwnActFrom = SpeakersNextAct(cand.Tok, cand.End, windowEnd);
        }

        var partner = MutualPartner(e, verb, fromNoun, co);
        Finish(e, clauseStart, windowEnd);
        AddCoAgentEvents(e, coList, partner);
    }

    /// <summary>
    /// The checks before any clause work: the verb's pattern (or "no event"), an armed verb's use, a crowd gathering,
    /// the object noun; false when nothing can come of the verb (a pattern-only verb without its pattern or an object
    /// noun, a verb that only plans an attack, a speech participle).
    /// </summary>
    private bool VerbMayCode(int c, VerbEntry verb, out int windowEnd, out string? pattern, out string? code, out int nounIdx)
    {
        ref readonly var cand = ref _cands[c];
        windowEnd = WindowEnd(cand.End, verb.Has(VerbFlags.Directive) || verb.Has(VerbFlags.Speech));
        pattern = MatchPattern(verb, cand.End, windowEnd);
        code = null;
        nounIdx = -1;
        if (pattern == VerbPattern.NoEvent || (pattern == null && verb.Has(VerbFlags.Armed) && !ArmedUse(cand)))
        {
            return false;
        }

        code = CrowdGathering(cand.Tok, pattern);
        nounIdx = UnplannedObjectNoun(c, windowEnd, pattern);
        if (nounIdx == NoEventNoun || (code == null && nounIdx < 0 && verb.Code == null && (verb.Flags & (VerbFlags.Directive | VerbFlags.Speech)) == 0))
        {
            return false;
        }

        return !(cand.Gerund && SpeechParticiple(cand.Tok, verb));
    }

    /// <summary>The first event noun in the verb's object (before the next verb), or -1.</summary>
    [MethodImpl(Hot.Path)]
    private int ObjectNoun(int c, int windowEnd)
    {
        var verbEnd = _cands[c].End;
        for (var k = c + 1; k < _candCount; k++)
        {
            ref readonly var other = ref _cands[k];
            if (other.Tok >= windowEnd)
            {
                break;
            }

            if (!other.IsVerb && !other.Consumed && other.Noun != null && other.Tok - verbEnd <= 8)
            {
                // "boost cooperation against X's threats": a noun the act is against gives the verb no code.
                return Opposed(ReadNounPhrase(other.Tok).Start) ? -1 : k;
            }

            // A directive's -ing form ("sent a note demanding the release of") has the nouns after it as its content.
            if (other.IsVerb && (!other.Gerund || other.Verb!.Has(VerbFlags.Directive)))
            {
                break;
            }
        }

        return -1;
    }

    /// <summary>
    /// An event noun in the object: a light verb takes its code ("held talks" is a meeting, whatever "hold"
    /// patterns say), any other verb absorbs it.
    /// </summary>
    private string? TakeObjectNoun(VerbEntry verb, int nounIdx, string? code, ref bool fromNoun, ref double strength)
    {
        // "would respond firmly to any attack": a noun after "any" is a hypothetical case, it gives no code.
        if (Is(_cands[nounIdx].Tok - 1, K.Any))
        {
            _cands[nounIdx].Consumed = true;
            return code;
        }

        if ((verb.Has(VerbFlags.Light) && !(code != null && _curatedPattern)) || (code == null && verb.Code == null))
        {
            code = _cands[nounIdx].Noun!.Code;
            fromNoun = true;
            strength = EventConfidence.LightVerbNoun;
        }

        _cands[nounIdx].Consumed = code != null || verb.Has(VerbFlags.Light);
        return code;
    }

    /// <summary>
    /// The agent of a verb: "by X" for a passive (its subject then a counterpart), the sentence's agent or speaker
    /// for a gerund, else the subject; subject lists go to <paramref name="co"/>.
    /// </summary>
    private int VerbAgent(in Candidate cand, int windowEnd, List<int> co, out int counterFromSubject, out double certainty)
    {
        counterFromSubject = -1;
        _subjectPronoun = false;
        _followerSubject = false;
        certainty = 1.0;
        if (cand.Passive)
        {
            certainty = EventConfidence.PassiveAgent;
            var by = ByAgent(cand.End, windowEnd);
            by = by >= 0 ? by : SharedByAgent(cand.Tok);
            counterFromSubject = FindSubject(cand.Tok, null);
            return by;
        }

        if (cand.Gerund)
        {
            certainty = EventConfidence.BorrowedAgent;
            if (AfterComma(cand.Tok))
            {
                return ParticipleAgent();
            }

            // "arrested a man for stabbing two people", "thanked Y for helping": after "for" the doer is the object.
            if (Is(cand.Tok - 1, K.For))
            {
                return -1;
            }

            // "began distributing rations": after a verb of beginning the gerund is the clause's own act.
            if (BeginVerbAt(cand.Tok - 1))
            {
                certainty = 1.0;
                return FindSubject(cand.Tok - 1, co);
            }

            // "the UN said 40 civilians were killed in shelling": the victims' passive names no doer for the act.
            if (AfterAgentlessPassive(cand.Tok))
            {
                return -1;
            }

            // "sent a note to Managua demanding": the document's sender demands.
            if (DocumentGerund(cand.Tok) is var sender and >= 0)
            {
                return FindSubject(sender, co);
            }

            var borrowed = _sentenceAgent >= 0 ? _sentenceAgent : _speaker;
            return borrowed >= 0 ? borrowed : FindSubject(cand.Tok, co);
        }

        // "OCHA said fighting had forced 40,000 people to flee": the reported clause's subject is no actor.
        if (NoActorSubjectAfterSpeech(cand.Tok))
        {
            return -1;
        }

        // The speaker's next own act (a closed quotation before "and"): the content's subject does not do it.
        var subject = SpeakerOfNextAct(cand.Tok) is var speaker && speaker >= 0 ? speaker : FindSubject(SpeechBeforeCommaAnd(cand.Tok), co);
        return subject >= 0 ? subject : VerbalActAfterContent(cand);
    }

    /// <summary>
    /// The code, or null when nothing happened: speech with nothing said, a bare infinitive, a negated verb.
    /// <paramref name="pattern"/> is the verb's pattern code in its window (or null).
    /// </summary>
    private string? CodeIfItHappened(string? code, string? pattern, VerbEntry verb, in Candidate cand, int clauseStart, int windowEnd)
    {
        // Speech verbs are statements only when something is said: a "that" clause, a quote, a colon
        // ("X asserts its role" is analysis prose); passive speech ("reported by Y") is attribution.
        if (code != null && (verb.Has(VerbFlags.Speech) || code == "010") && pattern == null
            && (cand.Passive || !HasClause(cand.End, windowEnd)))
        {
            return null;
        }

        // A bare infinitive is intent, not an event ("seeks to resolve"), unless it is scheduled ("is set to visit")
        // or voted ("parliament voted 13-2 to censure": the vote is how a body does it).
        if (code != null && IsInfinitive(cand.Tok) && !PlannedInfinitive(cand.Tok) && !VotedInfinitive(cand.Tok))
        {
            return null;
        }

        // "will not clash", "has never recognised", "Neither X nor Y attended": nothing happened.
        if (code != null && Negated(clauseStart, cand.Tok))
        {
            return null;
        }

        return code;
    }

    /// <summary>
    /// The agent of an event that happened (a subject-less security force acts for its place), or -1; the
    /// sentence's agent is the first one found, even for a verb that codes nothing.
    /// </summary>
    private int EventAgent(string? code, int agent, in Candidate cand, int clauseStart, int windowEnd, ref double certainty, int passiveSubject)
    {
        if (code == null)
        {
            if (agent >= 0 && _sentenceAgent < 0)
            {
                _sentenceAgent = agent;
            }

            return -1;
        }

        if (!cand.Passive)
        {
            agent = PlaceForceSubject(agent, clauseStart, cand.Tok);
        }

        if (agent < 0 && !cand.Passive && !cand.Gerund && PairSubject(cand.Tok, clauseStart) is var pair and >= 0)
        {
            agent = pair;
            certainty = EventConfidence.BorrowedAgent;
        }
        else if (agent < 0 && !cand.Passive && !cand.Gerund && !UnnamedPersonSubject(cand.Tok))
        {
            agent = SubjectlessActAgent(code, cand.Tok, clauseStart, windowEnd);
            certainty = EventConfidence.BorrowedAgent;
        }
        else if (agent < 0 && cand.Passive && (code == "173" || code == "175" || PersonReleased(code, passiveSubject)))
        {
            // "At least 20 people were detained in Riverton": arrests and crowd control with no "by" are the state's
            // (not every root 17 verb: "was excluded", "were forced to leave" name no state).
            agent = ForceAgentFromPlace(cand.Tok, windowEnd, abroad: false);
            certainty = EventConfidence.BorrowedAgent;
        }

        if (agent >= 0 && _sentenceAgent < 0)
        {
            _sentenceAgent = agent;
        }

        return agent;
    }

    /// <summary>
    /// The agent of an active verb whose clause names none: forces after "and" ("Protesters gathered in central Lima and
    /// police used tear gas"), a unit named by nationality, security forces by function, or a crowd that protests.
    /// </summary>
    private int SubjectlessActAgent(string code, int verb, int clauseStart, int windowEnd)
    {
        if (ForcesAfterAnd(verb) is var forces && forces >= 0 && SecurityForcePlace(forces, verb, windowEnd) is var state && state >= 0)
        {
            return state;
        }

        var agent = NationalUnitAgent(clauseStart, verb);
        agent = agent >= 0 ? agent : SecurityForcePlace(clauseStart, verb, windowEnd);
        return agent >= 0 || ((code[0] != '1' || code[1] != '4') && !_followerSubject) ? agent : CrowdAgent(clauseStart, verb, windowEnd);
    }

    // "Opposition leader X was freed / released from prison": a person let go with no "by" is let go by the state, as
    // an arrest is; "sanctions were eased" (no person) names no one.
    private bool PersonReleased(string code, int passiveSubject) =>
        code[0] == '0' && code[1] == '8' && passiveSubject >= 0 && _actors.Actors[passiveSubject].Kind == ActorKind.Person;

    /// <summary>The draft of a verb event; its trigger is the object noun's (<paramref name="nounIdx"/> &gt;= 0) when that gave the code.</summary>
    private EventDraft NewVerbDraft(in Candidate cand, string code, int agent, int nounIdx, double strength, double certainty, int counterFromSubject)
    {
        var fromNoun = nounIdx >= 0;
        var e = NewDraft();
        e.Code = code;
        e.Agent = agent;
        e.Sentence = _sentence;
        e.TriggerStrength = strength;
        e.AgentCertainty = _subjectPronoun ? EventConfidence.PronounAgent : certainty;
        e.Trigger = fromNoun ? _cands[nounIdx].Tok : cand.Tok;
        e.TriggerEnd = fromNoun ? _cands[nounIdx].End : cand.End;
        e.Headline = _headline;
        e.FromNoun = fromNoun;
        e.Passive = cand.Passive;
        if (counterFromSubject >= 0)
        {
            AddCounterpart(e, counterFromSubject); // a passive's subject ("was detained by X": its object)
        }

        return e;
    }
}
