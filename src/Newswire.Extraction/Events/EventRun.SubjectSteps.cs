using System.Collections.Generic;
using Newswire.Extraction.Events.Stages;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// Subject search helpers of FindSubject: the clauses it steps over (relative clauses, participle phrases) and a
// pronoun subject that names no actor.
internal sealed partial class EventRun
{
    // ", which/who/whose ..." before the clause start ("Sandu, whose government has accused Russia of X, called on":
    // Russia is no subject of "called").
    private bool IsRelativeStart(int start) => start - 2 > _s0 && (Is(start - 1, K.Which) || Is(start - 1, K.Who) || Is(start - 1, K.Whose)) && Is(start - 2, K.Comma);

    // ", where ..." before the clause start: "Lithuania, where X lives in exile, welcomed": the clause has a subject of
    // its own (so its verbs do not take the name before it, unlike "which"), and the main verb's subject comes before.
    private bool IsWhereClauseStart(int start) => start - 2 > _s0 && Is(start - 1, K.Where) && Is(start - 2, K.Comma);

    /// <summary>
    /// Where the phrase before a relative clause (", which ...") or, when <paramref name="participles"/>, a
    /// participle phrase (", waving ...") starting at <paramref name="start"/> ends (its antecedent's end), or -1.
    /// </summary>
    private int ModifierClauseEnd(int start, bool participles, int joinedEnd)
    {
        if (IsRelativeStart(start))
        {
            return start - 2;
        }

        if (!participles)
        {
            return -1;
        }

        if (IsWhereClauseStart(start))
        {
            return start - 2;
        }

        var apposition = AppositionEnd(start, joinedEnd, joinedEnd >= 0);
        return apposition >= 0 ? apposition : ParticipleOpens(start) && start - 1 > _s0 && Is(start - 1, K.Comma) ? start - 1 : -1;
    }

    /// <summary>
    /// The comma before an apposition set off by commas at [<paramref name="start"/>, <paramref name="end"/>), or -1:
    /// a description after a name ("The US, a treaty ally of X, condemned": X is no subject), or, for a verb joined
    /// by "and" (<paramref name="joined"/>), a name alone after a common noun ("summoned the envoy, Y, and
    /// demanded": the envoy's name, the object of the verb before, does not demand).
    /// </summary>
    private int AppositionEnd(int start, int end, bool joined)
    {
        if (start - 2 < _s0 || !Is(start - 1, K.Comma) || start + 1 >= _s1)
        {
            return -1;
        }

        if (joined && end >= 0 && _mentionAt.At(start) >= 0 && _tokens[start - 2].IsLower)
        {
            ChunkHead(start, end, out var chunkEnd);
            return chunkEnd == end ? start - 1 : -1;
        }

        ref readonly var first = ref _tokens[start];
        var described = _mentionAt.At(start - 2) >= 0 && first.Kind == TokenKind.Word && first.IsLower
            && (((Class(start) & WordClass.Determiner) != 0 && _tokens[start + 1].Kind == TokenKind.Word
                && _tokens[start + 1].IsLower && _mentionAt.At(start + 1) < 0)
                || IsAffiliation(start))
            || OwnerDescription(start, end);
        return described ? start - 1 : -1;
    }

    // "China, Pakistan's close ally, called on both sides": a name, its possessive and lower-case words filling the
    // commas describe the name before them; the owner is no subject.
    private bool OwnerDescription(int start, int end)
    {
        var m = _mentionAt.At(start);
        if (m < 0 || end < 0 || _mentionAt.At(start - 2) < 0)
        {
            return false;
        }

        var j = start;
        while (j < end && _mentionAt.At(j) == m)
        {
            j++;
        }

        if (j + 1 >= end || _tokens[j].Kind != TokenKind.Possessive)
        {
            return false;
        }

        for (var k = j + 1; k < end; k++)
        {
            if (_tokens[k].Kind != TokenKind.Word || !_tokens[k].IsLower || _mentionAt.At(k) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    // "Mayor Ana Ruiz, of the opposition Unity Party, denounced": "of" and the body a person belongs to.
    private bool IsAffiliation(int start) =>
        Is(start, K.Of) && ((Class(start + 1) & WordClass.Determiner) != 0 || _mentionAt.At(start + 1) >= 0);

    /// <summary>
    /// "... and the tanker overturned": a clause joined by "and" with a common subject of its own; "said on Thursday,
    /// as inflation eased": so is a clause after "as" with a subject that is no actor.
    /// </summary>
    /// <remarks>Inlined into ClauseStart, which asks about every token before a verb (few are "and" or "as").</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool OpensOwnSubjectClause(int i, int tok) =>
        (Is(i, K.And) && PrivateSubjectBetween(i + 1, tok)) || (Is(i, K.As) && (PrivateSubjectBetween(i + 1, tok, bare: true) || CrowdSubjectBetween(i + 1, tok)
            || NamedSubjectBetween(i + 1, tok)));

    // The most tokens of a named subject after "as" ("as Lithuania's foreign ministry demanded").
    private const int NamedSubjectReach = 6;

    /// <summary>
    /// "Belarus denies spy charges as Lithuania demands sanctions": a noun phrase holding a name right before a finite
    /// verb is the subject of the clause after "as", which is a clause of its own and not the main subject's act
    /// ("as well as" and "as part of" are no clause).
    /// </summary>
    private bool NamedSubjectBetween(int from, int verb)
    {
        var end = BeforeVerbGroup(from, verb);

        if (_candAt[verb] < 0 || end <= from || end - from > NamedSubjectReach || Is(from, K.Well) || Is(from, K.Part) || _cands[_candAt[verb]].Gerund)
        {
            return false;
        }

        var named = false;
        for (var i = from; i < end; i++)
        {
            if (_mentionAt.At(i) >= 0)
            {
                named = true;
            }
            else if (_tokens[i].Kind == TokenKind.Punctuation || (_candAt[i] >= 0 && _cands[_candAt[i]].IsVerb)
                || (i > from && (Class(i) & (WordClass.Subordinator | WordClass.Preposition | WordClass.SubjectPronoun)) != 0))
            {
                return false;
            }
        }

        return named;
    }

    // The most words of a crowd subject after "as" ("as thousands of angry protesters rallied").
    private const int CrowdSubjectReach = 5;

    /// <summary>
    /// "Police detained 41 people as thousands of protesters rallied": a crowd named by what it is (<c>[crowd]</c>) and
    /// no name is the subject of the clause after "as"; the main clause's subject does not rally.
    /// </summary>
    private bool CrowdSubjectBetween(int from, int verb)
    {
        if (verb - from > CrowdSubjectReach || verb <= from)
        {
            return false;
        }

        var crowd = false;
        for (var i = from; i < verb; i++)
        {
            if (_tokens[i].Kind != TokenKind.Word || !_tokens[i].IsLower || _mentionAt.At(i) >= 0 || (_candAt[i] >= 0 && _cands[_candAt[i]].IsVerb))
            {
                return false;
            }

            crowd |= (_stageBits[i - _s0] & StageSet.Crowd) != 0;
        }

        return crowd;
    }

    /// <summary>
    /// "called on the US and France, which oversee the truce": the subject of a relative clause opening at
    /// <paramref name="start"/> is the names right before its comma (at <paramref name="comma"/>), not the subject of
    /// the clause they end; -1 when no name ends there.
    /// </summary>
    private int RelativeAntecedent(int start, int comma, List<int>? co)
    {
        if (!IsRelativeStart(start))
        {
            return -1;
        }

        var run = AntecedentRun(comma);
        return run >= 0 ? SubjectIn(run, comma, co, false, out _) : -1;
    }

    /// <summary>
    /// The first token of the names that end right before the comma at <paramref name="comma"/> ("the United States
    /// and France,"), or -1 when no name ends there.
    /// </summary>
    private int AntecedentRun(int comma)
    {
        var k = comma - 1;
        if (k < _s0 || _mentionAt.At(k) < 0)
        {
            return -1;
        }

        var first = k;
        while (k >= _s0 && _mentionAt.At(k) >= 0)
        {
            first = _mentions[_mentionAt.At(k)].FirstToken;
            k = first - 1;
            if (k > _s0 && (Is(k, K.And) || Is(k, K.Comma)) && _mentionAt.At(k - 1) >= 0)
            {
                k--;
            }
            else if (k >= _s0 && (Class(k) & WordClass.Determiner) != 0 && _tokens[k].IsLower)
            {
                first = k;
                break;
            }
        }

        return first;
    }

    /// <summary>The subject found in [start, end), and whether a pronoun there named no actor.</summary>
    private int SubjectIn(int start, int end, List<int>? co, bool afterAnd, out bool pronounNamesNone)
    {
        var wasPronoun = _subjectPronoun;
        _subjectPronoun = false;
        var agent = FindSubjectIn(start, end, co, afterAnd);
        pronounNamesNone = agent < 0 && _subjectPronoun;
        _subjectPronoun |= wasPronoun;
        return agent;
    }

    /// <summary>A phrase opening with a lower-case "-ing" word ("waving flags", "citing sources").</summary>
    private bool ParticipleOpens(int start)
    {
        ref readonly var t = ref _tokens[start];
        return t.Kind == TokenKind.Word && t.IsLower
            && ((t.Length > 4 && _s[t.End - 1] == 'g' && _s[t.End - 2] == 'n' && _s[t.End - 3] == 'i') || PassiveParticipleOpens(start));
    }

    // "The RSF, led by Mohamed Dagalo, accused Cairo": a past participle and "by" describe the name before the comma;
    // the name after "by" is no subject of the main verb.
    private bool PassiveParticipleOpens(int start)
    {
        ref readonly var t = ref _tokens[start];
        if (t.Length < 3 || !Is(start + 1, K.By))
        {
            return false;
        }

        char a = _s[t.End - 2], b = _s[t.End - 1];
        return (a == 'e' && (b == 'd' || b == 'n')) || (a == 'w' && b == 'n');
    }
}
