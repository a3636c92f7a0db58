namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A sentence about a game codes nothing: "Brazil beat Argentina 2-1", "Japan defeated South Korea in the Asian
/// Cup final". Countries name teams there, and contest verbs (beat, crush, clash) are the CAMEO fight verbs.
/// Cue: a word of the <c>[sport]</c> table or a scoreline anywhere in the sentence (not a tally of votes:
/// "the Security Council voted 13-2").
/// </summary>
internal sealed class SportStage : IEventStage
{
    public string Name => "sport";

    public bool Rejects(EventContext c) =>
        c.SentenceHas(StageSet.Sport) || (c.SentenceHas(StageSet.Scoreline) && !c.SentenceHas(StageSet.Vote));
}
