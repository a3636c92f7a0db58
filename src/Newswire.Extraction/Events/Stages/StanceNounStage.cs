namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// An event noun a side is said to stand "committed to" is its standing position, not an act told: "said Yerevan
/// remained committed to peace talks", "reaffirmed its commitment to the ceasefire". Rejects an event read from a noun
/// whose words back to a "to" (a few lower-case words at most) follow a <c>[stance-word]</c>. The act a side commits
/// itself to by a verb ("committed to send 500 troops") is no noun and stays with the verb's own reading.
/// </summary>
internal sealed class StanceNounStage : IEventStage
{
    // "committed to the peace talks": the "to" within this many words before the noun.
    private const int Reach = 4;

    public string Name => "stance-noun";

    public bool Rejects(EventContext c)
    {
        if (!c.FromNoun)
        {
            return false;
        }

        for (var i = c.Trigger - 1; i > c.SentenceStart && i >= c.Trigger - Reach && c.IsWord(i); i--)
        {
            if (c.IsWord(i, "to"))
            {
                return c.Words.OnDemand(StageWords.StanceWord, c.Text, c.Tokens[i - 1]);
            }
        }

        return false;
    }
}
