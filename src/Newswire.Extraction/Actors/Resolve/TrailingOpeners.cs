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
                DropOpenerFromName(m.Actor, SpanText(m.NameFirst, m.NameFirst + m.NameCount));
            }
        }

        // The actor was named from the phrase with the opener ("Ada Brelik It"): it takes the shorter name.
        private void DropOpenerFromName(ActorBuilder actor, string name)
        {
            if (actor.Name.Length <= name.Length + 1 || !actor.Name.StartsWith(name + " ", System.StringComparison.Ordinal))
            {
                return;
            }

            var rest = actor.Name.Substring(name.Length + 1);
            if (SentenceOpeners.TryGet(rest, 0, rest.Length, TermKey.Hash(rest, 0, rest.Length), out _))
            {
                actor.Name = name;
                _byName[(int)actor.Kind].Set(name, actor);
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
