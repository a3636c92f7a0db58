using System.Collections.Generic;
using Newswire.Extraction.Events.Stages;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

/// <summary>
/// "Finland expelled two Russian diplomats ... Russia condemned the decision": a reaction (a demand, disapproval,
/// rejection or threat, roots 10-13) with no other side whose object is a definite act already told ("the decision",
/// "the arrests", "this move": <c>[told-act]</c>) is aimed at whoever did the latest act of another agent told before it
/// (a protest, a cut in relations, coercion or force: roots 14-20; not another reaction). Runs after <see cref="RetoldEvents"/>.
/// </summary>
internal static class ReactionTargets
{
    public static void Aim(TokenizedText text, StageWords words, IReadOnlyList<ExtractedEvent> events)
    {
        for (var i = 1; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Counterparts.Count > 0 || e.Agent < 0 || !IsReaction(e.Code) || !ObjectIsToldAct(text, words, e))
            {
                continue;
            }

            var doer = LatestOtherAgent(events, i);
            if (doer >= 0)
            {
                e.Counterparts = new[] { doer };
            }
        }
    }

    // Roots 10-13: demand, disapprove, reject, threaten.
    private static bool IsReaction(string code) => code.Length >= 2 && code[0] == '1' && code[1] >= '0' && code[1] <= '3';

    // Roots 14-20: what one side did that another may react to (protests, cuts in relations, coercion, force).
    private static bool IsAct(string code) => code.Length >= 2 && (code[0] == '2' || (code[0] == '1' && code[1] >= '4'));

    private static int LatestOtherAgent(IReadOnlyList<ExtractedEvent> events, int before)
    {
        var agent = events[before].Agent;
        for (var i = before - 1; i >= 0; i--)
        {
            var f = events[i];
            if (f.Agent >= 0 && f.Agent != agent && IsAct(f.Code))
            {
                return f.Agent;
            }
        }

        return -1;
    }

    /// <summary>"condemned the decision", "rejected this move", "denounced the arrests": a determiner and a told-act noun right after the trigger.</summary>
    internal static bool ObjectIsToldAct(TokenizedText text, StageWords words, ExtractedEvent e)
    {
        var next = RetoldEvents.After(text, e);
        if (next < 0 || !words.OnDemand(StageWords.RetoldObject, text.Text, text.Tokens[next]))
        {
            return false;
        }

        var end = text.Sentences[text.SentenceOf(next)].EndToken;
        for (var k = next + 1; k < end && k <= next + 2; k++)
        {
            if (words.OnDemand(StageWords.ToldAct, text.Text, text.Tokens[k]))
            {
                return true;
            }
        }

        return false;
    }
}
