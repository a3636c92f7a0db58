using System.Collections.Generic;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// The last country rule for a story without a dateline: a court report or a party story from a national daily ("The
/// High Court in Port Ellis ...", then two towns of the same country) names its places and rarely its country. When
/// one country holds at least <see cref="MinPlaces"/> of the resolved places (after the place stage) and
/// <see cref="DominanceFactor"/> times the mentions of any other country's places, capital, name or national bodies,
/// the people and bodies nothing else placed take that country, as the datelined rule gives them the dateline's
/// (<see cref="StoryCountryOthers"/>, with the same exceptions). A home story that mentions a buyer in a foreign city
/// is still a home story; one that splits its places between two countries gives none.
/// </summary>
internal static class PlacesCountry
{
    private const int MinPlaces = 2;
    private const int DominanceFactor = 2;

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

    /// <summary>
    /// Gives the pending actors still without a country the one country of the story's places, if any;
    /// <paramref name="story"/>, the country the story's text names clearly (or null), needs only to lead its places.
    /// </summary>
    public static void Apply(IReadOnlyList<ExtractedActor> actors, List<ExtractedActor>? pending, string? story = null)
    {
        if (pending == null || Of(actors, story) is not { } country)
        {
            return;
        }

        foreach (var actor in pending)
        {
            actor.Country ??= country;
        }
    }

    // The country the story's places and country names clearly belong to, or null. Each place or country actor
    // counts its mentions for its country; the top country needs MinPlaces places of its own and
    // DominanceFactor times the mentions of every other one (a story that visits a neighbour still names home far
    // more often; a story country the text names clearly needs only to lead).
    private static string? Of(IReadOnlyList<ExtractedActor> actors, string? story)
    {
        var mentions = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var places = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var a in actors)
        {
            if (a.Country == null || a.Kind == ActorKind.Person)
            {
                continue;
            }

            mentions.TryGetValue(a.Country, out var n);
            mentions[a.Country] = n + a.Mentions.Count;
            if (a.Kind == ActorKind.Location)
            {
                places.TryGetValue(a.Country, out var p);
                places[a.Country] = p + 1;
            }
        }

        var (best, top, second) = CountryTally.Leader(mentions);
        var factor = best != null && best == story ? 1 : DominanceFactor;
        return best != null && places.TryGetValue(best, out var own) && own >= MinPlaces && top > second && top >= factor * second ? best : null;
    }
}
