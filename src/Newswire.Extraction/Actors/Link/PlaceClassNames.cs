using System;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Link: a place named with its class word ("Okinawa Prefecture", "Jeju Island", "Kiambu County") and named again
// without it ("Okinawa officials said") is one place; the full name stays the actor's name and the short one its
// alias. The short place must be a place of the same country (or of none) and the only actor of that name.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void MergePlaceClassNames(int[] names)
        {
            for (var f = 0; f < _actors.Count; f++)
            {
                var full = _actors[f];
                var space = full.Name.LastIndexOf(' ');
                if (full.Kind != ActorKind.Location || names[full.Index] == 0 || space <= 0 || !EndsInPlaceClass(full.Name, space + 1))
                {
                    continue;
                }

                if (SolePlaceShortForm(full, space, names) is { } shorter)
                {
                    MergeInto(shorter, full, names);
                    MoveInnerNames(shorter, full);
                }
            }
        }

        // "Okinawa Gov. X": the place before a title is a name kept beside the person's phrase (TitleOwnerNames), not
        // among the mentions; it goes with its actor too.
        private bool HasInnerName(ActorBuilder a)
        {
            if (_inner != null)
            {
                foreach (var (inner, _) in _inner)
                {
                    if (inner.Actor == a)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private void MoveInnerNames(ActorBuilder from, ActorBuilder into)
        {
            for (var i = 0; _inner != null && i < _inner.Count; i++)
            {
                var (inner, phrase) = _inner[i];
                if (inner.Actor == from)
                {
                    inner.Actor = into;
                    _inner[i] = (inner, phrase);
                }
            }
        }

        private static bool EndsInPlaceClass(string name, int start) =>
            WordLists.PlaceClassWords.TryGet(name, start, name.Length - start, TermKey.Hash(name, start, name.Length - start), out _);

        // The one named place called by the full name's words before its class word, or null.
        private ActorBuilder? SolePlaceShortForm(ActorBuilder full, int space, int[] names)
        {
            ActorBuilder? found = null;
            foreach (var a in _actors)
            {
                if (a == full || (names[a.Index] == 0 && !HasInnerName(a)) || a.Name.Length != space
                    || string.Compare(a.Name, 0, full.Name, 0, space, StringComparison.Ordinal) != 0)
                {
                    continue;
                }

                if (found != null || a.Kind != ActorKind.Location || (a.Country != null && full.Country != null && a.Country != full.Country))
                {
                    return null;
                }

                found = a;
            }

            return found;
        }
    }
}
