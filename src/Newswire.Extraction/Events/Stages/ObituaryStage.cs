namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// An obituary tells a life, not today's events: "Mikhail Gorbachev, who negotiated arms cuts with Ronald Reagan,
/// has died"; "Tributes poured in for X, who met Pope Francis twice". Cue: an <c>[obituary]</c> word, or a
/// <c>[death]</c> word together with an <c>[obituary-weak]</c> one ("died … aged 91", "former … died"), so a
/// sentence where soldiers died in an attack still codes the attack.
/// </summary>
internal sealed class ObituaryStage : IEventStage
{
    public string Name => "obituary";

    public bool Rejects(EventContext c) =>
        c.SentenceHas(StageSet.Obituary) || (c.SentenceHas(StageSet.Death) && c.SentenceHas(StageSet.ObituaryWeak));
}
