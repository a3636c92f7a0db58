namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// An act named only as the measure of a comparison is background, not news: "said the tax would rise by half a point
/// rather than the two points he first proposed", "cut fewer jobs than the unions feared". Rejects a verb event that
/// ends its clause (no object after it: the thing compared is its object) with "than" a few words before it.
/// </summary>
internal sealed class ComparedActStage : IEventStage
{
    // "than the two points he first proposed": the compared noun phrase, the subject and an adverb.
    private const int Reach = 6;

    public string Name => "compared-act";

    public bool Rejects(EventContext c)
    {
        if (c.FromNoun || (c.TriggerEnd < c.SentenceEnd && c.IsWord(c.TriggerEnd)))
        {
            return false;
        }

        for (var i = c.Trigger - 1; i >= c.SentenceStart && i >= c.Trigger - Reach; i--)
        {
            if (c.IsWord(i, "than"))
            {
                return true;
            }

            if (!c.IsWord(i))
            {
                return false;
            }
        }

        return false;
    }
}
