namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// What an analyst, historian, economist or professor says is a view on the news, not an act told: "Historian X said
/// Cairo had raised the question at every summit", "Economist Y said Argentina would keep borrowing whatever the
/// government promised", "'Kinshasa needs support,' said Z, a Belgian analyst". Rejects an act (statements are each
/// speaker's own and pass) reported by a speech verb whose speaker is named by a <c>[commentator]</c> word: the word
/// within a few tokens before the speech verb that precedes the trigger, or right after a speech verb that follows it.
/// </summary>
internal sealed class CommentatorViewStage : IEventStage
{
    // "Professor Anne Dupont of the Sorbonne said": the role word within this many tokens of the speech verb.
    private const int Reach = 7;

    public string Name => "commentator-view";

    public bool Rejects(EventContext c)
    {
        if (!c.SentenceHas(StageSet.Reporting))
        {
            return false;
        }

        var before = c.Find(c.SentenceStart, c.Trigger, StageSet.Reporting);
        if (before >= 0 && Named(c, before - Reach, before))
        {
            return true;
        }

        var after = c.Find(c.TriggerEnd, c.SentenceEnd, StageSet.Reporting);
        return after >= 0 && Named(c, after + 1, after + 1 + Reach);
    }

    // Whether a commentator word stands in [from, to) of the sentence.
    private static bool Named(EventContext c, int from, int to)
    {
        for (var i = from < c.SentenceStart ? c.SentenceStart : from; i < to && i < c.SentenceEnd; i++)
        {
            if (c.IsWord(i) && c.Words.OnDemand(StageWords.Commentator, c.Text, c.Tokens[i]))
            {
                return true;
            }
        }

        return false;
    }
}
