using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: "Gobind Raj Subramaniam told", "Lawmaker Dewi Kirana Setiadi said": the tagger read two words of a
// three-word name and left the third; the capitalized run is one person.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // South and Southeast Asian names often have three words none of which the tagger knows; it reads two of them
        // as the person and drops the first or the last. A two-word person name (no lexicon entry) with one more
        // capitalized word right before or after it that no reading holds (not a title, an occupation, a word the
        // article writes in lower case or a common capitalized word), where the run of capitals ends there (a sentence
        // start, a lower-case word, a title or punctuation before it; a lower-case word or a comma after it), is the
        // person's name over all three words.
        private void JoinUnreadNameWords()
        {
            for (var i = 0; i < _mentions.Count; i++)
            {
                var m = _mentions[i];
                if (m.Kind != MentionKind.Name || m.Actor.Kind != ActorKind.Person || m.Actor.Entry != null || m.NameCount != 2)
                {
                    continue;
                }

                var first = m.NameFirst;
                var end = first + 2;
                // The shape first (cheap), the word lists and the article's lower-case words last.
                if (RunEndsAt(end) && RunStartsAt(first - 1) && IsUnreadNameWord(first - 1, first) && !IsDescriptorWord(first - 1))
                {
                    ReSpanName(i, first - 1, end);
                }
                else if (end < _tokens.Length && RunEndsAt(end + 1) && RunStartsAt(first) && IsUnreadNameWord(end, first))
                {
                    ReSpanName(i, first, end + 1);
                }
            }
        }

        // Two letters are an abbreviated title ("Fr", "Sr") more often than a name word; a word of any of the word
        // lists (a company head, "Resources"; a title) is no unread name word.
        private bool IsUnreadNameWord(int t, int nameFirst) =>
            t >= 0 && _tokens[t].Length >= 3 && _tokens[t].IsCapitalized && _tt.SentenceOf(t) == _tt.SentenceOf(nameFirst) && !InAnyList(t)
            && !IsOccupationWord(t) && !IsParticleOrDemonym(t) && IsAgedNameWord(t);

        private bool InAnyList(int t) => InList(WordClass.TitleHeads, t) || (_classes[t] & ~ClassesKnown) != 0;

        // A party, faith, creed or occupation before a name describes the person ("Republican Ada Brelik", "Socialist
        // Ada Brelik", "Organizer Ada Brelik"): no name word. Occupations the list lacks are told by an agent noun's
        // ending; a name of such shape before two more names is one the tagger would have read itself.
        private bool IsDescriptorWord(int t)
        {
            ref readonly var token = ref _tokens[t];
            var n = token.End - (_text[token.End - 1] == 's' ? 1 : 0);
            if (n - token.Start > 4)
            {
                foreach (var ending in AgentEndings)
                {
                    if (string.CompareOrdinal(_text, n - ending.Length, ending, 0, ending.Length) == 0)
                    {
                        return true;
                    }
                }
            }

            return AdherentWords.Contains(_text, token);
        }

        // Plurals in "-es" ("Justices", "Judges") are titles of several people.
        private static readonly string[] AgentEndings = { "ist", "er", "or", "ant", "ent", "ian", "ee", "ce", "ge" };

        private static readonly TermTable<bool> AdherentWords = Table(new[]
        {
            "republican", "democrat", "tory", "labour", "conservative", "liberal", "catholic", "muslim", "christian",
            "hindu", "sikh", "jewish", "protestant", "orthodox", "shiite", "sunni", "evangelical", "independent",
        });

        private bool IsParticleOrDemonym(int t) =>
            WordLists.Particles.Contains(_text, _tokens[t]) || _lex.TryDemonym(_text, _tokens[t], out _);

        // Nothing capitalized that could be a name word stands right before token t in its sentence.
        private bool RunStartsAt(int t)
        {
            if (t < 1 || _tt.SentenceOf(t - 1) != _tt.SentenceOf(t))
            {
                return true;
            }

            var before = _tokens[t - 1];
            return before.Kind != TokenKind.Word || before.IsLower || IsTitleWord(t - 1) || IsOccupationWord(t - 1);
        }

        // The run of capitals ends before token t: a lower-case word (the verb) or a comma.
        private bool RunEndsAt(int t) =>
            t < _tokens.Length && _tt.SentenceOf(t) == _tt.SentenceOf(t - 1) && (_tokens[t].Kind == TokenKind.Word && _tokens[t].IsLower || IsComma(t));
    }
}
