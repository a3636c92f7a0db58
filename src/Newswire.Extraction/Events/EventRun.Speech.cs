using System.Runtime.CompilerServices;
using Newswire.Extraction.Events.Stages;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// Reported speech and directives: without "that", "the ministry said Moscow would send troops" (Moscow sends, not the
// ministry); what a directive asks for or a speech verb reports is content, not a separate event.
internal sealed partial class EventRun
{
    /// <summary>Events of this sentence inside a "that"-less speech complement are reported, not seen happening.</summary>
    private void MarkSpeechComplements(int firstEvent)
    {
        for (var i = firstEvent; i < _events.Count; i++)
        {
            var e = _events[i];
            if (e.Dropped || e.Modality != EventModality.Happened)
            {
                continue;
            }

            for (var k = e.Trigger - 1; k >= _s0; k--)
            {
                if (SpeechWithoutThat(k, e.Trigger))
                {
                    e.Modality = EventModality.Reported;
                    if (ObligationCode(e.Trigger) is { } obligation)
                    {
                        ReportedObligation(FindSubject(k, null), e, obligation); // the speaker found only when needed
                    }

                    break;
                }
            }
        }
    }

    /// <summary>
    /// Whether token <paramref name="i"/> is an active speech verb whose complement holds a named subject (or a
    /// national unit) before <paramref name="verb"/>: the reported clause then starts after it, as it would after "that".
    /// </summary>
    /// <remarks>The guard at the call (ClauseStart asks about every token before a verb; few are candidates).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool SpeechWithoutThat(int i, int verb) => i >= _s0 && i < _s1 && _candAt[i] >= 0 && SpeechCandidateWithoutThat(i, verb);

    private bool SpeechCandidateWithoutThat(int i, int verb)
    {
        ref readonly var cand = ref _cands[_candAt[i]];
        if (!cand.IsVerb || cand.Passive || cand.Gerund || cand.Verb == null || !cand.Verb.Has(VerbFlags.Speech))
        {
            return false;
        }

        // A name between the speech verb and the verb ("said Moscow would"), not its object ("told Moscow to").
        for (var k = cand.End; k < verb; k++)
        {
            if (_mentionAt.At(k) >= 0)
            {
                return !Is(verb - 1, K.To) && !_tokens[k].Is(TokenFlags.Quote);
            }

            if (_tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }
        }

        // "Russia said Ukrainian drones attacked": a unit named by its nationality is a subject as a name is; so are
        // armed men named by function ("the spokesman said troops had destroyed": the troops act, not the speaker), a
        // crowd ("the minister said protesters attacked police") and people named bare ("said farmers blocked").
        return !Is(verb - 1, K.To)
            && (NationalUnitBetween(cand.End, verb) || ForceSubjectBetween(cand.End, verb) || ReportedCrowdBetween(cand.End, verb)
                || PrivateSubjectBetween(cand.End, verb, bare: true));
    }

    /// <summary>
    /// "the minister said protesters attacked police": a crowd is a reported clause's own subject, but not the speaker's
    /// own people ("said its supporters would march", "said supporters would march": the speaker stands for them).
    /// </summary>
    private bool ReportedCrowdBetween(int from, int verb)
    {
        for (var i = from; i < verb; i++)
        {
            if ((Class(i) & WordClass.PossessivePronoun) != 0 || IsFollowerWord(i))
            {
                return false;
            }
        }

        var end = BeforeVerbGroup(from, verb);

        return CrowdSubjectBetween(from, end);
    }

    // The most words a common subject of a reported clause takes: "said the bus driver lost control".
    private const int PrivateSubjectReach = 5;

    // A side's people or bodies named by a common noun: the speaker may stand for them ("said the army would deploy").
    private const StageSet SideWords = StageSet.PoliticalHead | StageSet.SecurityForce | StageSet.StateBody | StageSet.ArmedUnit
        | StageSet.Crowd | StageSet.PublicBody | StageSet.ArmedGroup | StageSet.NonStateForce;

    /// <summary>
    /// Whether the words between a speech verb (or an "and") and <paramref name="verb"/> are a common noun phrase
    /// naming no side ("the commander said the driver lost control", "said a passenger attacked him", "and the tanker
    /// overturned"): the clause has a subject of its own that is no actor, and the speaker does not do its act.
    /// </summary>
    private bool PrivateSubjectBetween(int from, int verb, bool bare = false)
    {
        // The verb group first ("had", "would not"), then the noun phrase before it.
        var end = BeforeVerbGroup(from, verb);

        // A bare plural or mass noun ("as prices rose") has no determiner; elsewhere one is needed.
        var determined = (Class(from) & (WordClass.Determiner | WordClass.PossessivePronoun)) != 0;
        if (end - from < (bare ? 1 : 2) || end - from > PrivateSubjectReach || !(determined || bare))
        {
            return false;
        }

        for (var i = from; i < end; i++)
        {
            if (_tokens[i].Kind != TokenKind.Word || !_tokens[i].IsLower || (_stageBits[i - _s0] & SideWords) != 0
                || ((i > from || !determined) && (Class(i) & NoNounPhrase) != 0) || _candAt[i] >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where the words before <paramref name="verb"/>'s verb group ("had", "would not") end: the subject's end.</summary>
    private int BeforeVerbGroup(int from, int verb)
    {
        var end = verb;
        while (end > from && (Class(end - 1) & VerbGroup) != 0)
        {
            end--;
        }

        return end;
    }

    private const WordClass VerbGroup = WordClass.BeAux | WordClass.HaveAux | WordClass.Modal | WordClass.DoAux | WordClass.Negation
        | WordClass.Future | WordClass.Adverb;

    // Words that end a noun phrase ("the measures were illegal and demanded": no subject of "demanded").
    private const WordClass NoNounPhrase = VerbGroup | WordClass.Conjunction | WordClass.Subordinator | WordClass.Preposition
        | WordClass.SubjectPronoun | WordClass.Determiner;

    /// <summary>
    /// Where what a speech verb says ends and the speaker's next act starts: a finite verb joined by "and" ("said the
    /// measures were illegal and demanded": the demand is the speaker's own act, not reported), unless a named subject
    /// or a national unit opened the reported clause ("said Ukrainian drones attacked a depot and killed two":
    /// content). -1 when there is none.
    /// </summary>
    private int SpeakersNextAct(int speech, int from, int windowEnd)
    {
        var coordinated = CoordinatedVerb(from, windowEnd);
        return coordinated < windowEnd && !SpeechWithoutThat(speech, coordinated) ? coordinated : -1;
    }

    /// <summary>
    /// Directive verbs: what they ask for is content ("urged X to return to talks"). Speech verbs: nouns in
    /// reported speech are topics ("open to talks"); verbs there are reported events.
    /// </summary>
    private void SuppressContent(VerbEntry verb, int from, int windowEnd)
    {
        if (verb.Has(VerbFlags.Directive))
        {
            _suppressFrom = from;
            _suppressTo = CoordinatedVerb(from, windowEnd);
        }
        else if (verb.Has(VerbFlags.Speech))
        {
            _nounSuppressFrom = from;
            _nounSuppressTo = windowEnd;
        }
    }

    /// <summary>
    /// Where a directive's content ends: at a finite past verb coordinated with the directive ("refused to accept
    /// the count and accused the party of ..."), which is the subject's next act; a base form after "and" is still
    /// content ("urged X to stop and return"). <paramref name="windowEnd"/> when there is none.
    /// </summary>
    private int CoordinatedVerb(int from, int windowEnd)
    {
        for (var c = 0; c < _candCount; c++)
        {
            ref readonly var cand = ref _cands[c];
            // "... and accused Y", "... and later attacked Y": one adverb may stand between. After "that" the verb
            // goes on with the content's own subject ("alleged that X had crossed the border and attacked a post").
            if (cand.Tok > from && cand.Tok < windowEnd && cand.IsVerb && cand.Form == VerbFormKind.Past && !cand.Passive
                && (Is(cand.Tok - 1, K.And) || (Is(cand.Tok - 2, K.And) && (Class(cand.Tok - 1) & WordClass.Adverb) != 0)))
            {
                // A quotation closed right before "and" ended what was said: 'said that "X must withdraw" and accused'.
                var and = Is(cand.Tok - 1, K.And) ? cand.Tok - 1 : cand.Tok - 2;
                var quoteClosed = and - 1 > from && _tokens[and - 1].Is(TokenFlags.Quote);
                return ThatBetween(from, cand.Tok) && !AfterStatedState(from, cand) && !quoteClosed && !CommaAndSaying(cand.Tok) ? windowEnd : cand.Tok;
            }
        }

        return windowEnd;
    }

    // How far after "that" the content's verb may stand ("that the attack on the base was").
    private const int StatedStateReach = 8;

    /// <summary>
    /// "said in a statement that the attack was a response to military operations and called on the government to
    /// return", "said that the talks had been constructive and urged Y to", "said that two workers had been killed and
    /// called on": after a "that"-clause whose subject names no actor and either names no one who could speak or act
    /// (no force, crowd or body word) or is acted on (a passive), a coordinated speech or directive verb is the
    /// speaker's next act, not the content's.
    /// </summary>
    private bool AfterStatedState(int from, in Candidate next)
    {
        // Any verbal act counts, not only the flagged ones: "said that the strike was illegal and ordered the workers
        // back", "... and condemned the attack".
        if (next.Verb == null || ((next.Verb.Flags & (VerbFlags.Directive | VerbFlags.Speech)) == 0 && !VerbalRoot(next.Verb.Code)))
        {
            return false;
        }

        var that = from;
        while (that < next.Tok && !Is(that, K.That))
        {
            that++;
        }

        var side = false;
        for (var k = that + 1; k < next.Tok && k <= that + StatedStateReach; k++)
        {
            if (_mentionAt.At(k) >= 0 || (Class(k) & WordClass.SubjectPronoun) != 0)
            {
                return false;
            }

            // The content's verb group ends its subject.
            if ((Class(k) & VerbGroup) != 0 || (_candAt[k] >= 0 && _cands[_candAt[k]].IsVerb))
            {
                return k > that + 1 && (!side || PassiveBefore(k, next.Tok));
            }

            side |= (_stageBits[k - _s0] & (SideWords & ~StageSet.ArmedUnit)) != 0; // a strike or a ship says nothing
        }

        return false;
    }

    // Whether the verb group at <paramref name="from"/> is a passive ("were killed", "had been beaten"): a form of
    // "be" followed by a participle (a passive candidate, or a word ending as participles do; "were angry" is none).
    private bool PassiveBefore(int from, int to)
    {
        var be = false;
        var k = from;
        for (; k < to && (Class(k) & VerbGroup) != 0; k++)
        {
            be |= (Class(k) & WordClass.BeAux) != 0;
        }

        if (!be || k >= to || _tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }

        if (_candAt[k] >= 0 && _cands[_candAt[k]].IsVerb)
        {
            return _cands[_candAt[k]].Passive;
        }

        var t = _tokens[k];
        return t.Length > 3 && _s[t.Start + t.Length - 2] is 'e' or 'w' && _s[t.Start + t.Length - 1] is 'd' or 'n';
    }

    private bool ThatBetween(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (Is(i, K.That))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="verb"/> opens its reported clause right after a speech verb with a common noun as subject
    /// ("said fighting had forced ...", "said the floods had cut ..."): no name, pronoun, possessive or force word
    /// stands between, so neither the speaker nor a name before it is the subject.
    /// </summary>
    private bool NoActorSubjectAfterSpeech(int verb)
    {
        var speech = -1;
        for (var c = _candCount - 1; c >= 0; c--)
        {
            ref readonly var cand = ref _cands[c];
            if (cand.Tok < verb && cand.IsVerb && cand.Verb != null && cand.Verb.Has(VerbFlags.Speech))
            {
                speech = cand.End;
                break;
            }
        }

        if (speech < 0 || speech >= verb)
        {
            return false;
        }

        var i = Is(speech, K.That) ? speech + 1 : speech;
        while (i < verb && (Class(i) & WordClass.Definite) != 0)
        {
            i++;
        }

        if (i >= verb || _mentionAt.At(i) >= 0 || _tokens[i].Kind != TokenKind.Word || !_tokens[i].IsLower
            || (Class(i) & (WordClass.SubjectPronoun | WordClass.PossessivePronoun | WordClass.Determiner)) != 0
            || (_stageBits[i - _s0] & SideWords) != 0)
        {
            return false;
        }

        // The noun (one or two words), then only the verb's own auxiliaries: "fighting had forced", "heavy rain has cut".
        var k = i + 1;
        if (k < verb && (Class(k) & Aux) == 0 && _mentionAt.At(k) < 0 && _tokens[k].Kind == TokenKind.Word && _tokens[k].IsLower
            && (_stageBits[k - _s0] & SideWords) == 0)
        {
            k++;
        }

        while (k < verb && (Class(k) & Aux) != 0)
        {
            k++;
        }

        return k == verb;
    }

    private const WordClass Aux = WordClass.BeAux | WordClass.HaveAux | WordClass.Modal | WordClass.Adverb;
}
