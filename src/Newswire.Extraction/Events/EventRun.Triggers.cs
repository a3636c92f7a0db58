using System;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Events.Stages;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// Phase 1, triggers: finds the verb and noun trigger candidates of a sentence (FindCandidates) and the
// word-class tests they rely on. Reads the tokens, word classes and lexicon; writes _cands/_candAt.
internal sealed partial class EventRun
{
    [MethodImpl(Hot.Path)]
    private void FindCandidates(bool capsUninformative)
    {
        _candCount = 0;
        for (var i = _s0; i < _s1; i++)
        {
            // Neither a trigger word nor the first word of a two-word one (its second word is a compound tail).
            if ((_bits[i] & (TokenFacts.Noun | TokenFacts.VerbForm)) == 0 && (i + 1 >= _s1 || (_bits[i + 1] & TokenFacts.CompoundTail) == 0))
            {
                continue;
            }

            ref readonly var t = ref _tokens[i];
            if (t.Kind != TokenKind.Word || _mentionAt.At(i) >= 0 || InTime(i))
            {
                continue;
            }

            if (!capsUninformative && t.IsCapitalized && i != _s0 && !IsQuoteBefore(i))
            {
                continue;
            }

            // Two-word event nouns first ("phone call", "drone attack").
            if (AddCompound(i))
            {
                i++;
                continue;
            }

            i = AddWordCandidate(i);
        }
    }

    /// <summary>A two-word event noun starting at <paramref name="i"/> ("phone call"), added as a candidate.</summary>
    [MethodImpl(Hot.Path)]
    private bool AddCompound(int i)
    {
        if (!(i + 1 < _s1 && _tokens[i + 1].Kind == TokenKind.Word && (_bits[i + 1] & TokenFacts.CompoundTail) != 0
              && _lex.CompoundTails.Contains(_s, _tokens[i + 1]) && _mentionAt.At(i + 1) < 0))
        {
            return false;
        }

        var start = _tokens[i].Start;
        var len = _tokens[i + 1].End - start;
        if (!_lex.Compounds.TryGet(_s, start, len, TermKey.Hash(_s, start, len), out var compound))
        {
            return false;
        }

        Add(new Candidate { Tok = i, End = i + 2, Noun = compound });
        return true;
    }

    /// <summary>
    /// The verb or event noun at <paramref name="i"/>, added as a candidate when it is one; returns the last token
    /// it covers (<paramref name="i"/> itself when there is none).
    /// </summary>
    [MethodImpl(Hot.Path)]
    private int AddWordCandidate(int i)
    {
        LookUpTrigger(i, out var noun, out var forms);
        VerbEntry? verb = null;
        var form = VerbFormKind.Base;
        var end = i + 1;
        if (forms != null)
        {
            verb = PickVerbForm(i, forms, out form, out end);
        }

        if (verb == null && noun == null)
        {
            return i;
        }

        var cand = new Candidate { Tok = i, End = end, Verb = verb, Form = form, Noun = noun };
        if (verb != null && form == VerbFormKind.Past && noun == null && CoordinatedSaying(i, verb))
        {
            cand.IsVerb = true;
        }
        else if (verb != null && form == VerbFormKind.Gerund && verb.Has(VerbFlags.Directive) && DocumentGerund(i) >= 0)
        {
            cand.IsVerb = true;
            cand.Gerund = true;
            cand.Noun = null;
        }
        else if (verb != null && IsVerbHere(i, form, noun != null, out var passive, out var gerund))
        {
            cand.IsVerb = true;
            cand.Passive = passive && !SpeakerActsAgain(i, verb);
            cand.Gerund = gerund;
            cand.Noun = null;
        }
        else if (noun == null)
        {
            return i;
        }
        else
        {
            cand.Verb = null;
            cand.End = i + 1;
        }

        Add(cand);
        return cand.End - 1;
    }

    /// <summary>The noun and verb forms the sentence's facts probe found (a table lookup only past 65,535 targets).</summary>
    private void LookUpTrigger(int i, out NounEntry? noun, out VerbForm[]? forms)
    {
        noun = null;
        forms = null;
        var target = _targets[i - _s0];
        if (target > 0)
        {
            ref readonly var found = ref _factTargets[target - 1];
            noun = (_bits[i] & TokenFacts.Noun) != 0 ? found.Noun : null;
            forms = (_bits[i] & TokenFacts.VerbForm) != 0 ? found.Forms : null;
            return;
        }

        if ((_bits[i] & TokenFacts.Noun) != 0)
        {
            _lex.Nouns.TryGet(_s, _tokens[i], out noun);
        }

        if ((_bits[i] & TokenFacts.VerbForm) != 0)
        {
            _lex.VerbForms.TryGet(_s, _tokens[i], out forms);
        }
    }

    /// <summary>The first verb entry of the form whose particles follow ("set up"), or null.</summary>
    private VerbEntry? PickVerbForm(int i, VerbForm[] forms, out VerbFormKind form, out int end)
    {
        form = VerbFormKind.Base;
        end = i + 1;
        foreach (var f in forms)
        {
            if (f.Entry.Particles.Length == 0)
            {
                form = f.Kind;
                return f.Entry;
            }

            if (ParticlesMatch(i + 1, f.Entry.Particles))
            {
                form = f.Kind;
                end = i + 1 + f.Entry.Particles.Length;
                return f.Entry;
            }
        }

        return null;
    }

    private void Add(in Candidate c)
    {
        if (_candCount == _cands.Length)
        {
            Array.Resize(ref _cands, _cands.Length * 2);
        }

        _candAt[c.Tok] = _candCount;
        _cands[_candCount++] = c;
    }

    [MethodImpl(Hot.Path)]
    private bool ParticlesMatch(int at, string[] particles)
    {
        for (var k = 0; k < particles.Length; k++)
        {
            // The length first: most tokens after a verb are not its particle, and it is cheaper than the text test.
            if (at + k >= _s1 || _tokens[at + k].Length != particles[k].Length || !_text.Is(at + k, particles[k]))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsQuoteBefore(int i) => i > _s0 && _tokens[i - 1].Is(TokenFlags.Quote);

    /// <summary>Guesses whether a verb form is used as a verb here (rather than as a noun or adjective).</summary>
    private bool IsVerbHere(int i, VerbFormKind form, bool alsoNoun, out bool passive, out bool gerund)
    {
        passive = false;
        gerund = false;
        var p = PrevWord(i);
        if (p < 0)
        {
            // Sentence-initial: an imperative or a headline verb is rare; a noun is likelier.
            return !alsoNoun && form != VerbFormKind.Gerund && _headline == false && _text.Sentences[_sentence].IsHeadline;
        }

        p = SkipScareQuote(SkipFloatingQuantifier(p));
        var pc = Class(p);
        var prevIsMention = _mentionAt.At(p) >= 0;
        // A quantity that names a crowd is its subject, not a determiner: "Thousands marched in Paris".
        if (_tokens[p].Kind == TokenKind.Possessive || ((pc & WordClass.Determiner) != 0 && !prevIsMention && (_stageBits[p - _s0] & StageSet.Crowd) == 0))
        {
            return false;
        }

        switch (form)
        {
            case VerbFormKind.Gerund:
                return IsGerundVerb(p, pc, out gerund);
            case VerbFormKind.Past:
                return IsPastVerb(i, p, pc, prevIsMention, out passive);
            default:
                return IsPresentVerb(i, p, pc, form, prevIsMention, alsoNoun);
        }
    }

    /// <summary>"is visiting" (progressive), "after visiting" (a gerund whose agent is borrowed).</summary>
    private bool IsGerundVerb(int p, WordClass pc, out bool gerund)
    {
        gerund = false;
        if ((pc & WordClass.BeAux) != 0)
        {
            return true;
        }

        // "began distributing rations": the act begun (its agent is the subject of "began").
        if (((pc & WordClass.Preposition) != 0 && !Is(p, K.Of)) || ParticipleClause(p) || BeginVerbAt(p) || AfterGerundAnd(p))
        {
            gerund = true;
            return true;
        }

        return false;
    }

    /// <summary>A past form: passive after "be/get", an adjective before a noun, otherwise a verb.</summary>
    private bool IsPastVerb(int i, int p, WordClass pc, bool prevIsMention, out bool passive)
    {
        passive = HeadlinePassive(i);
        if ((pc & WordClass.BeAux) != 0 || Is(p, K.Got) || Is(p, K.Get) || CoordinatedPassive(p) >= 0)
        {
            passive = true;
            return true;
        }

        if ((pc & WordClass.Preposition) != 0 && !prevIsMention)
        {
            return false;
        }

        if (IsAttributiveParticiple(i, p, pc, prevIsMention) || ReducedRelative(i, p, pc, prevIsMention))
        {
            return false;
        }

        // A participle after a common noun and before "by" is a reduced passive ("a summit hosted by X").
        if (i + 1 < _s1 && Is(i + 1, K.By) && !prevIsMention && (pc & (WordClass.HaveAux | WordClass.SubjectPronoun)) == 0)
        {
            passive = true;
        }

        // "a conference in Berlin hosted by Poland": after a name in a prepositional phrase no subject stands before
        // the participle; a reduced passive when a name follows "by" (not "attended by engineers from Japan").
        if (i + 1 < _s1 && Is(i + 1, K.By) && prevIsMention && NameAfter(i + 2) && GoverningPreposition(_mentions[_mentionAt.At(p)].FirstToken, _s0) >= 0)
        {
            passive = true;
        }

        return true;
    }

    /// <summary>Whether a name starts at <paramref name="k"/>, after at most one determiner.</summary>
    private bool NameAfter(int k)
    {
        if (k < _s1 && _mentionAt.At(k) < 0 && (Class(k) & WordClass.Determiner) != 0)
        {
            k++;
        }

        return k < _s1 && _mentionAt.At(k) >= 0;
    }

    /// <summary>A base or present form: a verb after its subject, a modal, "to" or a verb it is coordinated with.</summary>
    private bool IsPresentVerb(int i, int p, WordClass pc, VerbFormKind form, bool prevIsMention, bool alsoNoun)
    {
        if (AdjectiveBase(p, pc, form) || NamedModifierOfNoun(p, prevIsMention) || (prevIsMention && UnitNounBeforeVerb(i, form)))
        {
            return false;
        }

        if ((pc & (WordClass.Modal | WordClass.DoAux | WordClass.Negation | WordClass.SubjectPronoun)) != 0
            || (form == VerbFormKind.Base && (Is(p, K.To) || IsNegatedAux(p))))
        {
            return true;
        }

        if ((pc & WordClass.Preposition) != 0 && !prevIsMention)
        {
            return false;
        }

        if (prevIsMention || ((pc & WordClass.Conjunction) != 0 && PrevIsVerb(p)))
        {
            return true;
        }

        if (alsoNoun)
        {
            // Noun-verb homographs ("visits", "talks", "attack"): a verb only right after its subject.
            return false;
        }

        // After a common noun, a present form is a verb when an object or clause follows ("the ministry
        // says that"), and a plural noun otherwise ("espionage charges,").
        return FollowedByObject(i + 1);
    }

    private bool FollowedByObject(int n)
    {
        if (n >= _s1)
        {
            return false;
        }

        if (_mentionAt.At(n) >= 0 || _tokens[n].Kind == TokenKind.Number)
        {
            return true;
        }

        var wc = Class(n);
        return (wc & (WordClass.Determiner | WordClass.PossessivePronoun)) != 0 || Is(n, K.That);
    }

    [MethodImpl(Hot.Path)]
    private bool PrevIsVerb(int conj) => CandidateEndingAt(conj) is var c && c >= 0 && _cands[c].IsVerb;

    /// <summary>The latest candidate whose words end right before <paramref name="end"/>, or -1.</summary>
    private int CandidateEndingAt(int end)
    {
        for (var c = _candCount - 1; c >= 0; c--)
        {
            if (_cands[c].End == end)
            {
                return c;
            }
        }

        return -1;
    }

    private bool IsCandidateVerbAt(int tok) => tok >= _s0 && tok < _s1 && _candAt[tok] >= 0 && _cands[_candAt[tok]].IsVerb;

    [MethodImpl(Hot.Path)]
    private int NextVerbCandidate(int from)
    {
        for (var c = 0; c < _candCount; c++)
        {
            if (_cands[c].Tok >= from && _cands[c].IsVerb)
            {
                return _cands[c].Tok;
            }
        }

        // No known verb: stop at the first lower-case word ending in -ed/-s after a mention.
        return -1;
    }
}
