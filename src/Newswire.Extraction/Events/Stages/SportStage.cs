namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A sentence about a game codes nothing: "Brazil beat Argentina 2-1", "Japan defeated South Korea in the Asian
/// Cup final". Countries name teams there, and contest verbs (beat, crush, clash) are the CAMEO fight verbs.
/// Cue: a word of the <c>[sport]</c> table or a scoreline anywhere in the sentence (not a tally of votes:
/// "the Security Council voted 13-2"). In a story whose headline is about a game ("Japan crush Australia 3-1"), the
/// body's countries are teams too ("Japan travel to Riyadh next month"): every event but protests and arrests
/// (fans and police around a game) is sport there.
/// </summary>
internal sealed class SportStage : IEventStage
{
    public string Name => "sport";

    public bool Rejects(EventContext c) =>
        c.SentenceHas(StageSet.Sport) || (c.SentenceHas(StageSet.Scoreline) && !c.SentenceHas(StageSet.Vote)) || SportStory(c);

    private static bool SportStory(EventContext c) =>
        (c.StoryHas(StageSet.Sport) || (c.StoryHas(StageSet.Scoreline) && !c.StoryHas(StageSet.Vote))) && c.Root != 14 && c.Root != 17;
}
