using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// Participle clauses after a comma ("Niger recalled its envoy, accusing Benin of ..."): which -ing forms there are
// verbs, who acts in them and what they may code. Reads the sentence and the events kept so far; writes nothing.
internal sealed partial class EventRun
{
    /// <summary>
    /// "recalled its ambassador, accusing its neighbour of ...": an -ing form right after a comma that closes a
    /// clause with a verb of its own goes on with that clause's agent.
    /// </summary>
    private bool ParticipleClause(int comma)
    {
        if (!Is(comma, K.Comma))
        {
            return false;
        }

        for (var k = _s0; k < comma; k++)
        {
            if (IsCandidateVerbAt(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word before <paramref name="tok"/> (adverbs and times aside) is a comma.</summary>
    private bool AfterComma(int tok)
    {
        var p = PrevWord(tok);
        return p >= 0 && Is(p, K.Comma);
    }

    /// <summary>"..., adding that": a speech participle after a comma is the speaker's, who is not the clause's agent.</summary>
    private bool SpeechParticiple(int tok, VerbEntry verb) => verb.Has(VerbFlags.Speech) && AfterComma(tok);

    /// <summary>
    /// A participle clause after a comma codes only what is said (CAMEO's verbal roots, 01-05 and 10-13:
    /// "..., accusing X of", "..., urging Y to"); acts there describe the main event ("adopted sanctions, targeting
    /// its gas exports"). True for any other gerund.
    /// </summary>
    private bool VerbalParticiple(int tok, string? code)
    {
        return code == null || !AfterComma(tok) || VerbalRoot(code);
    }

    /// <summary>
    /// The agent of a participle clause ("recalled its envoy, accusing ..."): that of the sentence's latest event
    /// kept so far; none when the clause before coded nothing ("A typhoon struck the coast, forcing ...").
    /// </summary>
    private int ParticipleAgent()
    {
        for (var i = _events.Count - 1; i >= 0 && _events[i].Sentence == _sentence; i--)
        {
            if (!_events[i].Dropped)
            {
                return _events[i].Agent;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Iran has released a French national, Macron said on Thursday, thanking Oman for its mediation": a participle
    /// right after a closing attribution (its speech verb the last verb before the comma) is the speaker's act.
    /// </summary>
    private bool AfterAttribution(int comma)
    {
        for (var k = comma - 1; k >= _s0; k--)
        {
            var c = _candAt[k];
            if (c >= 0 && _cands[c].IsVerb)
            {
                return _cands[c].Attribution;
            }
        }

        return false;
    }

    // How far before the gerund's preposition the passive participle may end ("were killed overnight in shelling").
    private const int PassiveGerundReach = 3;

    /// <summary>
    /// "40 civilians were killed in shelling", "a school was damaged during bombing": a gerund after a preposition of
    /// circumstance that follows a passive participle tells how the victims came to harm, not who did it, so it
    /// borrows no agent (neither the speaker's nor the sentence's).
    /// </summary>
    private bool AfterAgentlessPassive(int gerund)
    {
        var p = gerund - 1;
        // Prepositions of circumstance only: "were barred from deploying", "were arrested for protesting", "were
        // accused of attacking" tell the subject's own act.
        if (p <= _s0 || (Class(p) & WordClass.Preposition) == 0 || Is(p, K.By) || Is(p, K.For) || Is(p, K.Of) || _text.Is(p, "from")
            || Is(p, K.To) || _text.Is(p, "into") || _text.Is(p, "with"))
        {
            return false;
        }

        for (var q = p - 1; q > _s0 && q >= p - PassiveGerundReach; q--)
        {
            if (_tokens[q].Kind != TokenKind.Word)
            {
                return false;
            }

            if ((Class(q - 1) & WordClass.BeAux) != 0 && _tokens[q].IsLower && EndsInParticiple(q))
            {
                return true;
            }
        }

        return false;
    }

    private bool EndsInParticiple(int i)
    {
        var t = _tokens[i];
        var last = _text.Text[t.Start + t.Length - 1];
        var before = t.Length > 1 ? _text.Text[t.Start + t.Length - 2] : ' ';
        return (before == 'e' && (last == 'd' || last == 'n')) || (last == 't' && t.Length > 3);
    }
}
