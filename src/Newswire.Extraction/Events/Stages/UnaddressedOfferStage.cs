namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// An offer or promise told as what a side would do, to no one named, is a policy plan, not an act of cooperation
/// with another actor: "Kenya would offer tax breaks to carmakers that build plants", "the government would
/// offer reduced sentences to gang members". Cue: root 03, a <c>[would]</c> word right before the trigger (one
/// adverb between allowed) and no counterpart. So is a promise to fight an abstract ill ("promised to fight
/// corruption", "vowed to crush speculators": root 03, no counterpart, an <c>[abstract-target]</c> object before any
/// actor, as <see cref="FigurativeStage"/> reads hostile roots); "promised to help Ukraine fight corruption" stays.
/// </summary>
internal sealed class UnaddressedOfferStage : IEventStage
{
    public string Name => "unaddressed-offer";

    public bool Rejects(EventContext c)
    {
        if (c.Root != 3 || c.FromNoun || c.Counterparts.Count > 0)
        {
            return false;
        }

        if (c.SentenceHas(StageSet.AbstractTarget) && FigurativeStage.AbstractObject(c, c.TriggerEnd, c.WindowEnd))
        {
            return true;
        }

        if (!c.SentenceHas(StageSet.Would))
        {
            return false;
        }

        return c.Has(c.Trigger - 1, StageSet.Would) || (c.Trigger - 2 >= c.SentenceStart && c.IsLower(c.Trigger - 1) && c.Has(c.Trigger - 2, StageSet.Would));
    }
}
