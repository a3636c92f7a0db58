using System;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// Nature and accidents are no actors: "Typhoon Haikui struck southern Taiwan", "heavy rain swept through
/// Queensland", "a bus crashed into a truck". Cue: a <c>[hazard]</c> word in the doer's stretch of the clause
/// (before an active verb, or in the agent's own name); a warning aimed at no one in a sentence about weather or
/// disaster is a forecast, and an inquiry into one (root 09, no one named as its object) aims at no one.
/// </summary>
internal sealed class HazardStage : IEventStage
{
    public string Name => "hazard";

    public bool Rejects(EventContext c)
    {
        // "Heavy rain will continue, the weather office warned", "warned of a rise in dengue cases": a forecast warns
        // no one, it threatens nothing.
        if (c.Root == 13 && c.Counterparts.Count == 0 && (c.SentenceHas(StageSet.Hazard) || DiseaseIn(c)))
        {
            return true;
        }

        if (!c.SentenceHas(StageSet.Hazard))
        {
            return false; // the tests below look for a hazard word in the sentence
        }

        // "Police are investigating the cause of a fire": an inquiry into a disaster or an accident aims at no one.
        if (c.Root == 9 && c.Counterparts.Count == 0 && c.Find(c.TriggerEnd, c.WindowEnd, StageSet.Hazard) >= 0
            && c.Find(c.TriggerEnd, c.WindowEnd, StageSet.PoliticalHead) < 0 && !NamesSomeone(c))
        {
            return true;
        }

        if (c.Passive || c.FromNoun)
        {
            // "was hit by an earthquake": the doer follows the verb, in its "by" phrase ("handed a note of protest over
            // the arrest of two truck drivers" names a truck that does nothing).
            var by = ByWord(c);
            return c.Passive && by >= 0 && c.Find(by, Math.Min(by + DoerReach, c.WindowEnd), StageSet.Hazard) >= 0
                   && c.Find(c.TriggerEnd, c.WindowEnd, StageSet.PoliticalHead) < 0;
        }

        return c.Find(c.ClauseStart, c.Trigger, StageSet.Hazard) >= 0;
    }

    private static bool DiseaseIn(EventContext c)
    {
        for (var i = c.SentenceStart; i < c.SentenceEnd; i++)
        {
            if (c.IsWord(i) && c.Words.OnDemand(StageWords.Disease, c.Text, c.Tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    // "the plane crash that killed Wagner leader X": an inquiry naming a person or a body is about them.
    private static bool NamesSomeone(EventContext c)
    {
        for (var i = c.TriggerEnd; i < c.SentenceEnd; i++)
        {
            var m = c.MentionAt(i);
            if (m >= 0 && c.Actors.Actors[c.Actors.Mentions[m].Actor].Kind != ActorKind.Location)
            {
                return true;
            }
        }

        return false;
    }

    // "by a speeding fuel truck": the doer's words after "by".
    private const int DoerReach = 5;

    private static int ByWord(EventContext c)
    {
        for (var i = c.TriggerEnd; i < c.WindowEnd; i++)
        {
            if (c.IsWord(i, "by"))
            {
                return i;
            }
        }

        return -1;
    }
}
