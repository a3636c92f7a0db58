using Newswire.Extraction.Text;

// Resolve: a one-word name the lexicon knows as a person's surname that goes on over particles ("Hassan bin Walid
// al-Amiri") names another person, not the lexicon's.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // The lexicon matches a lone surname ("Hassan") to its person; followed by "bin", "al-", "de" and more parts the
        // word is a given name or the first part of a longer name of someone else. A lexicon name that holds the added
        // parts ("Lula" + "da Silva" in "Luiz Inacio Lula da Silva") keeps its person. So for a title and a given name
        // the lexicon lists as an alias ("Sheikh Tamim" + "bin Hamad al-Mansour"): the longer name is someone else's.
        private void SplitLexiconSurname(ref int i, int joined)
        {
            var m = _mentions[i];
            var end = m.NameFirst + m.NameCount;
            if (joined <= end || m.NameCount != 1 && !(m.NameCount == 2 && IsTitleWord(m.NameFirst)) || m.Actor.Entry == null
                || m.Actor.Name.IndexOf(SpanText(end, joined), System.StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return;
            }

            var first = m.NameFirst + m.NameCount - 1;
            var sentence = _tt.SentenceOf(first);
            _mentions.RemoveAt(i);
            RemoveMentionsWithin(end, joined, ref i);
            i--;
            AddNamed(first, joined, ActorKind.Person, null, null, sentence, false);
        }
    }
}
