using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: a name between "the" and a noun that classes it ("the Ethiopian Electric Power company", "the Kessel
// group said") is an organization's.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // The class nouns of NameClassNounOrganizations also follow the name they class, as the head of the noun
        // phrase. Capitalized words no mention covers between "the" and such a noun that closes its phrase (a lower-case
        // word or punctuation after it; "the Doha newspaper al-Watan" names the paper after it), at most four, not only a demonym ("the Ethiopian company"), none a word the
        // article uses in lower case, are the organization's name (a demonym opening it stays in it, as in
        // "Ethiopian Electric Power").
        private void NameOrganizationsBeforeClassNouns()
        {
            foreach (var n in LowerAfterCapitals())
            {
                if (n < 2 || !_tokens[n].IsLower || _tokens[n - 1].Kind != TokenKind.Word || !InList(WordClass.ClassNouns, n) || ProductHeads.Contains(_text, _tokens[n]) || !IsCapitalizedBareWord(n - 1)
                    || n + 1 < _tokens.Length && (_tokens[n + 1].IsCapitalized || IsArticleSurname(n + 1)))
                {
                    continue;
                }

                var first = n - 1;
                while (first > 0 && n - first < MaxClassedWords && IsCapitalizedBareWord(first - 1) && _tt.SentenceOf(first - 1) == _tt.SentenceOf(n))
                {
                    first--;
                }

                if (first > 0 && IsThe(first - 1) && !(n - first == 1 && _lex.TryDemonym(_text, _tokens[first], out _)))
                {
                    AddNamed(first, n, ActorKind.Organization, null, null, _tt.SentenceOf(first), false);
                }
            }
        }

        // Before these a capitalized word names a product or a place, not the body: "the Galaxy maker", "the Victoria station".
        private static readonly TermTable<bool> ProductHeads = WordTable("maker", "carmaker", "automaker", "drugmaker", "chipmaker", "station", "exchange");

        private bool IsCapitalizedBareWord(int t) =>
            _tokens[t].Kind == TokenKind.Word && (_tokens[t].IsCapitalized || _tokens[t].IsAllCaps) && !IsCovered(t) && !IsTitleWord(t)
            && !UsedInLowerCase(_tokens[t].Hash) && !WordLists.CommonCapitalized.Contains(_text, _tokens[t]) && !InList(WordClass.Weekdays, t);
    }
}
