namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// An act named in a plan the sentence says was dropped does not happen: "X shelved plans to hold talks with Y",
/// "scrapped its plan to build a base", "postponed plans for a summit". Rejects an event whose trigger follows
/// "plan(s) to" or "plan(s) for" within a few words, when a cancelling verb stands right before the plan noun (a
/// determiner between: "its", "the"). The cancelling itself is coded, or not, from its own verb.
/// </summary>
internal sealed class AbandonedPlanStage : IEventStage
{
    private static readonly string[] PlanNouns = { "plan", "plans" };

    private static readonly string[] Links = { "to", "for" };

    private static readonly string[] Determiners = { "its", "the", "their", "his", "her", "a", "all" };

    private static readonly string[] CancelStems = { "shelv", "scrap", "drop", "abandon", "postpon", "cancel", "ditch", "delay", "suspend", "froze", "freez", "axe", "axing", "halt" };

    // "plans to hold talks", "plans to send a delegation to": the trigger within this many words of the plan noun.
    private const int Reach = 5;

    public string Name => "abandoned-plan";

    public bool Rejects(EventContext c)
    {
        for (var p = c.Trigger - 2; p >= c.SentenceStart + 1 && p >= c.Trigger - Reach; p--)
        {
            if (c.IsAnyWord(p, PlanNouns) && c.IsAnyWord(p + 1, Links))
            {
                return Cancelled(c, p - 1);
            }
        }

        return false;
    }

    // The verb right before the plan noun, or before its determiner.
    private static bool Cancelled(EventContext c, int i)
    {
        if (i > c.SentenceStart && c.IsAnyWord(i, Determiners))
        {
            i--;
        }

        return i >= c.SentenceStart && c.IsWord(i) && c.StartsWithAny(i, CancelStems);
    }
}
