using System;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Events.Stages;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// Modality and attribution: the sentence's source ("according to X", "X said") and the negation, infinitive
// and planned-event tests used while coding. FindAttribution writes _source/_reported/_speaker; the rest only read.
internal sealed partial class EventRun
{
    private void FindAttribution()
    {
        FindSourceCues();
        MarkClosingSpeech();
    }

    // The first words of the source cues, as bits of a sentence's keyword set.
    private static readonly ulong SourceCueKeys = KeyBits(K.According, K.Reported, K.Quoted, K.Cited, K.Citing, K.Reportedly, K.Allegedly);

    private static ulong KeyBits(params byte[] ids)
    {
        var bits = 0UL;
        foreach (var id in ids)
        {
            bits |= 1UL << id;
        }

        return bits;
    }

    /// <summary>"according to X", "as reported by X", "citing X", "reportedly": the sentence is reported, X its source.</summary>
    [MethodImpl(Hot.Path)]
    private void FindSourceCues()
    {
        if ((_sentenceKeys & SourceCueKeys) == 0)
        {
            return; // none of the cue words below
        }

        for (var i = _s0; i + 1 < _s1; i++)
        {
            if (_key[i] == 0)
            {
                continue; // not a keyword: none of the cues below
            }

            // "according to X", "as reported by X", "reported by X", "citing X"
            var after = -1;
            if (Is(i, K.According) && Is(i + 1, K.To))
            {
                after = i + 2;
            }
            else if ((Is(i, K.Reported) || Is(i, K.Quoted) || Is(i, K.Cited)) && Is(i + 1, K.By))
            {
                after = i + 2;
            }
            else if (Is(i, K.Citing) && _tokens[i].IsLower)
            {
                after = i + 1;
            }
            else if (Is(i, K.Reportedly) || Is(i, K.Allegedly))
            {
                _reported = true;
            }

            if (after > 0)
            {
                _reported = true;
                var m = FirstMentionHead(after, Math.Min(_s1, after + 8));
                if (m >= 0 && _source < 0)
                {
                    _source = _mentions[m].Actor;
                }
            }
        }
    }

    /// <summary>"..., X said." closing the sentence: the speech verb attributes, it is not an event.</summary>
    [MethodImpl(Hot.Path)]
    private void MarkClosingSpeech()
    {
        for (var c = 0; c < _candCount; c++)
        {
            ref var cand = ref _cands[c];
            if (!cand.IsVerb || cand.Verb == null || !cand.Verb.Has(VerbFlags.Speech) || cand.Passive)
            {
                continue;
            }

            var start = ClauseStart(cand.Tok);
            var afterComma = start > _s0 && Is(start - 1, K.Comma);
            var inverted = false;
            if (!afterComma)
            {
                // ", said Ivanova" / "..., Ivanova said." at sentence start do not count.
                if (!(cand.Tok > _s0 && Is(cand.Tok - 1, K.Comma) && cand.Tok + 1 < _s1 && _mentionAt.At(cand.Tok + 1) >= 0))
                {
                    continue;
                }

                inverted = true;
            }

            var end = WindowEnd(cand.End, true);
            if (!inverted && !WindowIsCircumstantial(cand.End, end))
            {
                continue;
            }

            int agent;
            if (inverted)
            {
                agent = HeadActorAt(cand.Tok + 1);
            }
            else
            {
                agent = FindSubject(cand.Tok, _scratch);
            }

            cand.Attribution = true;
            _reported = true;
            if (agent >= 0)
            {
                if (_source < 0)
                {
                    _source = agent;
                }

                _speaker = agent;
            }
        }
    }

    /// <summary>Whether [from, to) holds only time, place and manner phrases (nothing said or done).</summary>
    [MethodImpl(Hot.Path)]
    private bool WindowIsCircumstantial(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (Is(i, K.That) || Is(i, K.Colon))
            {
                return false;
            }
        }

        // Nothing after the verb, or a time or place phrase: "the FSB said.", "Baerbock announced in Berlin".
        var first = from;
        while (first < to && IsAdverb(first))
        {
            first++;
        }

        return first >= to || InTime(first) || (Class(first) & WordClass.Preposition) != 0 || _tokens[first].Kind == TokenKind.Punctuation;
    }

    private bool Negated(int from, int verb) => NegationStage.Negated(_s, _tokens, _cls, _mentionAt, Math.Max(from, _s0), verb);

    private bool IsNegatedAux(int i) => NegationStage.IsNegatedAux(_s, _tokens[i]);

    [MethodImpl(Hot.Path)]
    private bool HasClause(int from, int to)
    {
        for (var i = from; i < to && i < _s1; i++)
        {
            if (Is(i, K.That) || Is(i, K.Colon) || _tokens[i].Is(TokenFlags.Quote))
            {
                return true;
            }
        }

        return to < _s1 && (Is(to, K.Colon) || _tokens[to].Is(TokenFlags.Quote));
    }

    private bool IsInfinitive(int tok)
    {
        var p = PrevWord(tok);
        if (p >= 0 && Is(p, K.And))
        {
            // "to degrade and defeat": the second verb of a coordinated infinitive.
            var q = PrevWord(p);
            var to = q > _s0 ? PrevWord(q) : -1;
            return to >= 0 && Is(to, K.To) && _lex.VerbForms.Contains(_s, _tokens[q]);
        }

        return p >= 0 && Is(p, K.To);
    }

    /// <summary>"is set to visit", "plans to travel", "Lindqvist to Visit Ottawa" (a headline infinitive).</summary>
    private bool PlannedInfinitive(int tok)
    {
        var to = PrevWord(tok);
        var p = to > _s0 ? PrevWord(to) : -1;
        if (p < 0)
        {
            return false;
        }

        if ((Class(p) & (WordClass.PlannedCue | WordClass.BeAux)) != 0 || Is(p, K.Set) || Is(p, K.Due) || Is(p, K.Going) || Is(p, K.About))
        {
            return true;
        }

        return _text.Sentences[_sentence].IsHeadline && _mentionAt.At(p) >= 0;
    }

    /// <summary>
    /// A cue word that plans nothing: one naming an office or body ("planning minister", "the Planning Commission")
    /// and the noun "plan" as a thing done to ("signed a peace plan", "rejected the plan"); "plans to visit",
    /// "a plan for talks" and "is planning a visit" still plan.
    /// </summary>
    private bool NamingOrNounCue(int i)
    {
        var next = i + 1 < _s1 ? i + 1 : -1;
        if (next >= 0 && (WordLists.TitleHeads.Contains(_s, _tokens[next]) || WordLists.OrgSuffixes.Contains(_s, _tokens[next])))
        {
            return true;
        }

        if (!(Is(i, K.Plan) || Is(i, K.Plans) || Is(i, K.Planning)) || (next >= 0 && (Is(next, K.To) || Is(next, K.For))))
        {
            return false;
        }

        // The noun: after a determiner, a possessive or a modifying word ("a peace plan", "its plans").
        var p = PrevWord(i);
        return p >= _s0 && _mentionAt.At(p) < 0 && (_tokens[p].Kind == TokenKind.Possessive
            || (Class(p) & (WordClass.Determiner | WordClass.PossessivePronoun)) != 0
            || (_tokens[p].IsLower && (Class(p) & (WordClass.BeAux | WordClass.HaveAux | WordClass.Modal | WordClass.Adverb | WordClass.SubjectPronoun | WordClass.Conjunction | WordClass.Subordinator)) == 0
                && !IsCandidateVerbAt(p)));
    }

    [MethodImpl(Hot.Path)]
    private bool PlannedAround(int from, int to)
    {
        for (var i = Math.Max(from, _s0); i < to && i < _s1; i++)
        {
            if (_tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            if ((Class(i) & WordClass.PlannedCue) != 0 && !NamingOrNounCue(i))
            {
                return true;
            }

            // "set for October 10", "set to visit", "is to visit", "due to"
            if ((Is(i, K.Set) || Is(i, K.Due)) && i + 1 < _s1 && (Is(i + 1, K.For) || Is(i + 1, K.To)))
            {
                return true;
            }
        }

        // Headline "Lindqvist to Visit Ottawa": an infinitive with no verb before it.
        if (_text.Sentences[_sentence].IsHeadline)
        {
            for (var i = _s0; i < _s1; i++)
            {
                if (Is(i, K.To) && i + 1 < _s1 && _lex.VerbForms.Contains(_s, _tokens[i + 1]) && !IsCandidateVerbAt(i - 1))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the event's trigger is a verb in the simple past ("visited"), not a participle after "be".</summary>
    private bool SimplePastTrigger(EventDraft e)
    {
        if (e.FromNoun || e.Trigger < _s0 || _candAt[e.Trigger] < 0)
        {
            return false;
        }

        ref readonly var cand = ref _cands[_candAt[e.Trigger]];
        return cand.IsVerb && cand.Form == VerbFormKind.Past && !cand.Passive && !cand.Gerund
            && !(e.Trigger > _s0 && (Class(e.Trigger - 1) & (WordClass.BeAux | WordClass.HaveAux | WordClass.Modal)) != 0);
    }
}
