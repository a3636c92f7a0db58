using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: "Kenyan mobile operator Safaricom", "Chinese telecom giant Huawei", "Qatar's state-owned carrier X": a
// nationality (or a country's possessive) and a kind of business right before a capitalized name describe a company
// and name it; the tagger misses such names when it has never seen them. A lower-case modifier does the same ("mining
// giant Vale", "budget carrier X"): in the training text a capitalized word after such a noun opens an organization
// 32 times in 47 (persons 3: "music producer Dr Luke", kept out by the given-name and title checks).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private const int MaxDescribedNameWords = 3;
        private const int MaxBusinessModifiers = 3;

        private void NameDescribedCompanies()
        {
            var tokens = _tokens;
            var capitals = _triggers.At(Trigger.Capitalized, out var n); // the name's first word: k + 1
            var from = 1; // past the last name read
            for (var i = 0; i < n; i++)
            {
                var k = capitals[i] - 1;
                // Token flags first: the table probes and the mention scan run only before a capitalized word.
                if (k < from || !tokens[k].IsLower || !IsBusinessKind(k) || !(NationalityBefore(k) || ModifiedBusinessNoun(k)) || !IsCapitalizedBareWord(k + 1)
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
                from = end;
            }
        }

        // "mining giant Brivex said": the tagger reads a one-word name it has never seen as a person; right after a
        // described business noun it is the company (a given name stays a person: "producer George").
        private bool DescribedByBusinessNoun(int first, int end) =>
            end - first == 1 && first >= 2 && _tokens[first - 1].IsLower && _tokens[first].IsCapitalized && IsBusinessKind(first - 1)
            && (NationalityBefore(first - 1) || ModifiedBusinessNoun(first - 1));

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

        // "mining giant Vale", "the budget carrier X": a lower-case word before the business noun, a name that opens
        // with no given name ("producer George Hauser" is a person); sport sides and dailies need a nationality
        // ("on the plus side I", "the daily Briefing").
        private bool ModifiedBusinessNoun(int k) =>
            _tokens[k - 1].Kind == TokenKind.Word && (_tokens[k - 1].IsLower || _tokens[k - 1].IsCapitalized && OpensSentence(k - 1)) && !NationalOnlyKinds.Contains(_text, _tokens[k])
            && !_lex.IsGivenName(_text, _tokens[k + 1]) && _tokens[k + 1].Length > 1 && !VesselModifiers.Contains(_text, _tokens[k - 1]);

        // "the aircraft carrier USS Harwick", "a crude carrier": a ship, not an airline.
        private static readonly TermTable<bool> VesselModifiers = WordTable(
            "aircraft", "helicopter", "troop", "personnel", "armoured", "armored", "bulk", "crude", "oil", "gas", "lng", "car", "container");

        private static readonly TermTable<bool> NationalOnlyKinds = WordTable("side", "club", "daily");

        private static readonly TermTable<bool> MoreBusinessKinds = WordTable("operator", "giant", "exporter", "supplier", "refiner", "group");
    }
}
