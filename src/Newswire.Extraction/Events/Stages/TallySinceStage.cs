namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A perfect verb counting acts since a past point is background to the story, not one of its events: "the army,
/// which took power in 2021, has detained thousands since then", "Since 2020 the authorities have jailed hundreds",
/// "has shelled the villages ever since". Cues: a <c>[perfect-aux]</c> word before the trigger with no comma between,
/// and "since" followed (within two words) by a year or a <c>[since-background]</c> word, or "ever since". "Police
/// have arrested 40 people since Friday" is the story's own news and stays. Event nouns count too ("has stepped up
/// attacks since 2022"). Only hostile roots (10 and up): "has provided $4 million in aid since 2009" stays. A perfect
/// act lasting years is background too ("have fought the government for more than 15 years").
/// </summary>
internal sealed class TallySinceStage : IEventStage
{
    // Demands, criticism, threats, force: a cooperative tally ("has provided $4 million in aid since 2009") is coded
    // by the codebook and stays.
    private const int HostileRoot = 10;

    // How far back the auxiliary may stand ("has also repeatedly detained", "have jailed and tortured").
    private const int AuxReach = 8;

    // How far after the trigger the "since" phrase may stand ("has detained thousands of its opponents since then").
    private const int SinceReach = 12;

    public string Name => "tally-since";

    // How far after "for"/"over" the unit of years may stand ("for more than 15 years", "over the past two decades").
    private const int DurationReach = 5;

    public bool Rejects(EventContext c)
    {
        if (c.Root < HostileRoot || !c.SentenceHas(StageSet.PerfectAux) || !c.SentenceHas(StageSet.Since | StageSet.AgoUnit) || !Perfect(c))
        {
            return false;
        }

        if (c.SentenceHas(StageSet.AgoUnit) && DurationOfYears(c))
        {
            return true;
        }

        if (!c.SentenceHas(StageSet.Since))
        {
            return false;
        }

        for (var i = c.SentenceStart; i < c.SentenceEnd && i < c.TriggerEnd + SinceReach; i++)
        {
            if (c.Has(i, StageSet.Since) && PastPoint(c, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Perfect(EventContext c)
    {
        for (var i = c.Trigger - 1; i >= c.SentenceStart && i >= c.Trigger - AuxReach; i--)
        {
            if (c.IsPunctuation(i, ','))
            {
                return false;
            }

            if (c.Has(i, StageSet.PerfectAux))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "have fought the government for more than 15 years", "has shelled the town over the past two decades": a
    /// perfect act lasting years is the story's background. Not a coercive act (17), whose years are a sentence
    /// ("has jailed him for 15 years"), nor a point in time ("15 years ago").
    /// </summary>
    private static bool DurationOfYears(EventContext c)
    {
        if (c.Root == 17)
        {
            return false;
        }

        for (var i = c.TriggerEnd; i < c.TriggerEnd + SinceReach && i < c.SentenceEnd; i++)
        {
            if (!c.IsWord(i, "for") && !c.IsWord(i, "over"))
            {
                continue;
            }

            for (var k = i + 1; k <= i + DurationReach && k < c.SentenceEnd; k++)
            {
                if (c.Has(k, StageSet.AgoUnit))
                {
                    return !c.Has(k + 1, StageSet.Ago);
                }
            }
        }

        return false;
    }

    private static bool PastPoint(EventContext c, int since)
    {
        if (c.Has(since - 1, StageSet.SinceBackground))
        {
            return true; // "ever since"
        }

        for (var i = since + 1; i <= since + 2 && i < c.SentenceEnd; i++)
        {
            if (c.YearAt(i) > 0 || c.Has(i, StageSet.SinceBackground))
            {
                return true;
            }
        }

        return false;
    }
}
