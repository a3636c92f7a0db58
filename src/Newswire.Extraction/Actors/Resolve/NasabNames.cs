using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: "Faisal bin Nasser al-Harbi", "Aisha bint Salem": a name chained by "bin", "ibn" or "bint" is a person's.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // An Arabic or Malay name gives the father's name after "bin"/"ibn"/"bint" ("son/daughter of"); lower case
        // between two capitalized words, the word joins only names of people. The tagger, which has seen few such
        // names, reads a part as a place ("Nasser") or nothing; the whole run (one or two given words before, the
        // chain and a closing "al-" surname) is one person, replacing the other readings of its words. A lexicon
        // person over any of the words keeps them.
        private void NameNasabPersons()
        {
            var next = 0;
            foreach (var t in LowerAfterCapitals())
            {
                if (t < next || t + 1 >= _tokens.Length || !IsNasabWord(t) || !IsBareCapitalized(t - 1) || !IsBareCapitalized(t + 1) && !IsArticleSurname(t + 1))
                {
                    continue;
                }

                var first = t - 1;
                while (first > 0 && t - first < 2 && IsBareCapitalized(first - 1) && !IsRoleWord(first - 1) && !UsedInLowerCase(_tokens[first - 1].Hash)
                       && _tt.SentenceOf(first - 1) == _tt.SentenceOf(t))
                {
                    first--;
                }

                var end = ParticleEnd(t);
                if (end > t && !IsRoleWord(first))
                {
                    ReplaceWithNewPerson(first, end);
                    next = end;
                }
            }
        }

        // "Striker", "Minister": a title or occupation opening the sentence is no given name.
        private bool IsRoleWord(int t) => IsTitleWord(t) || WordLists.Occupations.Contains(_text, _tokens[t]);

        // Asked of every cue: the first letter and the length before the table.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] // asked of every token; the length test decides nearly all
        private bool IsNasabWord(int t) =>
            _tokens[t].Length is >= 3 and <= 5 && _text[_tokens[t].Start] is 'b' or 'i' && _tokens[t].Kind == TokenKind.Word && _tokens[t].IsLower
            && NasabWords.Contains(_text, _tokens[t]);

        private bool IsBareCapitalized(int t) => _tokens[t].Kind == TokenKind.Word && _tokens[t].IsCapitalized && !_tokens[t].IsAllCaps;

        // first..end is a new person's name unless a lexicon person or the same reading already holds its words.
        private void ReplaceWithNewPerson(int first, int end)
        {
            foreach (ref readonly var o in _mentions)
            {
                var overlaps = o.First < end && o.First + o.Count > first;
                if (overlaps && (o.Actor.Kind == ActorKind.Person && (o.Actor.Entry != null || o.NameFirst <= first && o.NameFirst + o.NameCount >= end)))
                {
                    return;
                }
            }

            var none = -1;
            RemoveMentionsWithin(first, end, ref none);
            AddNamed(first, end, ActorKind.Person, null, null, _tt.SentenceOf(first), false);
        }

        private static readonly TermTable<bool> NasabWords = Table(new[] { "bin", "ibn", "bint", "binti" });
    }
}
