using System;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Link: "Ada" or "Brelik" left as a person of its own beside "Ada Brelik" is that person, when no other person in the
// article has the word in their name (two Breliks leave "Brelik" alone). Arabic surnames are named again without
// their article ("Burhan" for "Abdel Karim al-Burhan"), so a name word "al-Burhan" holds the lone word too.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // The person table links a surname to its full name as mentions are read; a given name alone ("Ada", in a
        // quote or a feature story) and a surname read before the full name, or by the tagger alone, stay apart.
        private void MergeGivenNames(int[] names)
        {
            foreach (var lone in _actors)
            {
                if (lone.Kind != ActorKind.Person || lone.Entry != null || names[lone.Index] == 0 || lone.Name.Length < 2)
                {
                    continue;
                }

                var word = LoneWord(lone.Name);
                var full = word == null ? null : OnlyPersonNamedBy(lone, word, names);
                if (full != null)
                {
                    MergeInto(lone, full, names);
                }
            }
        }

        // The one person with a longer name that holds the lone word ("Ada Brelik" for "Brelik"); null if none or several.
        // A name of one word, or of a title and one word read whole by the tagger ("Prince Faisal", "Sheikh Tamim"
        // after "Crown Prince Faisal bin Khalid ..."): the word; else null.
        private static string? LoneWord(string name)
        {
            var space = name.IndexOf(' ');
            if (space < 0)
            {
                return name;
            }

            return name.IndexOf(' ', space + 1) < 0 && WordLists.TitleHeads.TryGet(name, 0, space, TermKey.Hash(name, 0, space), out _)
                ? name.Substring(space + 1)
                : null;
        }

        private ActorBuilder? OnlyPersonNamedBy(ActorBuilder lone, string word, int[] names)
        {
            ActorBuilder? found = null;
            for (var ka = 0; ka < _actors.Count; ka++) // indexed: the list enumerator's MoveNext is a call per actor
            {
                var a = _actors[ka];
                if (a == lone || a.Kind != ActorKind.Person || names[a.Index] == 0 || a.Name.IndexOf(' ') < 0
                    || !HasNameWord(a.Name, word, false) && !HasArticleNameWord(a.Name, word))
                {
                    continue;
                }

                if (found != null)
                {
                    return null;
                }

                found = a;
            }

            return found;
        }

        // Whether `name` has a word "al-" + `word` (or "el-", "Al-", "ash-", ...): the Arabic article, not "bin-"/"abu-",
        // which the press keeps.
        private static bool HasArticleNameWord(string name, string word)
        {
            var at = name.IndexOf("-" + word, StringComparison.OrdinalIgnoreCase);
            while (at > 0)
            {
                var start = name.LastIndexOf(' ', at - 1) + 1;
                var end = at + 1 + word.Length;
                if ((end == name.Length || name[end] == ' ') && Lexicon.IsArabicArticle(name, start, at - start))
                {
                    return true;
                }

                at = name.IndexOf("-" + word, end, StringComparison.OrdinalIgnoreCase);
            }

            return false;
        }
    }
}
