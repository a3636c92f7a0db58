using Newswire.Extraction.Events.Stages;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// Phase 2a, recoding a verb's code from its clause: what a statement says it intends, who speaks for a court, and
// whom an armed group's violence hits. Reads the candidates and the per-token stage tables of the sentence.
internal sealed partial class EventRun
{
    /// <summary>
    /// A statement's code from its clause: "said the government was open to talks", "said Tehran was ready to
    /// discuss X" express intent to negotiate (036); a bench of judges saying something gives its reasons in a ruling
    /// coded by its own verbs ("A bench of Justices X and Y said the evidence was weak": null).
    /// </summary>
    private string? RecodeStatement(string? code, in Candidate cand, int clauseStart, int windowEnd)
    {
        if (code != "010")
        {
            return code;
        }

        if (StageWordBetween(clauseStart, cand.Tok, StageSet.CourtBench))
        {
            return null;
        }

        return IntentToMeet(cand.End, windowEnd) ? "036" : code;
    }

    /// <summary>
    /// An accusation in a contact relative clause describes the object of the main act ("imposed sanctions on 14
    /// officials it accuses of smuggling"): it is the reason given, not a separate accusation.
    /// </summary>
    private string? AccusationOfObject(string? code, in Candidate cand)
    {
        var p = cand.Tok - 1;
        var n = p - 1;
        if (code == null || code[0] != '1' || code[1] != '1' || n < _s0 || (Class(p) & WordClass.SubjectPronoun) == 0)
        {
            return code;
        }

        const WordClass Function = WordClass.Determiner | WordClass.Preposition | WordClass.Conjunction | WordClass.Subordinator
            | WordClass.BeAux | WordClass.HaveAux | WordClass.Modal | WordClass.DoAux | WordClass.Negation | WordClass.SubjectPronoun;
        var noun = _tokens[n].Kind == TokenKind.Word && _tokens[n].IsLower && _mentionAt.At(n) < 0 && (Class(n) & Function) == 0
                   && (_candAt[n] < 0 || !_cands[_candAt[n]].IsVerb);
        return noun ? null : code;
    }

    /// <summary>"open to talks", "ready to discuss", "willing to meet", "prepared to hold talks" in [from, to).</summary>
    private bool IntentToMeet(int from, int to)
    {
        for (var i = from; i + 2 < to; i++)
        {
            if ((Is(i, K.Open) || Is(i, K.Ready) || Is(i, K.Willing) || Is(i, K.Prepared)) && Is(i + 1, K.To)
                && (MeetingAt(i + 2) || MeetingAt(i + 3)) && !StandingPosition(i - 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"remained open to talks", "is still ready to": a standing position restated is a statement, no new intent.</summary>
    private bool StandingPosition(int i) => Is(i, K.Remained) || Is(i, K.Remains) || Is(i, K.Still);

    /// <summary>Whether a meeting or negotiation trigger (root 04) starts at token <paramref name="i"/>.</summary>
    private bool MeetingAt(int i)
    {
        if (i >= _s1 || _candAt[i] < 0)
        {
            return false;
        }

        ref readonly var c = ref _cands[_candAt[i]];
        var code = c.IsVerb ? c.Verb!.Code : c.Noun!.Code;
        return code != null && code.Length >= 2 && code[0] == '0' && code[1] == '4';
    }

    /// <summary>
    /// Killing or attacking by an armed group ("militants", "gunmen" in the subject) whose victims are civilians
    /// ("killed 19 villagers", "attacked worshippers") is unconventional violence (CAMEO 180), not military force
    /// between armed sides (190).
    /// </summary>
    private string? ViolenceAgainstCivilians(string? code, in Candidate cand, int clauseStart, int windowEnd)
    {
        if (code != "190" || !StageWordBetween(clauseStart, cand.Tok, StageSet.ArmedGroup))
        {
            return code;
        }

        return StageWordBetween(cand.End, System.Math.Min(windowEnd, cand.End + 6), StageSet.CivilianVictim) ? "180" : code;
    }

    /// <summary>Whether a finite form of "begin", "start" or "resume" is at token <paramref name="i"/>.</summary>
    private bool BeginVerbAt(int i)
    {
        if (i < _s0 || _candAt[i] < 0 || !_cands[_candAt[i]].IsVerb || _cands[_candAt[i]].Gerund)
        {
            return false;
        }

        var lemma = _cands[_candAt[i]].Verb!.Lemma;
        return lemma == "begin" || lemma == "start" || lemma == "resume";
    }

    /// <summary>Whether a token in [from, to) of the sentence is in one of the stage tables <paramref name="set"/>.</summary>
    private bool StageWordBetween(int from, int to, StageSet set)
    {
        for (var i = System.Math.Max(from, _s0); i < to && i < _s1; i++)
        {
            if ((_stageBits[i - _s0] & set) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
