namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A country hosting a population is no hosting of a visit: "the country hosts more than a million refugees", "Turkey
/// hosted 3.6 million Syrians", "hosts thousands of Haitian migrants". Rejects 043 whose object (the words after the
/// trigger, up to a comma or the window's end) holds a word of the on-demand <c>[hosted-population]</c> table
/// (refugees, migrants, million, ...). A host receiving a named guest ("hosted Somali President X") keeps its event.
/// </summary>
internal sealed class HostedPopulationStage : IEventStage
{
    // How far the object may run from the trigger ("hosts more than half a million Syrian refugees").
    private const int ObjectReach = 8;

    public string Name => "hosted-population";

    public bool Rejects(EventContext c)
    {
        if (c.Code != "043" || c.FromNoun)
        {
            return false;
        }

        var end = System.Math.Min(c.SentenceEnd, c.TriggerEnd + ObjectReach);
        for (var i = c.TriggerEnd; i < end; i++)
        {
            if (c.IsPunctuation(i, ',') || c.IsPunctuation(i, '.'))
            {
                return false;
            }

            if (c.IsWord(i) && c.Words.OnDemand(StageWords.HostedPopulation, c.Text, c.Tokens[i]))
            {
                return true;
            }
        }

        return false;
    }
}
