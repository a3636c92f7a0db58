namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A visit the sentence says was called off did not happen: "Prime Minister X's planned visit to Paris next week has
/// been postponed because of a scheduling conflict", "the president's trip to Brazil was cancelled". Rejects a visit or
/// meeting (04) read from a trip noun when, after it in the sentence, a form of "be" is followed by a cancelling verb
/// ("was cancelled", "has been postponed", "were called off"). The cancelling itself is coded, or not, from its own verb.
/// </summary>
internal sealed class CancelledTripStage : IEventStage
{
    /// <summary>Nouns of a trip (also read by <see cref="ExcusedCancellationStage"/>).</summary>
    internal static readonly string[] TripNouns = { "visit", "visits", "trip", "trips", "tour", "journey" };

    private static readonly string[] BeForms = { "was", "were", "been", "is", "be" };

    private static readonly string[] CancelStems = { "cancel", "called", "postpon", "scrapped", "delayed", "shelved", "put" };

    // "visit to Paris next week has been postponed": the passive within this many words after the noun.
    private const int Reach = 8;

    public string Name => "cancelled-trip";

    public bool Rejects(EventContext c)
    {
        if (!c.FromNoun || c.Root != 4 || !c.IsAnyWord(c.Trigger, TripNouns))
        {
            return false;
        }

        for (var i = c.TriggerEnd; i + 1 < c.SentenceEnd && i < c.TriggerEnd + Reach; i++)
        {
            if (c.IsAnyWord(i, BeForms) && Cancelling(c, i + 1))
            {
                return true;
            }
        }

        return false;
    }

    // "called off", "put off", "cancelled", "postponed".
    private static bool Cancelling(EventContext c, int i)
    {
        foreach (var stem in CancelStems)
        {
            if (c.StartsWith(i, stem))
            {
                return stem is not ("called" or "put") || (i + 1 < c.SentenceEnd && c.IsWord(i + 1, "off"));
            }
        }

        return false;
    }
}
