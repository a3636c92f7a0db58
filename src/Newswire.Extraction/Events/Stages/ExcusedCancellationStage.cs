namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// Calling off or postponing one's own trip for a reason of one's own cuts no relations: "President X has called off a
/// planned visit to Taiwan, citing a budget debate", "cancelled the trip because of illness". Rejects a reduction of
/// relations (16) told by a cancelling verb whose object holds a trip noun and that gives its reason after the verb
/// (an <c>[excuse-word]</c>), unless the sentence tells a quarrel (<c>[quarrel-word]</c>: "in protest at", "over the
/// row"). Cancelling a deal, talks or a treaty, and a trip cancelled with no reason given, keep their code.
/// </summary>
internal sealed class ExcusedCancellationStage : IEventStage
{
    private static readonly string[] CancelStems = { "cancel", "call", "postpon", "scrap", "delay", "shelv" };

    // "called off a planned three-day state visit": the trip noun within this many words after the verb.
    private const int ObjectReach = 6;

    public string Name => "excused-cancellation";

    public bool Rejects(EventContext c)
    {
        if (c.Root != 16 || c.FromNoun || !c.StartsWithAny(c.Trigger, CancelStems) || !TripObject(c))
        {
            return false;
        }

        var excused = false;
        for (var i = c.SentenceStart; i < c.SentenceEnd; i++)
        {
            if (c.IsWord(i) && c.Words.OnDemand(StageWords.QuarrelWord, c.Text, c.Tokens[i]))
            {
                return false;
            }

            excused |= i >= c.TriggerEnd && c.IsWord(i) && c.Words.OnDemand(StageWords.ExcuseWord, c.Text, c.Tokens[i]);
        }

        return excused;
    }

    private static bool TripObject(EventContext c)
    {
        for (var i = c.TriggerEnd; i < c.TriggerEnd + ObjectReach && i < c.SentenceEnd && c.IsWord(i); i++)
        {
            if (c.IsAnyWord(i, CancelledTripStage.TripNouns))
            {
                return true;
            }
        }

        return false;
    }
}
