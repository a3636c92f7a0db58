namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A vow to fight is no intent to cooperate (03): "vowed to crack down on the smuggling trade", "promised to punish
/// those responsible", "vowed to press on with the offensive against the group". Rejects an intent from a verb whose
/// complement is "to" + a hostile verb, or "to" + a verb of going on ("press on with", "step up") before a hostile
/// noun within a few words, unless a partner shares it ("Borduria and Sylvania pledged to fight terrorism"). Such a
/// vow is a threat at most, and most often aimed at no one the text names.
/// </summary>
internal sealed class HostileIntentStage : IEventStage
{
    private const int Reach = 5;

    // Not "strike" ("vowed to strike a deal"), "dismantle" ("trade barriers") nor "operations" (peacekeeping, rescue).
    private static readonly string[] HostileVerbs =
    {
        "fight", "crush", "defeat", "punish", "eliminate", "destroy", "crack", "hunt", "wipe", "root", "annihilate",
        "smash", "avenge", "retaliate", "attack", "bomb", "eradicate",
    };

    private static readonly string[] GoingOnVerbs = { "press", "step", "continue", "intensify", "keep", "pursue", "expand", "escalate" };

    private static readonly string[] HostileNouns =
    {
        "offensive", "war", "fighting", "attacks", "airstrikes", "crackdown", "assault", "onslaught", "bombardment", "raids",
        "hostilities",
    };

    public string Name => "hostile-intent";

    public bool Rejects(EventContext c)
    {
        if (c.Root != 3 || c.FromNoun)
        {
            return false;
        }

        var to = c.TriggerEnd;
        if (to + 1 >= c.SentenceEnd || !c.IsWord(to, "to"))
        {
            return false;
        }

        return (c.IsAnyWord(to + 1, HostileVerbs) || (c.IsAnyWord(to + 1, GoingOnVerbs) && HostileNounAfter(c, to + 2))) && !Partner(c);
    }

    // "Borduria and Sylvania pledged to fight terrorism", "vowed with Sylvania to crush the rebels", "... together":
    // a partner in the fight makes it a joint undertaking, coded 03.
    private static bool Partner(EventContext c)
    {
        for (var i = c.TriggerEnd; i < c.SentenceEnd; i++)
        {
            if (c.IsWord(i, "together") || c.IsWord(i, "jointly") || (c.IsWord(i, "with") && i + 1 < c.SentenceEnd && c.MentionAt(i + 1) >= 0))
            {
                return true;
            }
        }

        var agent = c.AgentMentionBefore(c.Trigger);
        if (agent < 0)
        {
            return false;
        }

        // "Borduria and Sylvania": another name joined to the agent's by "and".
        var first = c.Actors.Mentions[agent].FirstToken;
        var end = c.Actors.Mentions[agent].EndToken;
        return (end + 1 < c.Trigger && c.IsWord(end, "and") && c.MentionAt(end + 1) >= 0)
               || (first - 2 >= c.SentenceStart && c.IsWord(first - 1, "and") && c.MentionAt(first - 2) >= 0);
    }

    private static bool HostileNounAfter(EventContext c, int from)
    {
        for (var i = from; i < from + Reach && i < c.SentenceEnd; i++)
        {
            if (c.IsAnyWord(i, HostileNouns))
            {
                return true;
            }
        }

        return false;
    }
}
