using Newswire.Extraction.Text;

// Resolve: an acronym the article defines from lower-case words ("sea surface temperature (SST)") is a term, not a
// name, wherever it then stands.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // "... the gross domestic product (GDP) rose ...": the bracketed capitals spell the lower-case words before
        // them, so they abbreviate a common noun phrase; the tagger's reading of "GDP" as an organization is dropped
        // at every occurrence. A name spelled out in capitals ("Harwick Rail Union (HRU)") is not touched.
        private void DropDefinedTerms()
        {
            var tokens = _tokens;
            var caps = _triggers.At(Trigger.AllCaps, out var n); // the acronym's token: t + 1
            for (var i = 0; i < n && caps[i] + 1 < tokens.Length; i++)
            {
                var t = caps[i] - 1;
                if (t >= 1 && IsOpenBracket(t) && tokens[t + 1].Kind == TokenKind.Word && IsCloseBracket(t + 2)
                    && SpellsLowerCaseWords(t + 1, t - 1))
                {
                    DropSingleWordNames(t + 1);
                }
            }
        }

        private bool IsOpenBracket(int t) => _tokens[t].Kind == TokenKind.Punctuation && _tokens[t].Length == 1 && _text[_tokens[t].Start] == '(';

        private bool IsCloseBracket(int t) => _tokens[t].Kind == TokenKind.Punctuation && _tokens[t].Length == 1 && _text[_tokens[t].Start] == ')';

        // Whether the acronym's letters, last first, are the initials of the lower-case words ending at `last`
        // (small function words between them may be skipped: "soil moisture and ocean salinity (SMOS)").
        private bool SpellsLowerCaseWords(int acronym, int last)
        {
            var a = _tokens[acronym];
            if (a.Length < 2 || a.Length > 6)
            {
                return false;
            }

            var j = last;
            for (var k = a.End - 1; k >= a.Start; k--)
            {
                while (j >= 0 && _tokens[j].IsLower && _tokens[j].Kind == TokenKind.Word
                       && char.ToLowerInvariant(_text[k]) != _text[_tokens[j].Start] && IsSkippableInAcronym(j))
                {
                    j--;
                }

                if (j < 0 || !_tokens[j].IsLower || _tokens[j].Kind != TokenKind.Word || char.ToLowerInvariant(_text[k]) != _text[_tokens[j].Start])
                {
                    return false;
                }

                j--;
            }

            return true;
        }

        private bool IsSkippableInAcronym(int j) =>
            _tt.Is(j, "and") || _tt.Is(j, "of") || _tt.Is(j, "for") || _tt.Is(j, "the") || _tt.Is(j, "to") || _tt.Is(j, "in") || _tt.Is(j, "on");

        // Removes every name mention that is exactly one word spelled like token `word`.
        private void DropSingleWordNames(int word)
        {
            var w = _tokens[word];
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                if (m.Count != 1 || !IsNameKind(m.Kind))
                {
                    continue;
                }

                var t = _tokens[m.First];
                if (t.Hash == w.Hash && t.Length == w.Length && string.CompareOrdinal(_text, t.Start, _text, w.Start, w.Length) == 0)
                {
                    _mentions.RemoveAt(i);
                }
            }
        }
    }
}
