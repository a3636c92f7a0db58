using Newswire.Extraction.Text;

// Resolve: "the ruling Harwick Progressives Congress (HPC)": a bracketed acronym spells the whole name before it, where
// a shorter reading (a lexicon body's generic word, "Congress") took only its last words.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private const int MaxSpelledWords = 6;

        // Party and agency names often end in a word the lexicon knows as another country's body ("Congress",
        // "Assembly", "Council"); the lexicon's reading wins there and drops the words before it. When the article
        // defines an acronym right after, whose letters are exactly the initials of the capitalized words before the
        // bracket (lower-case "of", "and" skipped), the name is all of them, and the acronym links to it
        // (LinkBracketAcronyms runs later). Only words no other name holds are taken in.
        private void ExtendToSpelledAcronyms()
        {
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                var open = m.NameFirst + m.NameCount;
                if (m.Kind != MentionKind.Name || m.Actor.Kind != ActorKind.Organization || open + 2 >= _tokens.Length || !IsBracketedAcronym(open))
                {
                    continue;
                }

                var first = SpelledStart(m.NameFirst, open, Acronym(open + 1));
                if (first < 0)
                {
                    continue;
                }

                _mentions.RemoveAt(i);
                AddNamed(first, open, ActorKind.Organization, null, null, _tt.SentenceOf(first), true);
            }
        }

        // The start of the capitalized run before `nameFirst` whose initials through `open` spell `acronym`, or -1
        // (the name already spells it, no run does, or another name holds one of its words).
        private int SpelledStart(int nameFirst, int open, string acronym)
        {
            if (Spells(nameFirst, open, acronym))
            {
                return -1;
            }

            var sentence = _tt.SentenceOf(nameFirst);
            for (var s = nameFirst - 1; s >= 0 && nameFirst - s <= MaxSpelledWords && _tt.SentenceOf(s) == sentence; s--)
            {
                if (_tokens[s].Kind != TokenKind.Word || IsNameToken(s) || !(_tokens[s].IsCapitalized || _tokens[s].IsLower))
                {
                    return -1;
                }

                if (_tokens[s].IsCapitalized && Spells(s, open, acronym))
                {
                    return s;
                }
            }

            return -1;
        }

        private bool Spells(int first, int end, string acronym)
        {
            var k = 0;
            for (var t = first; t < end; t++)
            {
                if (_tokens[t].IsLower)
                {
                    continue;
                }

                if (_tokens[t].Kind != TokenKind.Word || k >= acronym.Length || char.ToUpperInvariant(_text[_tokens[t].Start]) != acronym[k])
                {
                    return false;
                }

                k++;
            }

            return k == acronym.Length;
        }
    }
}
