using Newswire.Extraction.Text;

// Resolve: road numbers ("the M4 westbound", "the B212 road") are places, as CoNLL names them; the tagger reads
// letter-and-digit codes as no name.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // "Take the M4 westbound to junction 9, then the M40 and the A34": a code shown to be a road by the word after
        // it (a direction, "motorway", "road") or by the road it names in brackets ("Harwick Ring Road (B212)") makes
        // every code of the article with the same letter a road. Without such a sign a code stays no name (aircraft,
        // rifles and flights are written the same way: "the A320", "an M16").
        private void AddRoadCodes()
        {
            var letters = 0;
            var digits = _triggers.At(Trigger.Digit, out var n);
            for (var i = 0; i < n; i++)
            {
                var t = digits[i];
                if (IsRoadCode(t) && ShownAsRoad(t))
                {
                    letters |= LetterBit(t);
                }
            }

            if (letters == 0)
            {
                return;
            }

            var covered = CoveredTokens();
            for (var t = 0; t < _tokens.Length; t++)
            {
                if (!covered[t] && (letters & LetterBit(t)) != 0 && IsRoadCode(t))
                {
                    AddNamed(t, t + 1, ActorKind.Location, null, null, _tt.SentenceOf(t), false);
                }
            }
        }

        private int LetterBit(int t) => 1 << (_text[_tokens[t].Start] - 'A');

        // One or two capital letters, one to four digits, at most one capital letter after them: "M4", "A1M", "B2130".
        private bool IsRoadCode(int t)
        {
            var token = _tokens[t];
            if (token.Kind != TokenKind.Word || (token.Flags & TokenFlags.HasDigit) == 0 || token.Length < 2 || token.Length > 6)
            {
                return false;
            }

            var i = token.Start;
            var end = token.End;
            var letters = 0;
            while (i < end && _text[i] >= 'A' && _text[i] <= 'Z' && letters < 3)
            {
                i++;
                letters++;
            }

            var digits = 0;
            while (i < end && _text[i] >= '0' && _text[i] <= '9')
            {
                i++;
                digits++;
            }

            if (i < end && _text[i] >= 'A' && _text[i] <= 'Z')
            {
                i++;
            }

            return letters is >= 1 and <= 2 && digits is >= 1 and <= 4 && i == end;
        }

        private bool ShownAsRoad(int t)
        {
            if (t + 1 < _tokens.Length && _tokens[t + 1].IsLower && RoadWords.Contains(_text, _tokens[t + 1]))
            {
                return true;
            }

            // "Harwick Ring Road (B212)": the code of the road just named.
            return t >= 2 && _tokens[t - 1].Kind == TokenKind.Punctuation && _text[_tokens[t - 1].Start] == '('
                   && _tokens[t - 2].IsCapitalized && RoadHeads.Contains(_text, _tokens[t - 2]);
        }

        private static readonly TermTable<bool> RoadWords = WordTable(
            "northbound", "southbound", "eastbound", "westbound", "motorway", "road", "highway", "freeway", "expressway",
            "carriageway", "bypass", "interchange", "exit");

        private static readonly TermTable<bool> RoadHeads = WordTable(
            "road", "highway", "motorway", "freeway", "expressway", "bypass", "route", "way");

        private static TermTable<bool> WordTable(params string[] words)
        {
            var table = new TermTable<bool>(words.Length);
            foreach (var w in words)
            {
                table.Set(w, true);
            }

            return table;
        }
    }
}
