namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// Evidence that a story is told from its dateline's country when the countries it names tie: the body names that
/// country again, by any actor of it other than the dateline's place ("Freedonian troops", a Freedonian town).
/// </summary>
internal static class DatelineTie
{
    /// <summary>Whether no country is counted more often than <paramref name="own"/> (none counted: true).</summary>
    public static bool NoneAbove(System.Collections.Generic.Dictionary<string, int>? counts, int own)
    {
        if (counts != null)
        {
            foreach (var pair in counts)
            {
                if (pair.Value > own)
                {
                    return false;
                }
            }
        }

        return true;
    }

    public static bool NamedInBody(ActorExtractionResult actors, int datelineActor)
    {
        var country = actors.Actors[datelineActor].Country;
        foreach (var m in actors.Mentions)
        {
            if (m.Actor != datelineActor && actors.Actors[m.Actor].Country == country)
            {
                return true;
            }
        }

        return false;
    }
}
