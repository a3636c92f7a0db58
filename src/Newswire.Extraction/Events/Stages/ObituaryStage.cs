namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// An obituary tells a life, not today's events: "Mikhail Gorbachev, who negotiated arms cuts with Ronald Reagan,
/// has died"; "Tributes poured in for X, who met Pope Francis twice". Cue: an <c>[obituary]</c> word, or a
/// <c>[death]</c> word together with an <c>[obituary-weak]</c> one ("died … aged 91", "former … died"), so a
/// sentence where soldiers died in an attack still codes the attack. A story whose headline is an obituary
/// ("Former foreign minister X dies at 88": <c>[obituary-headline]</c>) tells a life throughout: its treaties and
/// arrests are background.
/// </summary>
internal sealed class ObituaryStage : IEventStage
{
    public string Name => "obituary";

    public bool Rejects(EventContext c) =>
        c.SentenceHas(StageSet.Obituary) || (c.SentenceHas(StageSet.Death) && c.SentenceHas(StageSet.ObituaryWeak))
        || c.StoryHas(StageSet.Obituary | StageSet.ObituaryHeadline);
}
