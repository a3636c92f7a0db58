namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// The act a "since" clause dates a state of affairs from is background, whatever its year: "Ties have soured since
/// Borduria retook the province", "the first visit since Sylvania cut ties". Cues: "since" opens the trigger's clause
/// (the agent's mention stands between "since" and the trigger, a few words at most, no comma), and before "since" the
/// sentence holds a <c>[perfect-aux]</c> word or "first", or a span of time stands right before "since" ("marked 35 years
/// since Iraq invaded the country"). A causal "since" opens the sentence ("Since Borduria refuses
/// to talk, ...") and a news act comes before its "since" ("Police have arrested 40 people since Friday"): both stay.
/// </summary>
internal sealed class SinceClauseStage : IEventStage
{
    // From "since" to the trigger: "since the new military government of Borduria retook".
    private const int Reach = 8;

    public string Name => "since-clause";

    public bool Rejects(EventContext c)
    {
        if (c.FromNoun || !c.SentenceHas(StageSet.Since))
        {
            return false;
        }

        var agent = c.AgentMentionBefore(c.Trigger);
        if (agent < 0)
        {
            return false;
        }

        var since = c.Actors.Mentions[agent].FirstToken - 1;
        if (since > 0 && c.IsWord(since, "the"))
        {
            since--;
        }

        return since > c.SentenceStart && since >= c.Trigger - Reach && c.Has(since, StageSet.Since) && NoComma(c, since, c.Trigger)
               && DatesAState(c, since);
    }

    private static bool NoComma(EventContext c, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (c.IsPunctuation(i, ','))
            {
                return false;
            }
        }

        return true;
    }

    // Spans of time a "since" counts from an act ("marked 35 years since Iraq invaded the country").
    private static readonly string[] Spans = { "years", "months", "decades", "decade", "weeks" };

    // "have soured since", "has been tense since", "the first visit since", "35 years since".
    private static bool DatesAState(EventContext c, int since)
    {
        if (c.IsAnyWord(since - 1, Spans))
        {
            return true;
        }

        for (var i = c.SentenceStart; i < since; i++)
        {
            if (c.Has(i, StageSet.PerfectAux) || c.IsWord(i, "first"))
            {
                return true;
            }
        }

        return false;
    }
}
