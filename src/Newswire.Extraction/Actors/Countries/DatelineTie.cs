namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// Evidence that a story is told from its dateline's country when the countries it names tie: the body names that
/// country again, by any actor of it other than the dateline's place ("Freedonian troops", a Freedonian town).
/// </summary>
internal static class DatelineTie
{
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
