namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A participle after "the" names people, not an act: "the release of the sick and wounded", "treating the
/// injured", "the dead and the wounded were flown out". Rejects an event read from a verb form whose word before is
/// "the", or "the", a <c>[people-adjective]</c> and "and" ("the sick and wounded"; "the declaration and accused"
/// stays a verb).
/// </summary>
internal sealed class SubstantiveParticipleStage : IEventStage
{
    public string Name => "substantive-participle";

    public bool Rejects(EventContext c)
    {
        if (c.FromNoun)
        {
            return false;
        }

        var t = c.Trigger;
        return (t - 1 >= c.SentenceStart && c.IsWord(t - 1, "the"))
               || (t - 3 >= c.SentenceStart && c.IsWord(t - 1, "and") && c.IsWord(t - 3, "the")
                   && c.Words.OnDemand(StageWords.PeopleAdjective, c.Text, c.Tokens[t - 2]));
    }
}
