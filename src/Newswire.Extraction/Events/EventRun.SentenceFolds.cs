using System;
using System.Collections.Generic;

namespace Newswire.Extraction.Events;

// Folding a finished draft into an event of its sentence that tells the same happening: one root and agent, the same
// interaction told from both sides, one agent's disapproval and rejection of one thing.
// Reads _events of the sentence and the tokens; writes the earlier event (its sides and place).
internal sealed partial class EventRun
{
    private bool FoldedIntoSentenceEvent(EventDraft e)
    {
        // One event per root and agent in a sentence ("pardoned and released", "arrived ... for a visit"); the same
        // interaction told from both sides ("gathered for a summit hosted by X") keeps the explicit verb's version.
        // Two different material acts of one root ("seized cocaine and detained four workers": 171, 173) stay two;
        // one agent's disapproval and rejection of one thing ("regretted the decision and rejected the accusations") are one.
        for (var i = _events.Count - 1; i >= 0 && _events[i].Sentence == _sentence; i--)
        {
            var other = _events[i];
            if (other.Dropped || other.Root != e.Root || DistinctActs(e.Root, other.Code, e.Code))
            {
                if (!other.Dropped && OneReaction(other, e))
                {
                    TakeSides(other, e);
                    return true;
                }

                continue;
            }

            var reciprocal = other.Counterparts.Contains(e.Agent) && e.Counterparts.Contains(other.Agent);
            if (reciprocal && other.FromNoun && !e.FromNoun)
            {
                other.Dropped = true;
                if (e.Location < 0)
                {
                    e.Location = other.Location;
                }

                return false;
            }

            if (other.Agent == e.Agent || reciprocal)
            {
                TakeSides(other, e);
                return true;
            }
        }
        return false;
    }

    // Disapproval (11) and rejection (12) by one agent in one sentence, at no two disjoint sides, are one reaction:
    // "denied any role and called the accusation baseless" (issue #11). An accusation (112) tells a charge of its own
    // ("denied the claim and accused X of ..."): the check sets' gold counts it apart.
    private static bool OneReaction(EventDraft a, EventDraft b) =>
        a.Agent >= 0 && a.Agent == b.Agent && a.Root != b.Root && IsPlainReaction(a.Code) && IsPlainReaction(b.Code)
        && SidesMeet(a.Counterparts, b.Counterparts);

    private static bool IsPlainReaction(string code) =>
        (code.StartsWith("11", StringComparison.Ordinal) || code.StartsWith("12", StringComparison.Ordinal)) && !code.StartsWith("112", StringComparison.Ordinal);

    private static bool SidesMeet(List<int> a, List<int> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return true;
        }

        foreach (var x in a)
        {
            if (b.Contains(x))
            {
                return true;
            }
        }

        return false;
    }

    // The earlier telling in the sentence takes the later one's other sides and the place it lacked.
    private void TakeSides(EventDraft other, EventDraft e)
    {
        if (other.Location < 0)
        {
            other.Location = e.Location;
        }

        foreach (var a in e.Counterparts)
        {
            AddCounterpart(other, a);
        }
    }
}
