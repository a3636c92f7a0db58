namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// An act someone is kept from is not done: "police were barred from deploying special units", "the league banned
/// the club from hosting", "urged both sides to refrain from attacking". Cue: the trigger right after "from", with a
/// <c>[prevent]</c> word at most four words before that "from".
/// </summary>
internal sealed class PreventedStage : IEventStage
{
    // "barred X's special police units from deploying": the object between the word and "from" is short.
    private const int Reach = 5;

    public string Name => "prevented";

    public bool Rejects(EventContext c)
    {
        if (!c.SentenceHas(StageSet.Prevent))
        {
            return false;
        }

        var from = c.Trigger - 1;
        if (from <= c.SentenceStart || !IsFrom(c, from))
        {
            return false;
        }

        return c.Find(from - Reach, from, StageSet.Prevent) >= 0;
    }

    private static bool IsFrom(EventContext c, int i)
    {
        var t = c.Tokens[i];
        return t.Length == 4 && string.Compare(c.Text, t.Start, "from", 0, 4, System.StringComparison.OrdinalIgnoreCase) == 0;
    }
}
