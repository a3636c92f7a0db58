namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A warning about how things are threatens no one: "the WFP warned that famine was spreading", "the bank warned
/// that growth had slowed" describe a state of affairs (a pessimistic comment at most), while "warned that it would
/// retaliate", "warned that sanctions could follow", "warned that it was ready to act" hold the future act a threat
/// needs. Rejects a root-13 "warn that" whose clause has no future or conditional word, and likewise a closing
/// "..., the minister warned." whose words before the attribution have none ("Inflation is far from over, X warned").
/// </summary>
internal sealed class OutlookWarningStage : IEventStage
{
    // Words that put the warned-of act in the future besides the [would], [possibility] and [conditional] tables.
    private static readonly string[] FutureWords = { "will", "wo", "'ll", "ready", "prepared", "hesitate", "going" };

    public string Name => "outlook-warning";

    // How far an attribution may run: "..., the economy minister warned on Tuesday."
    private const int SpeakerReach = 7;
    private const int TailReach = 4;

    public bool Rejects(EventContext c)
    {
        if (c.Root != 13 || c.FromNoun || c.Passive || !c.StartsWith(c.Trigger, "warn") || c.TriggerEnd >= c.SentenceEnd)
        {
            return false;
        }

        int from, to;
        if (c.IsWord(c.TriggerEnd, "that"))
        {
            (from, to) = (c.TriggerEnd + 1, c.SentenceEnd);
        }
        else if (AttributionComma(c) is var comma && comma > c.SentenceStart)
        {
            // "Inflation is far from over, the minister warned.": what is warned of comes before the speaker.
            (from, to) = (c.SentenceStart, comma);
        }
        else
        {
            return false;
        }

        for (var i = from; i < to; i++)
        {
            if (c.Has(i, StageSet.Would | StageSet.Possibility | StageSet.Conditional) || c.IsAnyWord(i, FutureWords))
            {
                return false;
            }
        }

        return true;
    }

    // The comma before a closing attribution ("..., the minister warned [on Tuesday]."), or -1.
    private static int AttributionComma(EventContext c)
    {
        if (c.SentenceEnd - c.TriggerEnd > TailReach)
        {
            return -1;
        }

        for (var i = c.Trigger - 1; i >= c.SentenceStart && i >= c.Trigger - SpeakerReach; i--)
        {
            if (c.IsPunctuation(i, ','))
            {
                return i;
            }
        }

        return -1;
    }
}
