namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// Ceremonial praise aimed at no actor is no act between actors: "the president honoured 200 war veterans",
/// "Namibia celebrated 35 years of independence". Rejects a praise (051) told by a verb of <see cref="Stems"/> with no
/// counterpart. "Praised", "welcomed", "hailed" and "congratulated" are left out: "Cuba and Norway praised the
/// accord", "congratulated both leaders on the deal" are how news tells a side's answer to another side's act.
/// </summary>
internal sealed class UnaddressedPraiseStage : IEventStage
{
    private static readonly string[] Stems = { "honour", "honor", "celebrat" };

    public string Name => "unaddressed-praise";

    public bool Rejects(EventContext c) =>
        c.Code == "051" && c.Counterparts.Count == 0 && !c.FromNoun && c.StartsWithAny(c.Trigger, Stems);
}
