using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: "Jordan Leota kicked 17 points", "captain Chad Hollings": a country whose name is also a common given name,
// followed by a surname, is a person, not the country nor a body named for it.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // A lone country word of CountryGivenNameWords, in a body sentence, not after a place preposition, followed by one or two capitalized words
        // that are no title, place or body head, date, demonym or lexicon word ("Jordan Valley", "India Today",
        // "Georgia Power", "Chad Monday" stay as they are) and whose last is no common word, opens a person's name.
        // Hyphenated surnames ("Ayew-Mensah") count as one word.
        private void JoinCountryGivenNames()
        {
            for (var i = 0; i < _mentions.Count; i++)
            {
                var m = _mentions[i];
                if (m.Actor.Kind != ActorKind.Location || m.Kind != MentionKind.Name || m.Count != 1 || m.NameCount != 1
                    || m.Actor.Entry is not { Kind: LexiconKind.Country } || !CountryGivenNameWords.Contains(_text, _tokens[m.First])
                    || CapitalsSayNothing(_tt.SentenceOf(m.First)) || PlaceBefore(m.First)
                    || GivenNameSurnameEnd(m.First + 1) is var end && end < 0)
                {
                    continue;
                }

                RemoveMentionsOver(m.First, end);
                AddNamed(m.First, end, ActorKind.Person, null, null, _tt.SentenceOf(m.First), false);
                i = -1; // the list changed: read it again (rare)
            }
        }

        // Where the surname after a country-shaped given name ends, or -1 when the words after it are no surname.
        private int GivenNameSurnameEnd(int first)
        {
            var sentence = _tt.SentenceOf(first - 1);
            var end = first;
            var words = 0;
            while (end < _tokens.Length && _tt.SentenceOf(end) == sentence && words < 3)
            {
                if (words > 0 && IsSurnameHyphen(end))
                {
                    end += 2;
                    continue;
                }

                if (!ContinuesPlaceLedName(end) || InList(WordClass.OrgSuffixes, end) || IsCompanyHead(end))
                {
                    break;
                }

                end++;
                words++;
            }

            return words is > 0 and < 3 && !Names.NameTagger.Default.IsCommonLower(_text, _tokens[end - 1].Start, _tokens[end - 1].Length)
                ? end
                : -1;
        }

        // "representative in Jordan Dominik Brandt": after a place preposition the country is a place, and a given
        // name after it opens another person.
        private bool PlaceBefore(int t) =>
            t > 0 && _tokens[t - 1].IsLower && GivenNamePlaceWords.Contains(_text, _tokens[t - 1])
            || t + 1 < _tokens.Length && _lex.IsGivenName(_text, _tokens[t + 1]);

        private static readonly TermTable<bool> GivenNamePlaceWords = WordTable(
            "in", "to", "from", "of", "at", "into", "across", "inside", "near", "via", "between", "than", "visit", "visited", "visiting");

        // "Ayew-Mensah": a hyphen written tight between a surname word and a capitalized word.
        private bool IsSurnameHyphen(int t) =>
            t > 0 && t + 1 < _tokens.Length && _tokens[t].Length == 1 && _text[_tokens[t].Start] == '-'
            && _tokens[t - 1].End == _tokens[t].Start && _tokens[t + 1].Start == _tokens[t].End
            && _tokens[t + 1].Kind == TokenKind.Word && _tokens[t + 1].IsCapitalized;

        // Countries whose names are also common given names in English-language news.
        private static readonly TermTable<bool> CountryGivenNameWords = WordTable("jordan", "chad", "georgia", "india", "israel");
    }
}
