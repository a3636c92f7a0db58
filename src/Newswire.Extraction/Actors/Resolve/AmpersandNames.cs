using Newswire.Extraction.Text;

// Resolve: "Mahindra & Mahindra", "Procter & Gamble", "Marks & Spencer": capitalized words joined by an ampersand
// name one company (or firm), whatever the parts were read as apart.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private const int MaxAmpersandSideWords = 3;

        private void JoinAmpersandNames()
        {
            for (var t = 1; t + 1 < _tokens.Length; t++)
            {
                if (_tokens[t].Length != 1 || _text[_tokens[t].Start] != '&' || !AmpersandSideWord(t - 1, t) || !AmpersandSideWord(t + 1, t))
                {
                    continue;
                }

                var first = t - 1;
                while (first > 0 && t - first < MaxAmpersandSideWords && AmpersandSideWord(first - 1, first) && !IsThe(first - 1))
                {
                    first--;
                }

                var end = t + 2;
                while (end < _tokens.Length && end - t <= MaxAmpersandSideWords && AmpersandSideWord(end, end - 1))
                {
                    end++;
                }

                RemoveMentionsWithin(first, end);
                AddNamed(first, end, ActorKind.Organization, null, null, _tt.SentenceOf(t), true);
                t = end;
            }
        }

        // A capitalized word on the same line as its neighbour toward the ampersand.
        private bool AmpersandSideWord(int j, int neighbour)
        {
            ref readonly var w = ref _tokens[j];
            var later = j > neighbour ? j : neighbour;
            return w.Kind == TokenKind.Word && (w.IsCapitalized || w.IsAllCaps) && (_tokens[later].Flags & TokenFlags.NewlineBefore) == 0;
        }

        private void RemoveMentionsWithin(int first, int end)
        {
            for (var k = _mentions.Count - 1; k >= 0; k--)
            {
                var m = _mentions[k];
                if (m.First < end && m.First + m.Count > first)
                {
                    _mentions.RemoveAt(k);
                }
            }
        }
    }
}
