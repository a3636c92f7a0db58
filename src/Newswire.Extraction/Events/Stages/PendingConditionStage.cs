namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// An act named as the condition a refusal or a vow waits for has not happened: "Paraguay would not restore relations
/// until Caracas released political prisoners", "vowed to continue protests until the government released all
/// detainees", "talks will not resume until Russia withdraws its troops". Rejects a trigger inside an "until"/"till"
/// clause (no comma or semicolon between) when the words before that clause hold a future or conditional modal, a vow
/// or a word of going on. Told as past narrative ("stayed until police dispersed them") it stays.
/// </summary>
internal sealed class PendingConditionStage : IEventStage
{
    private static readonly string[] UntilWords = { "until", "till" };

    // What makes the main clause wait: a future or conditional modal ("would not", "won't", "will continue"), a vow, or
    // going on in the present ("continue", "keep", "remain"). A past negation does not: in "did not leave until police
    // arrived" the police arrived.
    private static readonly string[] WaitingWords =
    {
        "will", "would", "shall", "won't", "wouldn't", "vowed", "vows", "vow", "pledged", "threatened", "continue",
        "continues", "keep", "remain", "remains",
    };

    public string Name => "pending-condition";

    public bool Rejects(EventContext c)
    {
        for (var i = c.Trigger - 1; i > c.SentenceStart; i--)
        {
            if (c.IsPunctuation(i, ',') || c.IsPunctuation(i, ';'))
            {
                return false;
            }

            if (c.IsLower(i) && c.IsAnyWord(i, UntilWords))
            {
                return Waits(c, i);
            }
        }

        return false;
    }

    private static bool Waits(EventContext c, int until)
    {
        for (var i = c.SentenceStart; i < until; i++)
        {
            if (c.IsLower(i) && c.IsAnyWord(i, WaitingWords))
            {
                return true;
            }
        }

        return false;
    }
}
