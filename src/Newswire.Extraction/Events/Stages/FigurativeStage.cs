namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// Conflict words aimed at no actor are figures of speech: "an all-out assault on tax evasion", "battling rising
/// shipping costs", "fighting a losing battle against locusts". For the hostile roots (threats and worse), the
/// first thing the trigger acts on, within a few words and before any named actor, is an
/// <c>[abstract-target]</c> or <c>[hazard]</c> noun ("fighting drought"), or the act happens in a vote ("crushed the
/// opposition in Sunday's vote", roots 18-20: a <c>[locative]</c> word, then an <c>[election]</c> one within four words).
/// </summary>
internal sealed class FigurativeStage : IEventStage
{
    private const int Reach = 6;

    public string Name => "figurative";

    public bool Rejects(EventContext c)
    {
        var root = c.Root;
        if (root < 13 || !c.SentenceHas(StageSet.AbstractTarget | StageSet.Hazard | StageSet.Election))
        {
            return false;
        }

        return AbstractObject(c, c.TriggerEnd, c.WindowEnd) || InAVote(c);
    }

    private static bool InAVote(EventContext c)
    {
        // Fighting only (18-20): a protest outside an election office is a protest.
        if (c.Root < 18 || !c.SentenceHas(StageSet.Election))
        {
            return false;
        }

        var at = c.Find(c.TriggerEnd, c.WindowEnd, StageSet.Locative);
        return at >= 0 && c.Find(at + 1, at + 5, StageSet.Election) >= 0;
    }

    /// <summary>Whether the object stretch [from, to) reaches an abstract noun before any actor.</summary>
    internal static bool AbstractObject(EventContext c, int from, int to)
    {
        for (var i = from; i < to && i < from + Reach && i < c.SentenceEnd; i++)
        {
            if (c.MentionAt(i) >= 0 || c.Has(i, StageSet.PoliticalHead | StageSet.Locative))
            {
                return false;
            }

            if (c.Has(i, StageSet.AbstractTarget | StageSet.Hazard))
            {
                return true;
            }
        }

        return false;
    }
}
