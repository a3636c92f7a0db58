namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// Goods that arrive pay no visit (issue #11): "said shipments of diesel from Argentina would arrive by the weekend",
/// "the first cargo of wheat from Ukraine arrived in Beirut". Cue: a visit root (04) whose clause names goods
/// (<c>[seized-goods]</c>: shipments, cargo, tonnes) before the trigger and before any actor; "Putin arrived in
/// Ankara with a cargo of gifts" names Putin first and stays.
/// </summary>
internal sealed class GoodsArrivalStage : IEventStage
{
    public string Name => "goods-arrival";

    public bool Rejects(EventContext c)
    {
        if (c.Root != 4 || c.FromNoun)
        {
            return false;
        }

        for (var i = c.ClauseStart; i < c.Trigger; i++)
        {
            if (c.MentionAt(i) >= 0)
            {
                return false;
            }

            if (c.IsWord(i) && c.Words.OnDemand(StageWords.SeizedGoods, c.Text, c.Tokens[i]))
            {
                return true;
            }
        }

        return false;
    }
}
