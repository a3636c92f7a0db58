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

        // Whether the chunk's first token x is the last member of a list after a place noun and "of" ("the towns of
        // Nadi and Lautoka", "the villages of Aro, Bel and Cay"): "and" or "or" before it, earlier members of
        // capitalized words joined by commas, all in one sentence and on one line. A comma alone joins no list ("the
        // village of Karvo, Ada Brelik said").
        private bool InPlaceNounList(int x)
        {
            if (x < 3 || !(_tt.Is(x - 1, "and") || _tt.Is(x - 1, "or")))
            {
                return false;
            }

            var sentence = _tt.SentenceOf(x);
            var w = x - 2;
            for (var members = 0; members < MaxPlaceListMembers; members++)
            {
                while (w > 0 && IsListWord(w - 1, sentence) && (_tokens[w].Flags & TokenFlags.NewlineBefore) == 0)
                {
                    w--;
                }

                if (!IsListWord(w, sentence))
                {
                    return false;
                }

                if (AfterPlaceNounOf(w))
                {
                    return true;
                }

                if (w < 2 || _tokens[w - 1].Kind != TokenKind.Punctuation || _text[_tokens[w - 1].Start] != ',')
                {
                    return false;
                }

                w -= 2;
            }

            return false;
        }

        private bool IsListWord(int t, int sentence) =>
            _tokens[t].IsCapitalized && _tokens[t].Kind == TokenKind.Word && _tt.SentenceOf(t) == sentence;

        private const int MaxPlaceListMembers = 5;

        // A list member is a place by its list's place noun ("Maroka township" by its own, PlaceHeadNames.cs), evidence
        // the tagger did not see (as the phrase is for the first member): it stands without the tagger, as a name the
        // lexicon knows does.
        private void AddKnownPlace(int x, int y, int sentence)
        {
            var count = _mentions.Count;
            AddNamed(x, y, ActorKind.Location, null, null, sentence, false);
            if (_mentions.Count == count + 1 && _mentions[count].First == x)
            {
                var m = _mentions[count];
                m.Known = true;
                _mentions[count] = m;
            }
        }

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
            "towns", "cities", "districts", "provinces", "regions", "communes", "settlements", "ports", "suburbs",
            // the first-level units of Latin America, France, the Arab world and Japan, and Caribbean parishes
            "department", "departments", "governorate", "governorates", "prefecture", "prefectures", "parish",
        });
    }
}
