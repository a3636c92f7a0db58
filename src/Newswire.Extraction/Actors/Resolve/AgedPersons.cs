using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: a name no reading holds, followed by an age in commas ("Sulastri, 54, said"), is a person's.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // News gives a private person's age in apposition. A single name (Indonesian, Burmese, many African and South
        // Asian names have no surname) or a name the tagger has not seen is often not read at all; one to three
        // capitalized words that no mention covers, right before ", <age>," (1 to 110), are a person's name. Words
        // the article uses in lower case, weekdays and months, titles and common capitalized words are no name.
        private void NameAgedPersons()
        {
            foreach (var c in LowerAfterCapitals())
            {
                if (c + 3 >= _tokens.Length || !IsComma(c) || !IsAge(c + 1) || !IsComma(c + 2) || !IsAgedNameWord(c - 1))
                {
                    continue;
                }

                var first = c - 1;
                while (first > 0 && c - first < MaxAgedNameWords && IsAgedNameWord(first - 1) && _tt.SentenceOf(first - 1) == _tt.SentenceOf(c))
                {
                    first--;
                }

                AddNamed(first, c, ActorKind.Person, null, null, _tt.SentenceOf(first), false);
            }
        }

        private bool IsAge(int t)
        {
            var token = _tokens[t];
            if (token.Kind != TokenKind.Number || token.Length > 3)
            {
                return false;
            }

            var age = 0;
            for (var k = token.Start; k < token.End; k++)
            {
                age = age * 10 + (_text[k] - '0');
            }

            return age >= 1 && age <= 110;
        }

        private bool IsAgedNameWord(int t) =>
            _tokens[t].Kind == TokenKind.Word && _tokens[t].IsCapitalized && !_tokens[t].IsAllCaps && !IsCovered(t) && !IsTitleWord(t)
            && !UsedInLowerCase(_tokens[t].Hash) && !WordLists.CommonCapitalized.Contains(_text, _tokens[t]) && !InList(WordClass.Weekdays, t);

        private const int MaxAgedNameWords = 3;
    }
}
