using System;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// Mention heads: the actor a noun chunk or a token stands for (chunk heads, first mention in a span,
// pronouns resolved to the last person or organization named). Read-only; used by subject and window search.
internal sealed partial class EventRun
{
    /// <summary>
    /// The head mention of the noun phrase starting at mention token <paramref name="i"/>: English phrases end in
    /// their head ("ministry spokesman Pavel Ivanov"), and a demonym gives way to a name after it.
    /// </summary>
    [MethodImpl(Hot.Path)]
    private int ChunkHead(int i, int end, out int chunkEnd)
    {
        var head = _mentionAt.At(i);
        var k = _mentions[head].EndToken;
        var ofAfterOrganization = false;
        var ofAfterPerson = false;
        while (k < end)
        {
            var m = _mentionAt.At(k);
            if (m >= 0)
            {
                // "the Harwick Unity Party of former minister Ada Brelik rejected": an organization stays the head over
                // the person or place its "of" complement names (the phrase still runs over them); "President Ada
                // Brelik of Freedonia met": so does a person over the country or body after "of".
                if (!ofAfterPerson && (!ofAfterOrganization || _actorList[_mentions[m].Actor].Kind == ActorKind.Organization))
                {
                    head = m;
                }

                k = _mentions[m].EndToken;
                continue;
            }

            ref readonly var t = ref _tokens[k];
            if (t.Kind == TokenKind.Possessive)
            {
                // "Russia's President Putin": the possessor belongs to the phrase; "Sudan's generals" keeps Sudan.
                k++;
                continue;
            }

            if (t.Kind != TokenKind.Word || IsCandidateVerbAt(k))
            {
                break;
            }

            var wc = Class(k);
            if ((wc & (WordClass.Preposition | WordClass.Conjunction | WordClass.BeAux | WordClass.HaveAux | WordClass.Modal | WordClass.Subordinator | WordClass.DoAux | WordClass.Adverb | WordClass.Determiner)) != 0
                && !Is(k, K.Of))
            {
                break;
            }

            if (InTime(k) || (t.IsLower && !IsNounish(k)))
            {
                break;
            }

            ofAfterOrganization |= Is(k, K.Of) && _actorList[_mentions[head].Actor].Kind == ActorKind.Organization;
            ofAfterPerson |= Is(k, K.Of) && _actorList[_mentions[head].Actor].Kind == ActorKind.Person;
            k++;
        }

        chunkEnd = k;
        return head;
    }

    /// <summary>Lower-case words that may sit inside a name-bearing phrase: role nouns, modifiers.</summary>
    private bool IsNounish(int k)
    {
        ref readonly var t = ref _tokens[k];

        // Verb-looking words end the phrase; the rest (spokesman, minister, police) may continue it. One before a
        // title head names the office ("Zambia's finance minister Ada Brelik met ...", "trade minister").
        if (_lex.VerbForms.Contains(_s, t))
        {
            return _lex.Nouns.Contains(_s, t) || (k + 1 < _s1 && WordLists.TitleHeads.Contains(_s, _tokens[k + 1]));
        }

        var end = t.End;
        return !(t.Length > 3 && _s[end - 2] == 'e' && _s[end - 1] == 'd');
    }

    [MethodImpl(Hot.Path)]
    private int FirstMentionHead(int from, int to)
    {
        for (var i = from; i < to && i < _s1; i++)
        {
            if (_mentionAt.At(i) >= 0)
            {
                return ChunkHead(i, Math.Min(_s1, to + 4), out _);
            }

            if (_tokens[i].Kind == TokenKind.Punctuation && _s[_tokens[i].Start] != '\'' && !_tokens[i].Is(TokenFlags.Quote))
            {
                return -1;
            }
        }

        return -1;
    }

    private int HeadActorAt(int i)
    {
        var m = _mentionAt.At(i);
        return m < 0 ? -1 : _mentions[ChunkHead(i, _s1, out _)].Actor;
    }

    /// <summary>
    /// "South Korea's military said it had raised its alert": "it"/"they" right after a speech verb ("said (that)
    /// it") is the speaker when the speaker is not a person; -2 when the speech verb has no actor as its speaker; else -1.
    /// </summary>
    private int SpeakerBefore(int tok)
    {
        var k = tok - 1;
        if (k > _s0 && Is(k, K.That))
        {
            k--;
        }

        if (k < _s0 || !IsCandidateVerbAt(k) || !_cands[_candAt[k]].Verb!.Has(VerbFlags.Speech))
        {
            return -1;
        }

        // "criticised Brazil, saying it had violated ...": after a participle "it" is the main verb's object when
        // that is an actor, and unknown when it is a thing ("criticised the deal, saying it favoured X").
        if (Is(tok, K.It) && _cands[_candAt[k]].Gerund && AfterComma(k) && ObjectBeforeParticiple(k) is var obj and not -1)
        {
            return obj;
        }

        // "the Commission, which said it was investigating": a speaker that is no actor leaves "it" unknown (-2).
        var speaker = FindSubject(k, null);
        if (speaker >= 0 && InObjectList(k, speaker))
        {
            return -2;
        }

        return speaker < 0 ? -2 : _actorList[speaker].Kind != ActorKind.Person ? speaker : -1;
    }

    /// <summary>
    /// "The firm exports gas to Serbia, Hungary and Slovakia, and said it had signed deals": a speaker found inside a
    /// list whose first member follows a verb or a preposition is that verb's object, not who speaks (the speaker came
    /// before it, unnamed or named). "Russia, China and Iran said it" keeps its list at the clause start.
    /// </summary>
    private bool InObjectList(int verb, int speaker)
    {
        var first = -1;
        for (var i = verb - 1; i >= _s0 && first < 0; i--)
        {
            var m = _mentionAt.At(i);
            first = m >= 0 && _mentions[m].Actor == speaker ? _mentions[m].FirstToken : -1;
        }

        var p = first - 1;
        var listed = false;
        while (p > _s0 && Is(p, K.Comma) && _mentionAt.At(p - 1) is var m and >= 0)
        {
            p = _mentions[m].FirstToken - 1;
            listed = true;
        }

        return listed && p >= _s0 && ((Class(p) & WordClass.Preposition) != 0 || IsCandidateVerbAt(p));
    }

    /// <summary>
    /// The object of the finite verb before a participle's comma: its actor when a name starts it (not a person's),
    /// -2 when a determiner starts a common noun phrase, else -1 (no object, or none that can be read).
    /// </summary>
    private int ObjectBeforeParticiple(int participle)
    {
        var comma = PrevWord(participle);
        for (var v = comma - 1; v >= _s0; v--)
        {
            if (!IsCandidateVerbAt(v) || _cands[_candAt[v]].Gerund)
            {
                continue;
            }

            var o = _cands[_candAt[v]].End;
            if (o >= comma)
            {
                return -1;
            }

            if (_mentionAt.At(o) >= 0)
            {
                var actor = HeadActorAt(o);
                return actor >= 0 && _actorList[actor].Kind != ActorKind.Person ? actor : -1;
            }

            return (Class(o) & (WordClass.Determiner | WordClass.PossessivePronoun)) != 0 ? -2 : -1;
        }

        return -1;
    }

    /// <summary>"he"/"his" → the last person named before; "they"/"it" → the last event's agent.</summary>
    [MethodImpl(Hot.Path)]
    private int ResolvePronoun(int tok)
    {
        var person = Is(tok, K.He) || Is(tok, K.His) || Is(tok, K.She) || Is(tok, K.Her);
        if (!person)
        {
            var speaker = SpeakerBefore(tok);
            return speaker >= 0 ? speaker : speaker == -2 ? -1 : _lastAgent;
        }

        if (tok == _s0 && (Is(tok, K.He) || Is(tok, K.She)) && PreviousSpeaker() is var previous and >= 0)
        {
            return previous;
        }

        var mentions = _actors.Mentions;
        int lo = 0, hi = mentions.Count - 1, last = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (mentions[mid].FirstToken < tok)
            {
                last = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        for (var m = last; m >= 0 && m > last - 40; m--)
        {
            if (_actorList[mentions[m].Actor].Kind == ActorKind.Person)
            {
                return mentions[m].Actor;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Interior Minister X said Y was being questioned. He denied ...": a sentence opened by "he" or "she" goes on
    /// with the person who spoke in the sentence before (named at its start, right before "said" or "told"), not
    /// with the last person that sentence named; or -1.
    /// </summary>
    private int PreviousSpeaker()
    {
        if (_sentence == 0)
        {
            return -1;
        }

        var prev = _text.Sentences[_sentence - 1];
        var mentions = _actors.Mentions;
        for (var m = 0; m < mentions.Count && mentions[m].FirstToken < prev.FirstToken + SpeakerTitleWords; m++)
        {
            var mention = mentions[m];
            if (mention.FirstToken < prev.FirstToken)
            {
                continue;
            }

            var after = mention.EndToken;
            return _actorList[mention.Actor].Kind == ActorKind.Person && after < prev.EndToken && (_text.Is(after, "said") || _text.Is(after, "told"))
                && TitleWordsOnly(prev.FirstToken, mention.FirstToken) ? mention.Actor : -1;
        }

        return -1;
    }

    // "Police spokesman", "Deputy Foreign Minister": the words a title puts before the speaker's name.
    private const int SpeakerTitleWords = 4;

    private bool TitleWordsOnly(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (_tokens[i].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return true;
    }
}
