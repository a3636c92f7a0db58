// Link: "Marlow" named alone beside "Marlow, Texas" is the same place, also when the tagger read the lone word as a
// person ("residents of Marlow"; an organization named so is often the town's team or council): one actor, the located name with the short one as an alias (the state is
// an actor of its own, AddLocatedIn).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void MergeLocatedInPlaces(int[] names)
        {
            foreach (var located in _actors)
            {
                var comma = located.Name.IndexOf(", ", System.StringComparison.Ordinal);
                if (located.Kind != ActorKind.Location || comma <= 0 || names[located.Index] == 0)
                {
                    continue;
                }

                foreach (var place in _actors)
                {
                    if (place != located && place.Kind != ActorKind.Organization && place.Entry == null && place.Name.Length == comma && names[place.Index] > 0
                        && string.Compare(place.Name, 0, located.Name, 0, comma, System.StringComparison.OrdinalIgnoreCase) == 0)
                    {
                        MergeInto(place, located, names);
                    }
                }
            }
        }
    }
}
