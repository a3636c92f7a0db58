using System.Collections.Generic;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// The last country rule for a story without a dateline: a court report or a party story from a national daily ("The
/// High Court in Port Ellis ...", then two towns of the same country) names its places and never its country. When
/// the resolved places (after the place stage) are at least <see cref="MinPlaces"/> and all lie in one country, and
/// no country of another is named as an actor, the people and bodies nothing else placed take that country, as the
/// datelined rule gives them the dateline's (<see cref="StoryCountryOthers"/>, with the same exceptions).
/// </summary>
internal static class PlacesCountry
{
    private const int MinPlaces = 3;

    /// <summary>
    /// The candidates (first name mentions of <paramref name="offices"/> and <paramref name="others"/>) still without a
    /// country that may take the places' country later, or null when none.
    /// </summary>
    public static List<ExtractedActor>? Pending(TokenizedText text, ActorExtractionResult actors, List<int> offices, List<int> others)
    {
        List<ExtractedActor>? pending = null;
        Add(text, actors, offices, ref pending);
        Add(text, actors, others, ref pending);
        return pending;
    }

    private static void Add(TokenizedText text, ActorExtractionResult actors, List<int> firsts, ref List<ExtractedActor>? pending)
    {
        foreach (var k in firsts)
        {
            var actor = actors.Actors[actors.Mentions[k].Actor];
            if (actor.Country == null && StoryCountryOthers.MayTake(text, actors.Mentions[k]))
            {
                (pending ??= new List<ExtractedActor>()).Add(actor);
            }
        }
    }

    /// <summary>Gives the pending actors still without a country the one country of the story's places, if any.</summary>
    public static void Apply(IReadOnlyList<ExtractedActor> actors, List<ExtractedActor>? pending)
    {
        if (pending == null || Of(actors) is not { } country)
        {
            return;
        }

        foreach (var actor in pending)
        {
            actor.Country ??= country;
        }
    }

    // The one country of the resolved places, or null (too few places, or two countries).
    private static string? Of(IReadOnlyList<ExtractedActor> actors)
    {
        string? country = null;
        var places = 0;
        foreach (var a in actors)
        {
            if (a.Country == null || a.Kind == ActorKind.Person
                || (a.Kind == ActorKind.Organization && !Lexicons.Capitals.IsCountryOrCapital(a.Name, a.Country)))
            {
                continue;
            }

            if (country != null && country != a.Country)
            {
                return null;
            }

            country = a.Country;
            places += a.Kind == ActorKind.Location ? 1 : 0;
        }

        return places >= MinPlaces ? country : null;
    }
}
