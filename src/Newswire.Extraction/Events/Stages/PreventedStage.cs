namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// An act someone is kept from is not done: "police were barred from deploying special units", "the league banned
/// the club from hosting", "urged both sides to refrain from attacking". Cue: the trigger right after "from", with a
/// <c>[prevent]</c> word at most four words before that "from". So is a protest banned or blocked before it was held
/// ("government bans Abidjan rally", "banned the opposition's planned march"): a protest noun with a ban word at
/// most three words before it; "police blocked the march" stays a march.
/// </summary>
internal sealed class PreventedStage : IEventStage
{
    // "barred X's special police units from deploying": the object between the word and "from" is short.
    private const int Reach = 5;

    // "bans Abidjan rally", "banned the party's planned march": the words between the ban and the protest noun.
    private const int NounReach = 4;

    private static readonly string[] BanWords = { "ban", "bans", "banned", "banning", "bar", "bars", "barred", "prohibit", "prohibits", "prohibited", "forbade", "forbids", "forbidden" };

    public string Name => "prevented";

    public bool Rejects(EventContext c)
    {
        if (!c.SentenceHas(StageSet.Prevent))
        {
            return false;
        }

        if (c.FromNoun && c.Has(c.Trigger, StageSet.ProtestNoun))
        {
            return BanBefore(c);
        }

        var from = c.Trigger - 1;
        if (from <= c.SentenceStart || !IsFrom(c, from))
        {
            return false;
        }

        return c.Find(from - Reach, from, StageSet.Prevent) >= 0;
    }

    private static bool BanBefore(EventContext c)
    {
        for (var i = System.Math.Max(c.SentenceStart, c.Trigger - NounReach); i < c.Trigger; i++)
        {
            if (c.IsAnyWord(i, BanWords))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFrom(EventContext c, int i)
    {
        var t = c.Tokens[i];
        return t.Length == 4 && string.Compare(c.Text, t.Start, "from", 0, 4, System.StringComparison.OrdinalIgnoreCase) == 0;
    }
}
