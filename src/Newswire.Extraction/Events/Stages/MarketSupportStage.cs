namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A central bank stepping in to prop up its currency trades on a market; it gives no aid to an actor (issue #11):
/// "the National Bank stepped in to defend the tenge by selling dollars", "the central bank stepped in to support the
/// sol". Cue: an aid root (07) with no counterpart and a <c>[currency]</c> word within a few words after the trigger.
/// "stepped in to help Kenya" (a counterpart) and "stepped in with food aid" stay.
/// </summary>
internal sealed class MarketSupportStage : IEventStage
{
    // "stepped in to defend it by selling dollars from its reserves": the currency may follow a short purpose clause.
    private const int Reach = 8;

    public string Name => "market-support";

    public bool Rejects(EventContext c)
    {
        if (c.FromNoun || c.Root != 7 || c.Counterparts.Count > 0)
        {
            return false;
        }

        for (var i = c.TriggerEnd; i < c.TriggerEnd + Reach && i < c.SentenceEnd; i++)
        {
            if (c.IsWord(i) && c.MentionAt(i) < 0 && c.Words.OnDemand(StageWords.Currency, c.Text, c.Tokens[i]))
            {
                return true;
            }
        }

        return false;
    }
}
