using Newswire.Extraction.Text;

// Resolve: an era's letters next to a year ("700 BC", "AD 79") are no name, whatever the tagger reads.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // "settled around 1000 BC", "in AD 79": next to a number the all-caps era letters date it (in the training text
        // no name 10 times in 11, once inside a work's title); alone they may be a place's or a body's letters ("BC
        // Hydro", "the AD said"), so only the number frame drops them.
        private void DropEraAbbreviations()
        {
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                if (m.NameCount != 1 || m.Actor.Entry != null || !IsNameKind(m.Kind))
                {
                    continue;
                }

                var t = m.NameFirst;
                var word = _tokens[t];
                if (word.IsAllCaps && word.Length <= 3 && EraLetters.Contains(_text, word) && NumberBeside(t))
                {
                    _mentions.RemoveAt(i);
                }
            }
        }

        private bool NumberBeside(int t) =>
            (t > 0 && _tokens[t - 1].Kind == TokenKind.Number) || (t + 1 < _tokens.Length && _tokens[t + 1].Kind == TokenKind.Number);

        private static readonly TermTable<bool> EraLetters = WordTable("bc", "bce", "ad", "ce");
    }
}
