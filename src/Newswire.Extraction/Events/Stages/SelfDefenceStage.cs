namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// Defending oneself is neither military protection of another (074) nor intent to cooperate (03): "said the
/// country would defend itself", "vowed to defend the nation's sovereignty". Rejects a 074 whose object is the
/// agent's own (<c>[own-object]</c>: "itself", "sovereignty", "borders", before any named actor), and an intent
/// (root 03) whose complement is "to" + a <c>[self-defence]</c> verb with such an object.
/// </summary>
internal sealed class SelfDefenceStage : IEventStage
{
    private const int Reach = 4;

    public string Name => "self-defence";

    public bool Rejects(EventContext c)
    {
        if (c.Code == "074")
        {
            return OwnObject(c, c.TriggerEnd);
        }

        if (c.Root != 3 || c.FromNoun)
        {
            return false;
        }

        var to = c.TriggerEnd;
        return to + 1 < c.SentenceEnd && c.IsWord(to, "to") && c.Has(to + 1, StageSet.SelfDefence) && OwnObject(c, to + 2);
    }

    /// <summary>An own-object word within a few words of <paramref name="from"/>, before any named actor.</summary>
    private static bool OwnObject(EventContext c, int from)
    {
        for (var i = from; i < from + Reach && i < c.SentenceEnd; i++)
        {
            if (c.MentionAt(i) >= 0)
            {
                return false;
            }

            if (c.Has(i, StageSet.OwnObject))
            {
                return true;
            }
        }

        return false;
    }
}
