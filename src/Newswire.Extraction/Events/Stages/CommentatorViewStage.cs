namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// What an analyst, historian, economist or professor says is a view on the news, not an act told nor a statement
/// of a side: "Historian X said Cairo had raised the question at every summit", "Economist Y said Argentina would
/// keep borrowing whatever the government promised", "'Kinshasa needs support,' said Z, a Belgian analyst". Rejects
/// a statement whose speaker is named by a <c>[commentator]</c> word (within a few tokens before the speech verb, or
/// set off by a comma after it), and an act reported by such a speaker's speech verb.
/// </summary>
internal sealed class CommentatorViewStage : IStatementStage
{
    // "Professor Anne Dupont of the Sorbonne said": the role word within this many tokens of the speech verb.
    private const int Reach = 7;

    // "said X, a Belgian analyst": the role word within this many tokens after the comma.
    private const int DescriptionReach = 4;

    public string Name => "commentator-view";

    public bool Rejects(EventContext c)
    {
        if (c.Root == 1)
        {
            return Named(c, c.Trigger - Reach, c.Trigger) || Apposed(c, c.TriggerEnd);
        }

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
        return after >= 0 && Apposed(c, after + 1);
    }

    // "said Marc Lemaire, a Belgian analyst": a commentator word after a comma within reach of the speech verb
    // (the speaker's description; "told analysts" names the audience).
    private static bool Apposed(EventContext c, int from)
    {
        for (var i = from; i < c.SentenceEnd && i < from + Reach; i++)
        {
            if (c.IsPunctuation(i, ','))
            {
                return Named(c, i + 1, i + 1 + DescriptionReach);
            }
        }

        return false;
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
