using System.Collections.Generic;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>The leading country of a count by country code, with the two highest counts (a tie has no leader).</summary>
internal static class CountryTally
{
    /// <summary>The country counted more often than any other (null on a tie or an empty count), the top and the second count.</summary>
    public static (string? Best, int Top, int Second) Leader(Dictionary<string, int> counts)
    {
        string? best = null;
        int top = 0, second = 0;
        foreach (var pair in counts)
        {
            if (pair.Value > top)
            {
                (second, top, best) = (top, pair.Value, pair.Key);
            }
            else if (pair.Value > second)
            {
                second = pair.Value;
            }
        }

        return (top > second ? best : null, top, second);
    }
}
