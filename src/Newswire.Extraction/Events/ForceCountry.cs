using Newswire.Extraction.Actors;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Events;

/// <summary>
/// Who acts for security forces named by function only ("Police detained ..."): the state of the country they
/// acted in. The place that tells the country (where it happened, the dateline, a capital <see cref="StoryCountry"/>
/// counted) stands for that state only as the country itself or its capital ("Northland", "Riverton" the capital);
/// where the article names the country, that actor acts. A city that is only where things happened ("PORT ELLIS
/// (Wire) - Police detained ...", "... detained 40 protesters in Port Ellis") never acts: no agent then.
/// </summary>
internal static class ForceCountry
{
    /// <summary>The actor standing for <paramref name="place"/>'s state, or -1.</summary>
    public static int Agent(ActorExtractionResult actors, int place)
    {
        if (place < 0 || actors.Actors[place].Country is not { } country || Names(actors.Actors[place], country) == Seat.Country)
        {
            return place;
        }

        for (var i = 0; i < actors.Actors.Count; i++)
        {
            if (Names(actors.Actors[i], country) == Seat.Country)
            {
                return i;
            }
        }

        return Names(actors.Actors[place], country) == Seat.Capital ? place : -1;
    }

    private enum Seat
    {
        None,
        Country,
        Capital,
    }

    // Whether an actor names the country itself ("Northland", "the Northland Republic", as a place or a government),
    // its capital, or neither.
    private static Seat Names(ExtractedActor actor, string country)
    {
        if (actor.Kind == ActorKind.Person || actor.Country != country)
        {
            return Seat.None;
        }

        var name = actor.Name.StartsWith("the ", System.StringComparison.OrdinalIgnoreCase) ? actor.Name.Substring(4) : actor.Name;
        if (Lexicons.Capitals.IsCapital(name, country))
        {
            return Seat.Capital;
        }

        return Lexicons.Capitals.IsCountryOrCapital(name, country) ? Seat.Country : Seat.None;
    }
}
