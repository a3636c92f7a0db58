using Newswire.Extraction.Text;

// Resolve: "Image: Ada Brelik It seems ...", "Thanks, Ada This is ...", "allied with Green Dawn In the 1990s": a caption,
// a signature or a lost full stop runs a name into the next sentence, whose capitalized first word (a pronoun, an
// article, a preposition) the tagger or the chunker then takes as the name's last word. Such a word before a lower-case
// word or a number ends no name: the mention stops before it, and the actor keeps the name without it.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void SplitTrailingOpeners()
        {
            for (var i = 0; i < _mentions.Count; i++)
            {
                var m = _mentions[i];
                if (!IsNameKind(m.Kind) || m.Actor.Entry != null || m.NameCount == 0)
                {
                    continue;
                }

                var end = m.NameFirst + m.NameCount;
                if (end - m.NameFirst >= 2 && m.First + m.Count == end && IsSentenceOpener(end - 1) && OpensClause(end))
                {
                    m.Count--;
                    m.NameCount--;
                    _mentions[i] = m;
                }

                // Also when the name already stopped before the opener but the actor was named from the phrase with it.
                DropTrailingWordFromName(m.Actor, SpanText(m.NameFirst, m.NameFirst + m.NameCount), SentenceOpeners);
            }
        }

        private bool IsSentenceOpener(int t) =>
            _tokens[t].Kind == TokenKind.Word && _tokens[t].IsCapitalized && !_tokens[t].IsAllCaps && SentenceOpeners.Contains(_text, _tokens[t]);

        // The word after the opener goes on a clause: a lower-case word or a number.
        private bool OpensClause(int t) =>
            t < _tokens.Length && (_tokens[t].Kind == TokenKind.Number || (_tokens[t].Kind == TokenKind.Word && _tokens[t].IsLower));

        // Words that open sentences and end no name ("I" is a numeral in "World War I").
        private static readonly TermTable<bool> SentenceOpeners = WordTable(
            "it", "this", "that", "these", "those", "there", "the", "in", "on", "at", "as", "if", "when", "we", "he", "she",
            "they", "you", "our", "my", "his", "her", "their", "after", "before", "during", "since", "but", "and", "so");
    }
}
