using System;
using Newswire.Extraction.Lexicons;

// Link: a club or company named for its city is named again without it: "Harwick Rovers" after "Harwick Rovers
// Marlow", "Dynamo" after "Dynamo Marlow". The shorter name (whatever kind it was read as: "Rovers" alone may pass for
// a place) is the organization, when the full name's last word is a place (the article's or the lexicon's) and exactly
// one organization fits.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void MergePlaceTailNames(int[] names)
        {
            for (var f = 0; f < _actors.Count; f++)
            {
                var full = _actors[f];
                var space = full.Name.LastIndexOf(' ');
                if (full.Kind != ActorKind.Organization || names[full.Index] == 0 || space <= 0 || !IsPlaceWord(full.Name, space + 1))
                {
                    continue;
                }

                if (SoleShortForm(full, space, names) is { } shorter)
                {
                    MergeInto(shorter, full, names);
                }
            }
        }

        // The one named actor (not the lexicon's) called by the full name's words before its place, or null.
        private ActorBuilder? SoleShortForm(ActorBuilder full, int space, int[] names)
        {
            ActorBuilder? found = null;
            foreach (var a in _actors)
            {
                if (a == full || a.Entry != null || names[a.Index] == 0 || a.Name.Length != space
                    || string.Compare(a.Name, 0, full.Name, 0, space, StringComparison.OrdinalIgnoreCase) != 0)
                {
                    continue;
                }

                if (found != null)
                {
                    return null;
                }

                found = a;
            }

            return found;
        }

        // Whether name[start..] is one word naming a place: a place actor of the article or a lexicon place.
        private bool IsPlaceWord(string name, int start)
        {
            if (!char.IsUpper(name[start]))
            {
                return false;
            }

            for (var ka = 0; ka < _actors.Count; ka++) // indexed: the list enumerator's MoveNext is a call per actor
            {
                var a = _actors[ka];
                if (a.Kind == ActorKind.Location && a.Name.Length == name.Length - start
                    && string.CompareOrdinal(a.Name, 0, name, start, name.Length - start) == 0)
                {
                    return true;
                }
            }

            return _lex.MatchWord(name, start, name.Length - start, out var m) && m.Entry.Kind == LexiconKind.Place;
        }
    }
}
