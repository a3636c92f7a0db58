namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A ban on selling, using or shipping a product at home sanctions no actor (issue #11): "Laos banned the sale of
/// fireworks in Vientiane", "the government banned the export of hay for six months", "banned the use of plastic
/// bags". Cue: a ban verb (root 16 or 17) with no counterpart whose object opens with a trade noun ("the sale of",
/// "imports of") and names no one in the words after it but places of the agent's own country. "banned imports of
/// Polish apples", "banned the sale of Russian gas", "banned the opposition's rally" and "banned X from" stay.
/// </summary>
internal sealed class TradeBanStage : IEventStage
{
    private static readonly string[] BanVerbs = { "ban", "bans", "banned", "banning", "prohibit", "prohibits", "prohibited", "outlawed", "outlaws" };

    // Heads of what a product ban stops: "the sale of", "the export of", "imports of", "the use of".
    private static readonly string[] TradeNouns = { "sale", "sales", "export", "exports", "import", "imports", "use", "production", "advertising", "cultivation" };

    // Words after "of" read for whose product it is ("the sale of fireworks in Vientiane").
    private const int ProductReach = 5;

    public string Name => "trade-ban";

    public bool Rejects(EventContext c)
    {
        if (c.FromNoun || (c.Root != 16 && c.Root != 17) || c.Counterparts.Count > 0 || c.Agent < 0 || !c.IsAnyWord(c.Trigger, BanVerbs))
        {
            return false;
        }

        var head = c.TriggerEnd < c.SentenceEnd && c.IsWord(c.TriggerEnd, "the") ? c.TriggerEnd + 1 : c.TriggerEnd;
        if (head + 1 >= c.SentenceEnd || !c.IsAnyWord(head, TradeNouns) || !c.IsWord(head + 1, "of"))
        {
            return false;
        }

        var own = c.AgentActor.Country;
        for (var i = head + 2; i < head + 2 + ProductReach && i < c.SentenceEnd; i++)
        {
            var m = c.MentionAt(i);
            if (m >= 0 ? c.Actors.Actors[c.Actors.Mentions[m].Actor].Country != own : c.IsWord(i) && !c.IsLower(i))
            {
                return false;
            }
        }

        return true;
    }
}
