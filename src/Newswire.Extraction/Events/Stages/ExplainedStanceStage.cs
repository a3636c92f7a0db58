namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// An official explaining a position tells no new intent: "He stressed that Oslo wanted closer cooperation with
/// Reykjavik", "She explained that Paris wanted to focus on trade". Rejects an intent (root 03) whose trigger follows
/// an <c>[explaining-verb]</c> of its sentence; an intent announced as such ("said it would send", "pledged") is
/// left to the other stages.
/// </summary>
internal sealed class ExplainedStanceStage : IEventStage
{
    public string Name => "explained-stance";

    public bool Rejects(EventContext c)
    {
        if (c.Root != 3)
        {
            return false;
        }

        for (var i = c.SentenceStart; i < c.Trigger; i++)
        {
            if (c.IsWord(i) && c.IsLower(i) && c.Words.OnDemand(StageWords.ExplainingVerb, c.Text, c.Tokens[i]))
            {
                return true;
            }
        }

        return false;
    }
}
