using System;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A warning about how things are threatens no one: "the WFP warned that famine was spreading", "the bank warned
/// that growth had slowed" describe a state of affairs (a pessimistic comment at most), while "warned that it would
/// retaliate", "warned that sanctions could follow", "warned that it was ready to act" hold the future act a threat
/// needs. Rejects a root-13 "warn that" whose clause has no future or conditional word.
/// </summary>
internal sealed class OutlookWarningStage : IEventStage
{
    // Words that put the warned-of act in the future besides the [would], [possibility] and [conditional] tables.
    private static readonly string[] FutureWords = { "will", "wo", "'ll", "ready", "prepared", "hesitate", "going" };

    public string Name => "outlook-warning";

    public bool Rejects(EventContext c)
    {
        if (c.Root != 13 || c.FromNoun || c.Passive || !StartsWith(c, c.Trigger, "warn") || c.TriggerEnd >= c.SentenceEnd
            || !Is(c, c.TriggerEnd, "that"))
        {
            return false;
        }

        for (var i = c.TriggerEnd + 1; i < c.SentenceEnd; i++)
        {
            if (c.Has(i, StageSet.Would | StageSet.Possibility | StageSet.Conditional))
            {
                return false;
            }

            foreach (var w in FutureWords)
            {
                if (Is(c, i, w))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool Is(EventContext c, int i, string word)
    {
        var t = c.Tokens[i];
        return t.Length == word.Length && string.Compare(c.Text, t.Start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
    }

    private static bool StartsWith(EventContext c, int i, string prefix)
    {
        var t = c.Tokens[i];
        return t.Length >= prefix.Length && string.Compare(c.Text, t.Start, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0;
    }
}
