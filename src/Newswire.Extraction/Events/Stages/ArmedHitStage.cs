using System;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// "hit" is an attack only when a weapon or a force does it: "Russian missiles hit a power station", "an air strike
/// hit the market", "the school was hit by artillery fire" (190), but "prices hit a record", "the storm hit the coast",
/// "sanctions hit the economy" attack no one. Cue: the trigger is a form of "hit" and no <c>[armed-unit]</c> or
/// <c>[security-force]</c> word stands in the doer's stretch (before an active verb, after "by" for a passive one).
/// </summary>
internal sealed class ArmedHitStage : IEventStage
{
    private static readonly string[] HitForms = { "hit", "hits", "hitting" };

    // How many words after "by" the doer of a passive "hit" may take ("by a Russian drone").
    private const int DoerReach = 5;

    private const StageSet Armed = StageSet.ArmedUnit | StageSet.SecurityForce;

    public string Name => "armed-hit";

    public bool Rejects(EventContext c)
    {
        if (c.FromNoun || !c.IsAnyWord(c.Trigger, HitForms))
        {
            return false;
        }

        if (!c.Passive)
        {
            return c.Find(c.ClauseStart, c.Trigger, Armed) < 0;
        }

        for (var i = c.TriggerEnd; i < c.WindowEnd; i++)
        {
            if (c.IsWord(i, "by"))
            {
                return c.Find(i, Math.Min(i + DoerReach, c.WindowEnd), Armed) < 0;
            }
        }

        return true;
    }
}
