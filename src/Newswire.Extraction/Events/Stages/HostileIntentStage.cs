namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A vow to fight is no intent to cooperate (03): "vowed to crack down on the smuggling trade", "promised to punish
/// those responsible", "vowed to press on with the offensive against the group". Rejects an intent from a verb whose
/// complement is "to" + a hostile verb, or "to" + a verb of going on ("press on with", "step up") before a hostile
/// noun within a few words. Such a vow is a threat at most, and most often aimed at no one the text names.
/// </summary>
internal sealed class HostileIntentStage : IEventStage
{
    private const int Reach = 5;

    private static readonly string[] HostileVerbs =
    {
        "fight", "crush", "defeat", "punish", "eliminate", "destroy", "crack", "hunt", "wipe", "root", "annihilate",
        "smash", "avenge", "retaliate", "attack", "strike", "kill", "bomb", "eradicate", "dismantle", "confront",
    };

    private static readonly string[] GoingOnVerbs = { "press", "step", "continue", "intensify", "keep", "pursue", "expand", "escalate" };

    private static readonly string[] HostileNouns =
    {
        "offensive", "war", "fight", "fighting", "attacks", "strikes", "operations", "operation", "crackdown", "assault",
        "onslaught", "bombardment", "raids", "hostilities",
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

        return c.IsAnyWord(to + 1, HostileVerbs) || (c.IsAnyWord(to + 1, GoingOnVerbs) && HostileNounAfter(c, to + 2));
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
