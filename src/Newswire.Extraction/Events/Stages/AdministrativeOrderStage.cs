namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// An official ordering a check names no one ordered: "visited the injured in hospital and ordered an inspection of all
/// long-distance coaches", "ordered a review of safety rules at the mines" is administration at home, not a demand
/// (10) on a side. Rejects a demand told by an <c>[order-verb]</c> with no counterpart whose object, within a few
/// lower-case words after the verb, is a <c>[check-noun]</c>. An order naming its side stays ("ordered the army to
/// withdraw", "ordered Kenya to pay"); so does an inquiry that is its own event (09, coded from the noun).
/// </summary>
internal sealed class AdministrativeOrderStage : IEventStage
{
    // "ordered an urgent safety inspection": the check noun within this many words after the verb.
    private const int ObjectReach = 4;

    public string Name => "administrative-order";

    public bool Rejects(EventContext c)
    {
        if (c.FromNoun || c.Root != 10 || c.Counterparts.Count > 0 || !c.Has(c.Trigger, StageSet.OrderVerb))
        {
            return false;
        }

        for (var i = c.TriggerEnd; i < c.TriggerEnd + ObjectReach && i < c.SentenceEnd && c.IsWord(i) && c.IsLower(i); i++)
        {
            if (c.Words.OnDemand(StageWords.CheckNoun, c.Text, c.Tokens[i]))
            {
                return true;
            }
        }

        return false;
    }
}
