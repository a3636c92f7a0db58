using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Propose: titles whose complement is a place before the holder's name. "Egyptian Ambassador to Kenya Hamdi Rasul"
// (a posting: the country is where the ambassador serves, the name follows it) and "Governor of Lagos State Ivo
// Marek", "Governor of Itapua Department Juan Carlos Ruiz Diaz" (the place ends at its division word). The name is the
// person's, the title with its complement the role (the titled span covers the place, as it covers "Secretary of State").
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Titles that name a posting abroad with "to".
        private static readonly TermTable<bool> PostingTitles = TermTables.Words("ambassador", "envoy", "consul", "representative");

        // Words that end the name of an administrative division ("Lagos State", "Issyk-Kul Region").
        private static readonly TermTable<bool> DivisionWords = TermTables.Words(
            "state", "region", "province", "department", "district", "county", "governorate", "oblast", "prefecture", "municipality", "territory");

        // "to" at j joins "Ambassador" to a known place when two capitalized words follow the place: the chunk is
        // then read as one titled person.
        private bool PostingTo(int j, int end)
        {
            if (!_tt.Is(j, "to") || j == 0 || !_tokens[j - 1].IsCapitalized || !PostingTitles.Contains(_text, _tokens[j - 1])
                || !MatchAt(j + 1, end, out var m) || m.Entry.Kind == LexiconKind.Person || m.Entry.Kind == LexiconKind.Organization)
            {
                return false;
            }

            var name = j + 1 + m.TokenCount;
            return name + 1 < end && IsNameWord(name) && IsNameWord(name + 1) && _tokens[name].IsCapitalized;
        }

        // After "Title to/of", the segment index where the holder's name starts once the place complement is taken off,
        // or nameFrom unchanged.
        private int NameAfterPlaceComplement(int nameFrom, int titleIndex)
        {
            var n = _segs.Count;
            if (titleIndex < 0 || titleIndex + 4 >= n || _segs[titleIndex + 1].Type != Seg.Connector)
            {
                return nameFrom;
            }

            var connector = _segs[titleIndex + 1].Start;
            var place = titleIndex + 2;
            var end = -1;
            if (_tt.Is(connector, "to") && _segs[place].Type == Seg.Lex && _segs[place].Entry!.Kind != LexiconKind.Person)
            {
                end = place + 1;
            }
            else if (_tt.Is(connector, "of"))
            {
                end = DivisionEnd(place);
            }

            return end < 0 || !NameRunFrom(end, n) ? nameFrom : end;
        }

        // "Lagos State", "Itapua Department": capitalized words (or one known place) closed by a division word; the
        // segment index after it, else -1.
        private int DivisionEnd(int place)
        {
            for (var k = place; k < _segs.Count && k < place + 3; k++)
            {
                var sg = _segs[k];
                if (sg.Type == Seg.Name && sg.Count == 1 && k > place && _tokens[sg.Start].IsCapitalized && DivisionWords.Contains(_text, _tokens[sg.Start]))
                {
                    return k + 1;
                }

                if (!(sg.Type == Seg.Name || sg.Type == Seg.Lex && sg.Entry!.Kind != LexiconKind.Person && sg.Entry.Kind != LexiconKind.Organization))
                {
                    return -1;
                }
            }

            return -1;
        }

        // At least two words from segment k to the chunk's end, all name words or a known person's.
        private bool NameRunFrom(int k, int n)
        {
            var words = 0;
            for (var i = k; i < n; i++)
            {
                var sg = _segs[i];
                if (!IsNameRunSeg(sg, i))
                {
                    return false;
                }

                words += sg.Count;
            }

            return words >= 2;
        }
    }
}
