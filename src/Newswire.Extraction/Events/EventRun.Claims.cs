using System.Runtime.CompilerServices;
using Newswire.Extraction.Events.Stages;

namespace Newswire.Extraction.Events;

// Claims: "dismissed claims that its troops had massed", "rejected X's accusation that Cairo had armed rebels".
// What a claim noun says ("[claim-noun] that ...") is its content, not an act told as done.
internal sealed partial class EventRun
{
    /// <summary>
    /// Consumes the event candidates of the clause a <c>[claim-noun]</c> + "that" opens: up to a comma or semicolon,
    /// or, when the claim is the sentence's subject ("Armenia's claim that X shelled Y was rejected"), up to the first
    /// "be" or modal, where the main verb comes back.
    /// </summary>
    [MethodImpl(Hot.Path)]
    private void ConsumeClaimContent(StageSet sentenceStage)
    {
        if ((sentenceStage & StageSet.ClaimNoun) == 0)
        {
            return;
        }

        for (var i = _s0; i + 1 < _s1; i++)
        {
            if ((_stageBits[i - _s0] & StageSet.ClaimNoun) != 0 && ThatAfterClaim(i) is var that && that > 0 && _mentionAt.At(i) < 0 && ClaimIsNoun(i))
            {
                // The noun too: the reports are someone else's, no statement of the subject.
                var end = ClaimClauseEnd(that + 1, subject: !VerbBefore(i));
                ConsumeCandidates(i, end);
                i = end;
            }
        }
    }

    // The most tokens of the claimant between a claim noun and its "that" ("accusations by the United States that").
    private const int ClaimantReach = 6;

    /// <summary>
    /// The "that" opening the claim's content: right after the noun, or after the claimant named with "by"
    /// ("rejected accusations by the United States that Havana was helping Russia"); -1 when there is none.
    /// </summary>
    private int ThatAfterClaim(int i)
    {
        if (Is(i + 1, K.That))
        {
            return i + 1;
        }

        if (!Is(i + 1, K.By))
        {
            return -1;
        }

        var named = false;
        for (var j = i + 2; j < _s1 && j <= i + 1 + ClaimantReach; j++)
        {
            if (Is(j, K.That))
            {
                return named ? j : -1;
            }

            named |= _mentionAt.At(j) >= 0;
            if (_mentionAt.At(j) < 0 && (Class(j) & WordClass.Determiner) == 0)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// A noun, not the verb ("X claims that ..."): after a determiner, a possessive ("Ethiopia's accusation"), a
    /// preposition or a verb whose object it is ("dismissed claims that").
    /// </summary>
    private bool ClaimIsNoun(int i)
    {
        var p = i - 1;
        return p >= _s0 && (_tokens[p].Kind == Text.TokenKind.Possessive || IsCandidateVerbAt(p)
            || (Class(p) & (WordClass.Determiner | WordClass.PossessivePronoun | WordClass.Preposition)) != 0);
    }

    private int ClaimClauseEnd(int from, bool subject)
    {
        for (var j = from; j < _s1; j++)
        {
            if (Is(j, K.Comma) || IsSemicolon(j) || (subject && j > from && (Class(j) & (WordClass.BeAux | WordClass.Modal)) != 0))
            {
                return j;
            }
        }

        return _s1;
    }

    private bool VerbBefore(int tok)
    {
        for (var c = 0; c < _candCount && _cands[c].Tok < tok; c++)
        {
            if (_cands[c].IsVerb && !_cands[c].Gerund)
            {
                return true;
            }
        }

        return false;
    }

    private void ConsumeCandidates(int from, int to)
    {
        for (var c = 0; c < _candCount; c++)
        {
            if (_cands[c].Tok >= from && _cands[c].Tok < to)
            {
                _cands[c].Consumed = true;
            }
        }
    }

    private bool IsSemicolon(int i) => _tokens[i].Kind == Text.TokenKind.Punctuation && _s[_tokens[i].Start] == ';';
}
