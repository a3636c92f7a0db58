using Newswire.Extraction.Text;

// Resolve: "the village of Karvo", "the island of Tessa", "the district of Dunel": an unknown name after a place noun
// and "of" is that place, whatever its shape ("Marsak" alone reads as a surname otherwise).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Whether the chunk's first token x follows a lower-case place noun and "of".
        private bool AfterPlaceNounOf(int x) =>
            x >= 2 && _tokens[x - 1].Length == 2 && _tt.Is(x - 1, "of") && _tokens[x - 2].IsLower && PlaceNouns.Contains(_text, _tokens[x - 2]);

        // The place x..y with its phrase ("the village of Karvo"): a name in a phrase is evidence the tagger need not
        // confirm; the name alone is exported.
        private void AddPlaceOfNoun(int x, int y, int sentence)
        {
            var count = _mentions.Count;
            AddNamed(x, y, ActorKind.Location, null, null, sentence, false);
            if (_mentions.Count == count + 1 && _mentions[count].First == x)
            {
                var m = _mentions[count];
                var first = PlaceNounStart(x - 2);
                m.Count += m.First - first;
                m.First = first;
                _mentions[count] = m;
            }
        }

        private static readonly TermTable<bool> PlaceNouns = Table(new[]
        {
            "village", "villages", "town", "city", "island", "islands", "district", "province", "region", "municipality",
            "hamlet", "commune", "county", "port", "settlement", "township", "atoll", "archipelago", "oasis", "suburb",
        });
    }
}
