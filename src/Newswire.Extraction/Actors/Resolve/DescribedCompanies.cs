using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: "Kenyan mobile operator Safaricom", "Chinese telecom giant Huawei", "Qatar's state-owned carrier X": a
// nationality (or a country's possessive) and a kind of business right before a capitalized name describe a company
// and name it; the tagger misses such names when it has never seen them.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private const int MaxDescribedNameWords = 3;
        private const int MaxBusinessModifiers = 3;

        private void NameDescribedCompanies()
        {
            for (var k = 1; k + 1 < _tokens.Length; k++)
            {
                // Token flags first: the table probes and the mention scan run only before a capitalized word.
                if (!_tokens[k].IsLower || !_tokens[k + 1].IsCapitalized || !IsBusinessKind(k) || !NationalityBefore(k) || !IsCapitalizedBareWord(k + 1)
                    || _tt.SentenceOf(k + 1) != _tt.SentenceOf(k))
                {
                    continue;
                }

                var end = k + 2;
                while (end < _tokens.Length && end - k - 1 < MaxDescribedNameWords && IsCapitalizedBareWord(end) && _tt.SentenceOf(end) == _tt.SentenceOf(k))
                {
                    end++;
                }

                AddNamed(k + 1, end, ActorKind.Organization, null, null, _tt.SentenceOf(k), false);
                k = end - 1;
            }
        }

        private bool IsBusinessKind(int k) => WordLists.BusinessKinds.Contains(_text, _tokens[k]) || MoreBusinessKinds.Contains(_text, _tokens[k]);

        // A demonym or a possessive within the few lower-case words before the business noun ("Kenyan mobile operator").
        private bool NationalityBefore(int k)
        {
            for (var j = k - 1; j >= 0 && k - j <= MaxBusinessModifiers; j--)
            {
                if (_tokens[j].Kind == TokenKind.Possessive || (_tokens[j].IsCapitalized && _lex.TryDemonym(_text, _tokens[j], out var c) && c.Length == 3))
                {
                    return true;
                }

                if (_tokens[j].Kind != TokenKind.Word || !_tokens[j].IsLower)
                {
                    return false;
                }
            }

            return false;
        }

        private static readonly TermTable<bool> MoreBusinessKinds = WordTable("operator", "giant", "exporter", "supplier", "refiner", "group");
    }
}
