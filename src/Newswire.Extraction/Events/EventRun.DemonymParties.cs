using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// "the first visit by a Turkish president to Iraq", "a meeting between Pakistani and Afghan officials": an event
// noun whose "by" or "between" phrase names its parties by nationality only. Each country acts where the article
// names it (or its capital, ForceCountry.OfCountry). Reads the sentence; writes nothing.
internal sealed partial class EventRun
{
    // The most words read after "by"/"between" ("between Pakistani and Afghan border officials").
    private const int DemonymPartyReach = 5;

    /// <summary>
    /// The country of the first demonym after "by" or "between" at <paramref name="prep"/> (before
    /// <paramref name="end"/> and any name), or -1; after "between", <paramref name="other"/> is the country of a
    /// second demonym after "and" (else -1).
    /// </summary>
    private int DemonymParties(int prep, int end, out int other)
    {
        other = -1;
        if (!(Is(prep, K.By) || Is(prep, K.Between)))
        {
            return -1;
        }

        var between = Is(prep, K.Between);
        var agent = -1;
        var afterAnd = false;
        for (var i = prep + 1; i < end && i <= prep + DemonymPartyReach; i++)
        {
            if (_mentionAt.At(i) >= 0 || _tokens[i].Kind != TokenKind.Word)
            {
                break;
            }

            afterAnd |= agent >= 0 && Is(i, K.And);
            if (DemonymCountry(i) is not { } country)
            {
                continue;
            }

            if (agent < 0)
            {
                agent = ForceCountry.OfCountry(_actors, country);
                if (agent < 0 || !between)
                {
                    return agent;
                }
            }
            else if (afterAnd)
            {
                var state = ForceCountry.OfCountry(_actors, country);
                other = state != agent ? state : -1;
                return agent;
            }
        }

        return agent;
    }
}
