using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// Clause bounds and subjects: where a trigger's clause starts and its object window ends, fronted
// phrases, and the subject (agent) before a verb, with subject lists. Writes only _subjectPronoun (the
// subject was a pronoun); the rest read the sentence.
internal sealed partial class EventRun
{
    /// <summary>When token <paramref name="tok"/> lies in a sentence-initial phrase closed by a comma, that comma; else -1.</summary>
    [MethodImpl(Hot.Path)]
    private int FrontedComma(int tok)
    {
        if (!(Is(_s0, K.In) || Is(_s0, K.At) || Is(_s0, K.During) || Is(_s0, K.After) || Is(_s0, K.Following)))
        {
            return -1;
        }

        for (var i = _s0; i < _s1 && i < _s0 + 16; i++)
        {
            if (Is(i, K.Comma))
            {
                return i > tok ? i : -1;
            }
        }

        return -1;
    }

    /// <summary>The first token of the clause holding <paramref name="tok"/>.</summary>
    [MethodImpl(Hot.Path)]
    private int ClauseStart(int tok)
    {
        for (var i = tok - 1; i >= _s0; i--)
        {
            ref readonly var t = ref _tokens[i];
            if (t.Kind == TokenKind.Punctuation)
            {
                var ch = _s[t.Start];
                if (ch == ')')
                {
                    // Skip a parenthesis: "the European Union (EU) agree".
                    var k = i - 1;
                    while (k > _s0 && !(_tokens[k].Kind == TokenKind.Punctuation && _s[_tokens[k].Start] == '('))
                    {
                        k--;
                    }

                    i = k;
                    continue;
                }

                if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || t.Is(TokenFlags.Dash))
                {
                    return i + 1;
                }

                continue;
            }

            if ((Is(i, K.That) && _mentionAt.At(i) < 0 && !(i + 1 < _s1 && _tokens[i + 1].Kind == TokenKind.Word && IsTimeWord(i + 1)))
                || SpeechWithoutThat(i, tok))
            {
                return i + 1;
            }

            if (OpensOwnSubjectClause(i, tok))
            {
                return i + 1;
            }

            var wc = Class(i);
            if ((wc & WordClass.Subordinator) != 0 && !Is(i, K.As) && ((wc & WordClass.Preposition) == 0 || OpensClause(i, tok)))
            {
                return i + 1;
            }
        }

        return _s0;
    }

    /// <summary>
    /// "lodged a protest after a coast guard ship fired at a boat": a preposition that is also a subordinator
    /// ("after", "before", "until") opens a clause of its own when the first verb after it is the finite verb at
    /// <paramref name="tok"/> with a subject between them; that subject acts there, not the main clause's.
    /// </summary>
    private bool OpensClause(int sub, int tok)
    {
        if (tok <= sub + 1 || !IsCandidateVerbAt(tok) || _cands[_candAt[tok]].Gerund || Is(tok - 1, K.To))
        {
            return false;
        }

        for (var k = sub + 1; k < tok; k++)
        {
            if (IsCandidateVerbAt(k))
            {
                return CoordinatedInSubordinate(sub, k, tok);
            }
        }

        return true;
    }

    /// <summary>Where a trigger's object stretch ends: clause punctuation, a subordinate clause, the sentence end.</summary>
    [MethodImpl(Hot.Path)]
    private int WindowEnd(int from, bool crossThat)
    {
        var limit = Math.Min(_s1, from + MaxWindow);
        for (var i = from; i < limit; i++)
        {
            ref readonly var t = ref _tokens[i];
            if (t.Kind == TokenKind.Punctuation)
            {
                var ch = _s[t.Start];
                if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')' || t.Is(TokenFlags.Dash) || t.Is(TokenFlags.Terminal))
                {
                    if (ch == ',' && ListCommaAt(i, from, limit))
                    {
                        continue;
                    }

                    return i;
                }

                continue;
            }

            if (_mentionAt.At(i) >= 0)
            {
                continue;
            }

            // "arrested 14 people for smuggling gold from India": the reason's participants are not the act's.
            if (Is(i, K.For) && IngWordAt(i + 1))
            {
                return i;
            }

            if (Is(i, K.That))
            {
                if (!crossThat && !(i + 1 < _s1 && IsTimeWord(i + 1)))
                {
                    return i;
                }

                continue;
            }

            var wc = Class(i);
            if ((wc & WordClass.Subordinator) != 0)
            {
                // "as reported by", "as well as" do not end the clause's participants.
                if (Is(i, K.As) && i + 1 < _s1 && (Is(i + 1, K.Well) || Is(i + 1, K.Part)))
                {
                    continue;
                }

                return i;
            }
        }

        return limit;
    }

    /// <summary>
    /// The agent of a verb at <paramref name="verb"/>: the head of the first participant phrase of its clause, with
    /// coordinated heads ("Japan and the Philippines") put in <paramref name="co"/>. Looks past one comma for
    /// appositions and fronted phrases.
    /// </summary>
    [MethodImpl(Hot.Path)]
    private int FindSubject(int verb, List<int>? co)
    {
        var end = verb;
        var antecedent = false;
        var joined = AfterAnd(verb);
        for (var step = 0; step < 3; step++)
        {
            var start = ClauseStart(end);

            // "The fund, which lent Ghana $3 billion, will send": a relative clause stepped over holds no subject of
            // the main verb (its object, Ghana, would be taken); its antecedent is next. "The protesters, waving
            // pictures of former King X, demanded ...": so does a participle phrase stepped over, and so does an
            // apposition ("The US, an ally of X, condemned"; "summoned the envoy, Y, and demanded").
            var skip = step > 0 && (IsRelativeStart(start) || IsWhereClauseStart(start) || ParticipleOpens(start) || AppositionEnd(start, end, joined) >= 0);
            var pronounNamesNone = false;
            var agent = skip ? -1 : SubjectIn(start, end, co, step == 0 && AfterAnd(verb), out pronounNamesNone);
            if (agent >= 0)
            {
                // A headline joins its names with commas ("Ghana, Togo agree joint patrols").
                var list = co != null && (co.Count > 0 || Is(start, K.And) || (_headline && Is(start - 1, K.Comma)));
                return list ? ListHead(start, agent, co!) : agent;
            }

            // "criticised the deal, saying it favoured X": a pronoun subject that names no actor is still the subject;
            // the clause before the comma does not lend its own.
            if (pronounNamesNone)
            {
                return -1;
            }

            // "Chile, which did not comment, expelled" / "Putin, who arrived on Monday": the antecedent is the subject.
            var modifierEnd = ModifierClauseEnd(start, step > 0, joined && step > 0 ? end : -1);
            if (modifierEnd >= 0)
            {
                var named = step == 0 ? RelativeAntecedent(start, modifierEnd, co) : -1;
                if (named >= 0)
                {
                    return named;
                }

                end = modifierEnd;
                antecedent = true;
                continue;
            }

            // "Ministers of Ghana and Togo met, the Volta Authority, which organised it, said": an antecedent that is
            // no actor leaves the relative's verb without one; the list before it is another phrase.
            if (antecedent || start <= _s0 || !Is(start - 1, K.Comma))
            {
                return -1;
            }

            end = start - 1;
        }

        return -1;
    }

    /// <summary>
    /// "Russia, China and Iran condemned": the clause found after the last comma holds "China and Iran"; names
    /// alone between the commas before it ("Russia,") are earlier members of the same list, and its first is the head.
    /// Phrases with anything but a name ("In Moscow,", "On Monday,") end the list.
    /// </summary>
    [MethodImpl(Hot.Path)]
    private int ListHead(int start, int agent, List<int> co)
    {
        var s = start;
        var first = agent;
        var insertAt = 0;
        while (s > _s0 && Is(s - 1, K.Comma))
        {
            var ps = ClauseStart(s - 1);
            var n = SkipModifiers(ps, s - 1);
            if (n < 0)
            {
                // "Ministers from Ghana, Togo and Benin met": the list's first member after its group noun.
                n = GroupMember(ps, s - 1);
                if (n < 0)
                {
                    break;
                }
            }

            var h = ChunkHead(n, s - 1, out var chunkEnd);
            if (chunkEnd != s - 1)
            {
                break;
            }

            var a = _mentions[h].Actor;
            if (a != first && !co.Contains(a))
            {
                co.Insert(0, first);
                first = a;
                insertAt++;
            }

            s = ps;
        }

        return insertAt > 0 ? first : agent;
    }

    /// <summary>
    /// "the awful France", "Tiny Malta": the name after a determiner and up to three modifiers (lower-case, or the
    /// sentence's capitalised first word) starting at <paramref name="n"/>, or -1 when no name follows them.
    /// </summary>
    [MethodImpl(Hot.Path)]
    private int SkipModifiers(int n, int end)
    {
        var words = 0;
        while (n < end && _mentionAt.At(n) < 0)
        {
            ref readonly var t = ref _tokens[n];
            if (t.Kind != TokenKind.Word || InTime(n) || IsCandidateVerbAt(n))
            {
                return -1;
            }

            var wc = Class(n);
            if ((wc & WordClass.Determiner) == 0)
            {
                if ((!t.IsLower && n != _s0) || ++words > 3 || (wc & ~(WordClass.Adverb | WordClass.Definite)) != 0 || _lex.VerbForms.Contains(_s, t))
                {
                    return -1;
                }
            }

            n++;
        }

        return n < end ? n : -1;
    }

    /// <summary>
    /// The first participant phrase's head in [start, end). With <paramref name="sharedSubject"/> (a verb joined by
    /// "and"), a finite verb met first means the subject came before it unnamed: the names after that verb are its
    /// object ("The miners' federation accused Prime Minister X of ... and vowed": X does not vow).
    /// </summary>
    [MethodImpl(Hot.Path)]
    private int FindSubjectIn(int start, int end, List<int>? co, bool sharedSubject = false)
    {
        co?.Clear();
        var afterLocative = false;
        for (var i = start; i < end; i++)
        {
            ref readonly var t = ref _tokens[i];
            var m = _mentionAt.At(i);
            if (m >= 0)
            {
                var head = ChunkHead(i, end, out var chunkEnd);
                if (afterLocative || FollowerLeader(m))
                {
                    _followerSubject |= !afterLocative;
                    i = chunkEnd - 1;
                    continue;
                }

                head = ApposedBody(head, i, chunkEnd);
                var agent = _mentions[head].Actor;
                if (co != null)
                {
                    AddCoordinated(agent, chunkEnd, end, co);
                }

                return agent;
            }

            if (t.Kind == TokenKind.Punctuation)
            {
                afterLocative = false;
                i = SkipBracket(i, end);
                continue;
            }

            var wc = Class(i);
            if ((wc & WordClass.Preposition) != 0)
            {
                // "Leaders of the SCO", "Inspectors from the IAEA" stay in the subject; "in Astana" does not.
                afterLocative = (wc & WordClass.Locative) != 0 || Is(i, K.According) || Is(i, K.To);
                continue;
            }

            if ((wc & WordClass.PossessivePronoun) != 0 && !afterLocative && OwnForcesSpeaker(i) is var own and >= 0)
            {
                return own;
            }

            if ((wc & WordClass.SubjectPronoun) != 0 && !afterLocative)
            {
                _subjectPronoun = true;
                return ResolvePronoun(i);
            }

            if (sharedSubject && IsCandidateVerbAt(i) && FiniteActive(i))
            {
                return -1;
            }

            // "and on Monday Kenya expelled": a time closes its phrase; the name after it is the subject.
            if (IsCandidateVerbAt(i) || (afterLocative && IsTimeWord(i)))
            {
                afterLocative = false;
            }
        }

        return -1;
    }
}
