using Newswire.Extraction.Text;

// Resolve: "Mahindra & Mahindra", "Procter & Gamble", "Marks & Spencer": capitalized words joined by an ampersand
// name one company (or firm), whatever the parts were read as apart.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // One word on each side and no capitalized word beyond them: longer runs join people ("Ada Brelik & Tom
        // Varga" presenting a show), titles of works ("New & Selected Poems") and names that merely meet at an
        // ampersand ("Harwick Research & Visitors Center"); initials ("R&D") are terms.
        private void JoinAmpersandNames()
        {
            for (var t = 1; t + 1 < _tokens.Length; t++)
            {
                if (_tokens[t].Length != 1 || _text[_tokens[t].Start] != '&' || !AmpersandSideWord(t - 1, t) || !AmpersandSideWord(t + 1, t)
                    || (t >= 2 && IsCapitalizedWordOnLine(t - 2, t - 1)) || (t + 2 < _tokens.Length && IsCapitalizedWordOnLine(t + 2, t + 1)))
                {
                    continue;
                }

                RemoveMentionsWithin(t - 1, t + 2);
                AddNamed(t - 1, t + 2, ActorKind.Organization, null, null, _tt.SentenceOf(t), true);
                t += 2;
            }
        }

        // A capitalized word of three letters or more (not all capitals) on the same line as its neighbour toward
        // the ampersand.
        private bool AmpersandSideWord(int j, int neighbour) =>
            _tokens[j].Length >= 3 && !_tokens[j].IsAllCaps && IsCapitalizedWordOnLine(j, neighbour);

        private bool IsCapitalizedWordOnLine(int j, int neighbour)
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
