using System.Collections.Generic;
using Newswire.Extraction.Text;

// Resolve: a name that ends in a company's head word ("Tavenor Mining", "Quillbeck Pharmaceuticals") is a company,
// wherever it stands ("output at Tavenor Mining" reads as a place otherwise).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Heads counted in the training text (names of two words or more ending in the head, by gold type): every
        // listed head that occurs there names an organization at least 4 times in 5 ("Airlines" 34/34, "Energy" 8/9,
        // "Gas" 9/9, "Motors" 5/5); "Bank" (8 places of 17), "Railway" (5 of 6), "Power", "Gold" and "Labs" are not
        // listed. Heads with no name there are the ones business copy uses ("Petroleum", "Telecom", "Maritime", "Nacional").
        private void RetypeCompanyHeads()
        {
            List<(ActorBuilder Actor, ActorKind Kind)>? retyped = null;
            foreach (ref readonly var m in _mentions)
            {
                if (IsNameKind(m.Kind) && m.NameCount > 1 && m.Actor.Kind != ActorKind.Organization && m.Actor.Entry == null && !m.Known
                    && IsCompanyHead(m.NameFirst + m.NameCount - 1) && !Listed(retyped, m.Actor) && MayRetype(m.Actor))
                {
                    (retyped ??= new List<(ActorBuilder, ActorKind)>()).Add((m.Actor, ActorKind.Organization));
                }
            }

            if (retyped != null)
            {
                RetypeActors(retyped);
            }
        }

        // "Tavenor Energy and Quillbeck Mining agreed to merge": a run after "and" that the tagger left unread and that
        // ends in a company head, right after a company named by one, is the second company (up to four words).
        private void AddConjoinedCompanies()
        {
            List<int>? starts = null;
            foreach (ref readonly var m in _mentions)
            {
                var and = m.NameFirst + m.NameCount;
                if (IsNameKind(m.Kind) && m.Actor.Kind == ActorKind.Organization && m.NameCount > 1 && IsCompanyHead(and - 1)
                    && and + 2 < _tokens.Length && _tt.Is(and, "and") && _tokens[and + 1].IsCapitalized && !IsCovered(and + 1))
                {
                    (starts ??= new List<int>()).Add(and + 1);
                }
            }

            foreach (var first in starts ?? new List<int>())
            {
                var end = first;
                while (end < _tokens.Length && end - first < 4 && _tt.SentenceOf(end) == _tt.SentenceOf(first) && _tokens[end].Kind == TokenKind.Word
                       && _tokens[end].IsCapitalized && !IsCovered(end))
                {
                    end++;
                }

                if (end - first > 1 && IsCompanyHead(end - 1) && !(end < _tokens.Length && _tokens[end].IsCapitalized))
                {
                    AddNamed(first, end, ActorKind.Organization, null, null, _tt.SentenceOf(first), false);
                }
            }
        }

        private bool IsCompanyHead(int t) => _tokens[t].IsCapitalized && !_tokens[t].IsAllCaps && CompanyHeadWords.Contains(_text, _tokens[t]);

        private static readonly TermTable<bool> CompanyHeadWords = WordTable(
            "airlines", "airways", "airline", "energy", "gas", "motors", "automotive", "petroleum", "petrochemicals", "mining",
            "minerals", "telecom", "telecommunications", "industries", "pharmaceuticals", "pharma", "biotech", "therapeutics",
            "holdings", "holding", "securities", "insurance", "investments", "capital", "partners", "technologies",
            "communications", "electric", "electronics", "chemicals", "logistics", "entertainment", "broadcasting",
            "publishing", "bancorp", "financial", "semiconductor", "semiconductors", "software", "networks", "steel",
            "cement", "textiles", "breweries", "brewery", "aerospace", "refining", "realty", "properties", "foods",
            "brands", "enterprises", "engineering", "construction", "shipping", "wireless", "corp", "corporation",
            "inc", "ltd", "limited", "llc", "plc", "group", "maritime", "lines", "resources", "transport", "navigation", "nacional",
            // Miners named by their metal ("Konkola Copper Mines", "Harwick Copper").
            "copper", "mines",
            // Malaysian and Indonesian legal forms ("Petroliam Nasional Bhd", "PT Telkom Indonesia Tbk").
            "bhd", "berhad", "tbk",
            // Local trades in reviews and classifieds ("Allen Tire", "Eagle Transmission", "Spears Roofing"): in the
            // training text every name ending in one is an organization (computers 4/4, tire 2/2, transmission 2/2,
            // heating 2/2, apartments 2/2, roofing, landscaping).
            "roofing", "plumbing", "heating", "tire", "tires", "transmission", "computers", "landscaping", "apartments",
            "towing", "cleaners");
    }
}
