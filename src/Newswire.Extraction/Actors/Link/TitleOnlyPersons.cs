using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Link: "U.N. Special Rapporteur on torture in Eritrea Ada Brelik told ...": a person actor whose name is title words
// only ("Special Rapporteur") after every link is a title the reading split from its holder, not a person.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Two title words at least (a lone "General" or "Minister" may be a surname); lexicon people keep theirs. Only
        // when another person's name follows in the sentence ("the Health Secretary said" alone is an office's person).
        private void DropTitleOnlyPersons()
        {
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                if (m.Actor.Kind == ActorKind.Person && m.Actor.Entry == null && IsTitleOnly(m.Actor.Name) && HolderNamedAfter(m))
                {
                    _mentions.RemoveAt(i);
                }
            }
        }

        private bool HolderNamedAfter(RawMention m)
        {
            var end = m.First + m.Count;
            foreach (ref readonly var o in _mentions)
            {
                if (o.Actor != m.Actor && o.Actor.Kind == ActorKind.Person && o.Kind == MentionKind.Name && o.First >= end
                    && o.First - end <= MaxTitleToHolder && _tt.SentenceOf(o.First) == _tt.SentenceOf(m.First))
                {
                    return true;
                }
            }

            return false;
        }

        private const int MaxTitleToHolder = 12;

        private static bool IsTitleOnly(string name)
        {
            var words = 0;
            var at = 0;
            while (at < name.Length)
            {
                var end = name.IndexOf(' ', at);
                end = end < 0 ? name.Length : end;
                var hash = TermKey.Hash(name, at, end - at);
                if (end == at || !char.IsUpper(name[at])
                    || !(WordLists.TitleHeads.TryGet(name, at, end - at, hash, out _) || WordLists.TitleModifiers.TryGet(name, at, end - at, hash, out _)))
                {
                    return false;
                }

                words++;
                at = end + 1;
            }

            return words >= 2;
        }
    }
}
