namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// The act that started a state of affairs is background, whatever its year: "Relations have been tense since 2024,
/// when police stormed the embassy", "... ever since the coup, when the army seized the radio station". Cue: the
/// trigger's clause opens with a <c>[since-when]</c> word ("when") right after a comma, and within the few words before
/// that comma stands "since" with a year or a <c>[since-background]</c> word.
/// </summary>
internal sealed class SinceWhenStage : IEventStage
{
    // How far back from "when" the "since" phrase may start ("since the 2021 coup, when").
    private const int SinceReach = 5;

    public string Name => "since-when";

    public bool Rejects(EventContext c)
    {
        if (!c.SentenceHas(StageSet.Since) || !c.SentenceHas(StageSet.SinceWhen))
        {
            return false;
        }

        for (var w = c.Trigger - 1; w > c.SentenceStart && w >= c.ClauseStart - 1; w--)
        {
            if (c.Has(w, StageSet.SinceWhen) && c.IsPunctuation(w - 1, ','))
            {
                return SinceBefore(c, w - 1);
            }
        }

        return false;
    }

    // "since 2024", "since the 2021 coup", "ever since independence" ending at the comma.
    private static bool SinceBefore(EventContext c, int comma)
    {
        for (var i = comma - 1; i >= c.SentenceStart && i >= comma - SinceReach; i--)
        {
            if (!c.Has(i, StageSet.Since))
            {
                continue;
            }

            for (var k = i + 1; k < comma; k++)
            {
                if (c.YearAt(k) > 0 || c.Has(k, StageSet.SinceBackground))
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }
}
