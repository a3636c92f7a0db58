using Newswire.Extraction.Actors;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Events;

/// <summary>
/// Who acts for security forces named by function only ("Police detained ..."): the state of the country they
/// acted in. The place that tells the country (where it happened, the dateline, a capital <see cref="StoryCountry"/>
/// counted) stands for that state only as the country itself or its capital ("Northland", "Riverton" the capital);
/// where the article names the country (else its capital), that actor acts. A city that is only where things happened ("PORT ELLIS
/// (Wire) - Police detained ...", "... detained 40 protesters in Port Ellis") acts only when the article names
/// neither the country nor its capital: the arrest is still an event of that state, and the city carries its country.
/// </summary>
internal static class ForceCountry
{
    /// <summary>
    /// Whether <paramref name="place"/> tells whose forces act: it has a country, or the gazetteer gives its town one
    /// that the article names (itself or its capital); a town alone stands for no state it does not name.
    /// </summary>
    public static bool TellsState(ActorExtractionResult actors, ExtractedActor place, bool town) =>
        place.Country != null || (town && TownCountry(place) is { } country && OfCountry(actors, country) >= 0);

    /// <summary>
    /// The actor standing for <paramref name="place"/>'s state, or -1; with <paramref name="town"/> a town the gazetteer
    /// knows gives its country (police in a town; other forces fight far from home).
    /// </summary>
    public static int Agent(ActorExtractionResult actors, int place, bool town = false)
    {
        if (place < 0 || (actors.Actors[place].Country ?? (town ? TownCountry(actors.Actors[place]) : null)) is not { } country
            || NamesCountry(actors.Actors[place], country))
        {
            return place;
        }

        var state = OfCountry(actors, country);
        return state >= 0 ? state : place; // neither the country nor its capital named: the place still says whose forces they are
    }

    // Small towns are left out of TownCountry: the gazetteer lists towns of 5,000 people, and a small namesake abroad
    // may be the only entry of a name whose city it lacks.
    private const long TownPopulation = 20000;

    // "Police in Kitwe arrested ...": the gazetteer gives places their countries after the events are read, so a town
    // the actors left without one takes the one country whose towns or divisions bear its name (none when several do).
    internal static string? TownCountry(ExtractedActor place)
    {
        if (place.Kind != ActorKind.Location)
        {
            return null;
        }

        string? country = null;
        var g = Places.Gazetteer.Default;
        foreach (var (index, alias) in g.Find(Places.PlaceNames.Key(place.Name)))
        {
            var e = g[index];
            if (alias || e.Country is null || e.Kind is not (PlaceKind.City or PlaceKind.Capital or PlaceKind.Admin1) || e.Population < TownPopulation)
            {
                continue;
            }

            if (country != null && country != e.Country)
            {
                return null;
            }

            country = e.Country;
        }

        return country;
    }

    /// <summary>
    /// Who acts for forces said to be in <paramref name="place"/> (<see cref="Agent"/>'s answer): when that is still a
    /// city, the article's own force of that country ("Bangladesh police" named in the headline) acts instead.
    /// </summary>
    public static int ForceAgent(ActorExtractionResult actors, int place, System.Func<string, bool> isForceWord, bool town = false)
    {
        var agent = Agent(actors, place, town);
        if (agent < 0 || actors.Actors[agent].Kind != ActorKind.Location || actors.Actors[agent].Country is not { } country
            || NamesCountry(actors.Actors[agent], country))
        {
            return agent;
        }

        for (var i = 0; i < actors.Actors.Length; i++)
        {
            var a = actors.Actors[i];
            var space = a.Name.LastIndexOf(' ');
            if (a.Kind == ActorKind.Organization && a.Country == country && space > 0 && isForceWord(a.Name.Substring(space + 1)))
            {
                return i;
            }
        }

        return agent;
    }

    /// <summary>
    /// Whether two force words name the same kind of force: the same word, or two words for the army ("soldiers",
    /// "troops") or for the police ("police", "policemen").
    /// </summary>
    public static bool SameForce(string a, string b) =>
        string.Equals(a, b, System.StringComparison.OrdinalIgnoreCase) || (Kind(a) is { } k && k == Kind(b));

    /// <summary>Whether a force word names the police ("police", "gendarmes").</summary>
    public static bool IsPolice(string word) => Kind(word) == "police";

    private static string? Kind(string word) =>
        ForceKinds.TryGetValue(word, out var kind) ? kind : null;

    // Words for one kind of force; a force word not listed matches only itself.
    private static readonly System.Collections.Generic.Dictionary<string, string> ForceKinds = Kinds(
        ("army", "soldiers troops army military forces soldier troop servicemen"),
        ("police", "police policemen officers gendarmes gendarmerie"));

    private static System.Collections.Generic.Dictionary<string, string> Kinds(params (string Kind, string Words)[] kinds)
    {
        var map = new System.Collections.Generic.Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var (kind, words) in kinds)
        {
            foreach (var w in words.Split(' '))
            {
                map[w] = kind;
            }
        }

        return map;
    }

    /// <summary>The actor naming <paramref name="country"/> itself, else its capital, or -1 when the article names neither.</summary>
    public static int OfCountry(ActorExtractionResult actors, string country)
    {
        var capital = -1;
        for (var i = 0; i < actors.Actors.Length; i++)
        {
            var a = actors.Actors[i];
            if (NamesCountry(a, country))
            {
                return i;
            }

            if (capital < 0 && a.Kind != ActorKind.Person && (a.Country == country || (a.Country == null && a.Kind == ActorKind.Location))
                && Lexicons.Capitals.IsCapital(a.Name, country))
            {
                capital = i;
            }
        }

        return capital;
    }

    // Whether an actor names the country itself ("Northland", "the Northland Republic", as a place or a government),
    // not its capital or another of its places.
    private static bool NamesCountry(ExtractedActor actor, string country)
    {
        if (actor.Kind == ActorKind.Person || actor.Country != country)
        {
            return false;
        }

        var name = actor.Name.StartsWith("the ", System.StringComparison.OrdinalIgnoreCase) ? actor.Name.Substring(4) : actor.Name;
        return !Lexicons.Capitals.IsCapital(name, country) && Lexicons.Capitals.IsCountryOrCapital(name, country);
    }
}
