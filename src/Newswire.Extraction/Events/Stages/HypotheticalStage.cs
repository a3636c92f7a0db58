namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// Conditions, possibilities and scenarios are not events: "If Iran enriched uranium, Israel could strike",
/// "what would happen if North Korea attacked Japan", "Unless Hamas releases the hostages", "In a scenario drawn up
/// by war-gamers, Russia invades Estonia". Reported intent stays: "the ministry said Beijing would send a delegation",
/// "Beijing would send a delegation, the ministry said".
/// </summary>
internal sealed class HypotheticalStage : IEventStage
{
    public string Name => "hypothetical";

    // Every test below needs one of these in the sentence.
    private const StageSet Cues = StageSet.Scenario | StageSet.Conditional | StageSet.Inversion | StageSet.Possibility | StageSet.Would;

    public bool Rejects(EventContext c)
    {
        if (!c.SentenceHas(Cues))
        {
            return false; // most sentences: no condition, modal or scenario word
        }

        if (c.SentenceHas(StageSet.Scenario))
        {
            return true;
        }

        // The trigger inside a condition: "if"/"unless" since the last comma, or a fronted inversion ("Should
        // talks collapse, ...") whose comma comes after the trigger.
        for (var i = c.Trigger - 1; i >= c.SentenceStart; i--)
        {
            if (c.IsPunctuation(i, ',') || c.IsPunctuation(i, ';'))
            {
                break;
            }

            if (c.Has(i, StageSet.Conditional) && c.IsLower(i) || (i == c.SentenceStart && c.Has(i, StageSet.Conditional)))
            {
                return true;
            }
        }

        if (c.Has(c.SentenceStart, StageSet.Inversion) && !HasCommaBefore(c, c.Trigger))
        {
            return true;
        }

        // A possibility modal between the clause's start and the trigger: "Israel could strike", "Serbia might send".
        var conditional = c.SentenceHas(StageSet.Conditional) || c.Has(c.SentenceStart, StageSet.Inversion);
        for (var i = c.ClauseStart; i < c.Trigger; i++)
        {
            if (!c.IsLower(i))
            {
                continue;
            }

            if (c.Has(i, StageSet.Possibility))
            {
                return true;
            }

            // "would": hypothetical unless it is reported intent ("said Moscow would ...") outside any condition.
            if (c.Has(i, StageSet.Would) && (conditional || (c.Find(c.SentenceStart, i, StageSet.Reporting) < 0 && !TrailingAttribution(c))))
            {
                return true;
            }
        }

        return false;
    }

    // "X would fly to Y on Thursday, the ministry said": the speech verb after the sentence's last comma reports it.
    private static bool TrailingAttribution(EventContext c)
    {
        for (var i = c.SentenceEnd - 1; i > c.Trigger; i--)
        {
            if (c.IsPunctuation(i, ','))
            {
                return c.Find(i + 1, c.SentenceEnd, StageSet.Reporting) >= 0;
            }
        }

        return false;
    }

    private static bool HasCommaBefore(EventContext c, int tok)
    {
        for (var i = c.SentenceStart; i < tok; i++)
        {
            if (c.IsPunctuation(i, ','))
            {
                return true;
            }
        }

        return false;
    }
}
