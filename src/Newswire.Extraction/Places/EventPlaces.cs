using System.Collections.Generic;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Places
{
    /// <summary>Where each event happened: placeholder until the clause rules land.</summary>
    internal static class EventPlaces
    {
        public static IReadOnlyList<ExtractedEvent> Apply(string text, IReadOnlyList<ExtractedActor> actors, IReadOnlyList<ExtractedEvent> events, Place?[] places, Gazetteer g) => events;
    }
}
