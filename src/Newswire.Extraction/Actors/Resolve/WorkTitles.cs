using Newswire.Extraction.Text;

// Resolve: "her first novel, "The River Has Seven Mouths", won", "the film 'Harwick Nights'": a quoted title right after
// a noun for a work names the work (CoNLL's MISC), and the names read inside it ("River", "Harwick") name no actor.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private const int MaxTitleTokens = 14;

        private void DropWorkTitles()
        {
            var tokens = _tokens;
            var quotes = _triggers.At(Trigger.Quote, out var n);
            var from = 1; // past the last title read
            for (var i = 0; i < n && quotes[i] + 1 < tokens.Length; i++)
            {
                var t = quotes[i];
                if (t < from || !AfterWorkNoun(t))
                {
                    continue;
                }

                var close = ClosingQuote(t + 1);
                if (close > t + 1)
                {
                    var none = -1;
                    RemoveMentionsWithin(t + 1, close, ref none);
                    from = close + 1;
                }
            }
        }

        // A work noun right before the quote, or before a comma before it ("her first novel, "...").
        private bool AfterWorkNoun(int quote)
        {
            var noun = quote - 1;
            if (noun >= 1 && IsComma(noun))
            {
                noun--;
            }

            return _tokens[noun].Kind == TokenKind.Word && _tokens[noun].IsLower && WorkNouns.Contains(_text, _tokens[noun]);
        }

        // The quote closing the title, in the same sentence and within a title's length, or -1.
        private int ClosingQuote(int from)
        {
            var sentence = _tt.SentenceOf(from);
            for (var k = from; k < _tokens.Length && k - from < MaxTitleTokens && _tt.SentenceOf(k) == sentence; k++)
            {
                if (_tokens[k].Is(TokenFlags.Quote))
                {
                    return k;
                }
            }

            return -1;
        }

        private static readonly TermTable<bool> WorkNouns = WordTable(
            "novel", "book", "memoir", "film", "movie", "documentary", "song", "single", "album", "play", "poem", "opera",
            "series", "sitcom", "painting", "essay", "collection", "title");
    }
}
