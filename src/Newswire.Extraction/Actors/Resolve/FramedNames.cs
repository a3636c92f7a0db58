using Newswire.Extraction.Text;

// Resolve: a capitalized run no mention covers, in a company frame ("executives of Tavenor", "a member of Quill
// Union"), is an organization's name the tagger missed.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Only the "of/at" office, market and member frames (see ContextTypes.cs for their counts in the training text);
        // the run stops at the first word that is not capitalized, at a possessive ("members of Ruiz's cabinet") or at
        // a word a mention already covers.
        private void AddFramedNames()
        {
            for (var t = 0; t + 2 < _tokens.Length; t++)
            {
                if (!_tokens[t + 2].IsCapitalized || !_tokens[t + 1].IsLower || _tokens[t].Kind != TokenKind.Word
                    || LeftFrame(t, t + 1, t + 2) != ActorKind.Organization || IsCovered(t + 2))
                {
                    continue;
                }

                var end = t + 2;
                var sentence = _tt.SentenceOf(end);
                while (end < _tokens.Length && _tt.SentenceOf(end) == sentence && _tokens[end].Kind == TokenKind.Word
                    && _tokens[end].IsCapitalized && !IsCovered(end))
                {
                    end++;
                }

                if (end < _tokens.Length && _tokens[end].Kind == TokenKind.Possessive)
                {
                    continue;
                }

                AddNamed(t + 2, end, ActorKind.Organization, null, null, sentence, false);
            }
        }

        private bool IsCovered(int t)
        {
            foreach (var m in _mentions)
            {
                if (t >= m.First && t < m.First + m.Count)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
