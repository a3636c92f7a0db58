using System.Collections.Generic;
using Newswire.Extraction.Analysis;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Places;

/// <summary>
/// The place stage, after actors and events: resolves every Location actor (and every actor an event happened at)
/// to a gazetteer entry, and gives a location the country its entry has when the actor had none.
/// </summary>
internal static class PlaceStage
{
    public static (IReadOnlyList<ExtractedActor> Actors, IReadOnlyList<ExtractedEvent> Events) Apply(
        AnalysisDocument document, IReadOnlyList<ExtractedActor> actors, IReadOnlyList<ExtractedEvent> events)
    {
        var hasPlace = false;
        foreach (var a in actors)
        {
            hasPlace |= a.Kind == ActorKind.Location;
        }

        if (!hasPlace && events.Count == 0)
        {
            return (actors, events);
        }

        var g = Gazetteer.Default;
        var datelineStart = document.DatelineStart;
        var resolution = PlaceResolver.Resolve(g, document.Text, actors, datelineStart);
        var places = resolution.Places;
        EventPlaces.Apply(g, document.Text, actors, events, resolution);

        for (var i = 0; i < actors.Count; i++)
        {
            if (places[i] is { } p)
            {
                actors[i].Place = p;

                // The place's country is the location's: filled when the actor had none, corrected when the
                // article placed a name elsewhere than the lexicon's usual country ("Paris" beside Texas).
                if (actors[i].Country == null || (p.Country != null && p.Kind != PlaceKind.Region && p.Kind != PlaceKind.Landmark))
                {
                    actors[i].Country = p.Country ?? actors[i].Country;
                }
            }
        }

        StateBodyCountry.Apply(actors);
        return (actors, events);
    }
}
