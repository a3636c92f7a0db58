using System.Collections.Generic;
using Newswire.Extraction.Text;

// Resolve: a "person" whose name ends in a building's, a landform's or a body's head word ("Harwick Palace", "Thomas
// Shoal", "Kessel Institute")
// is that place or organization, and the head word alone is no person.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Only heads no surname is spelled like: "Hall", "Church", "Field" or "Lane" may end a person's name. Roads,
        // bridges, stations and docks end no person's name of two words or more in the training text ("Street" 19 places,
        // "Road" 13, "Bridge" 9, "Station" 23, "Expressway" 5, "Dock(s)" 6, no person), though a lone "Street" may (StreetHeads).
        private void RetypeHeadedPersons()
        {
            List<(int First, int End, ActorKind Kind)>? retyped = null;
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                if (m.Actor.Kind != ActorKind.Person || m.Actor.Entry != null || !IsNameKind(m.Kind))
                {
                    continue;
                }

                var last = _tokens[m.NameFirst + m.NameCount - 1];
                var kind = !last.IsCapitalized ? (ActorKind?)null
                    : PlaceHeads.Contains(_text, last) || (m.NameCount > 1 && StreetHeads.Contains(_text, last)) ? ActorKind.Location
                    : BodyHeads.Contains(_text, last) ? ActorKind.Organization
                    : null;
                if (kind == null)
                {
                    continue;
                }

                // A title the person reading cut off belongs to the place's name ("Imam Kessel Mosque"); a determiner does not.
                _mentions.RemoveAt(i);
                var first = IsArticle(m.First) ? m.First + 1 : m.First;
                var end = m.NameFirst + m.NameCount;
                if (end - first > 1)
                {
                    (retyped ??= new List<(int, int, ActorKind)>()).Add((first, end, kind.Value));
                }
            }

            if (retyped == null)
            {
                return;
            }

            for (var r = retyped.Count - 1; r >= 0; r--)
            {
                var (first, end, kind) = retyped[r];
                AddNamed(first, end, kind, null, null, _tt.SentenceOf(first), false);
            }
        }

        private static readonly TermTable<bool> PlaceHeads = WordTable(
            "museum", "mosque", "palace", "hotel", "cathedral", "stadium", "airport", "temple", "gym", "arena", "memorial",
            "monument", "cemetery", "theatre", "theater", "library", "square", "boulevard", "avenue", "pavilion", "minster",
            "shoal", "reef", "atoll", "strait", "peninsula", "archipelago", "glacier", "lagoon", "canal", "volcano");

        // Only after another word: a lone "Street" or "Bridge" may be a surname.
        private static readonly TermTable<bool> StreetHeads = WordTable(
            "street", "road", "bridge", "highway", "expressway", "freeway", "motorway", "station", "dock", "docks", "tunnel",
            "pier", "wharf");

        private static readonly TermTable<bool> BodyHeads = WordTable(
            "university", "ministry", "committee", "council", "commission", "agency", "institute", "corporation",
            "association", "federation", "academy", "hospital", "college", "company", "party", "orchestra", "laboratory",
            "lab", "translators", "records", "foundation", "society", "band", "org", "ensemble", "choir", "quartet",
            // Sports and trades no one's name ends in ("Major League Soccer" read as a major, "General Dynamics" as a general).
            "baseball", "soccer", "football", "hockey", "basketball", "rugby", "cricket", "athletics", "dynamics", "airways",
            "pharmaceuticals", "petroleum", "telecom");
    }
}
