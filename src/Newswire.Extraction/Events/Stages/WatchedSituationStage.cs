namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// "Qatar is monitoring the situation in Sudan closely", "Japan is closely monitoring developments": watching a
/// situation is the stock comment of a ministry with nothing to announce, no investigation. Rejects an
/// investigation (root 09) whose object, within a few words after the trigger, is a <c>[watched-topic]</c> word;
/// monitoring an election or a ceasefire stays.
/// </summary>
internal sealed class WatchedSituationStage : IEventStage
{
    // "monitoring the security situation": the topic word within this many tokens after the trigger.
    private const int Reach = 4;

    public string Name => "watched-situation";

    public bool Rejects(EventContext c)
    {
        if (c.Root != 9)
        {
            return false;
        }

        for (var i = c.Trigger + 1; i < c.SentenceEnd && i <= c.Trigger + Reach && c.IsWord(i); i++)
        {
            if (c.Words.OnDemand(StageWords.WatchedTopic, c.Text, c.Tokens[i]))
            {
                return true;
            }
        }

        return false;
    }
}
