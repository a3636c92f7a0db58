namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// An act named in a plan the sentence says was dropped does not happen: "X shelved plans to hold talks with Y",
/// "scrapped its plan to build a base", "postponed plans for a summit". Rejects an event whose trigger follows
/// "plan(s) to" or "plan(s) for" within a few words, when a cancelling verb stands right before the plan noun (a
/// determiner between: "its", "the"), or when the plan is the subject of a cancelling passive after the trigger
/// ("Uruguay's plan to sign a trade deal with China was shelved", "plans for a summit have been dropped"). The
/// cancelling itself is coded, or not, from its own verb.
/// </summary>
internal sealed class AbandonedPlanStage : IEventStage
{
    private static readonly string[] PlanNouns = { "plan", "plans" };

    private static readonly string[] Links = { "to", "for" };

    private static readonly string[] Determiners = { "its", "the", "their", "his", "her", "a", "all" };

    private static readonly string[] CancelStems = { "shelv", "scrap", "drop", "abandon", "postpon", "cancel", "ditch", "delay", "suspend", "froze", "freez", "axe", "axing", "halt" };

    private static readonly string[] BeForms = { "was", "were", "been", "is", "are" };

    // "plans to hold talks", "plans to send a delegation to": the trigger within this many words of the plan noun.
    private const int Reach = 5;

    // "plan to sign a trade deal with China was shelved": the passive within this many words after the trigger.
    private const int PassiveReach = 10;

    public string Name => "abandoned-plan";

    public bool Rejects(EventContext c)
    {
        for (var p = c.Trigger - 2; p >= c.SentenceStart + 1 && p >= c.Trigger - Reach; p--)
        {
            if (c.IsAnyWord(p, PlanNouns) && c.IsAnyWord(p + 1, Links))
            {
                return Cancelled(c, p - 1) || CancelledAfter(c);
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

    // "was shelved", "have been dropped" after the plan's act, before any comma (a clause of its own).
    private static bool CancelledAfter(EventContext c)
    {
        for (var i = c.TriggerEnd; i + 1 < c.SentenceEnd && i < c.TriggerEnd + PassiveReach && !c.IsPunctuation(i, ','); i++)
        {
            if (c.IsAnyWord(i, BeForms) && c.IsWord(i + 1) && c.StartsWithAny(i + 1, CancelStems))
            {
                return true;
            }
        }

        return false;
    }
}
