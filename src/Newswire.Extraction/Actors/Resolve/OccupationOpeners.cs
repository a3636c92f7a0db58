using System.Collections.Generic;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: "Economist Ada Brelik said ...": an occupation noun capitalized at the head of a sentence is not part of
// the name after it.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // News copy opens sentences with a bare occupation before a name ("Researcher Ana Beltrán said", "Lawyer Amos
        // Kiprotich told the court"); the capital made the tagger read the noun as the name's first word, and the
        // unknown two-word name as a place as often as a person. The occupation says the rest is a person's name.
        // Lexicon names and organizations keep theirs; nouns that open bodies' names ("National", "Student") are
        // not in the list.
        private void SplitOccupationOpeners()
        {
            List<(int First, int End)>? persons = null;
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                var end = m.NameFirst + m.NameCount;
                if (!IsNameKind(m.Kind) || m.Actor.Entry != null || m.Actor.Kind == ActorKind.Organization || m.NameCount < 2 || !IsOccupationWord(m.NameFirst) || !AllCapitalized(m.NameFirst + 1, end))
                {
                    continue;
                }

                _mentions.RemoveAt(i);
                (persons ??= new List<(int, int)>()).Add((m.NameFirst + 1, end));
            }

            if (persons == null)
            {
                return;
            }

            for (var r = persons.Count - 1; r >= 0; r--)
            {
                var (first, end) = persons[r];
                AddNamed(first, end, ActorKind.Person, null, null, _tt.SentenceOf(first), false);
            }
        }

        private bool IsOccupationWord(int t) =>
            _tokens[t].IsCapitalized && !_tokens[t].IsAllCaps && _tokens[t].Kind == TokenKind.Word && WordLists.Occupations.Contains(_text, _tokens[t]);

        private bool AllCapitalized(int first, int end)
        {
            for (var t = first; t < end; t++)
            {
                if (!_tokens[t].IsCapitalized || _tokens[t].Kind != TokenKind.Word)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
