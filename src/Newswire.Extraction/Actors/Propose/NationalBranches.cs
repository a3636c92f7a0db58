using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Propose: a federated movement's national society or office ("Philippine Red Cross", "Greenpeace Brasil") is an
// organization of its own with its country, not the movement's international body; a legal form before a name makes
// a company.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // The whole chunk is a country word (a nationality, a country or its capital's country) and a movement of
        // national societies on either side of it: "Kenya Red Cross Society", "Turkish Red Crescent", "Oxfam
        // India". The movement's name alone stays the movement.
        private bool NationalBranch(int s, int a, int b)
        {
            var n = _segs.Count;
            if (n < 2)
            {
                return false;
            }

            var first = 0;
            while (first < n - 1 && IsCountryWordSeg(first))
            {
                first++;
            }

            string? country;
            int restFirst, restEnd;
            if (first > 0)
            {
                country = _segs[0].Country;
                restFirst = _segs[first].Start;
                restEnd = b;
            }
            else if (IsCountryWordSeg(n - 1))
            {
                country = _segs[n - 1].Country;
                restFirst = a;
                restEnd = _segs[n - 1].Start;
            }
            else
            {
                return false;
            }

            if (country == null || restEnd <= restFirst || !Movements.TryGet(TermKey.Normalize(SpanText(restFirst, restEnd)), out _))
            {
                return false;
            }

            // Both its parts are known words (a table movement, a lexicon country): the tagger does not overrule it
            // ("Greenpeace Brasil" opening a sentence is no place).
            _known = true;
            AddNamed(a, b, ActorKind.Organization, country, null, s, true);
            _known = false;
            return true;
        }

        // "PT Bumi Morowali Nikel", "PJSC Harwick Energy": a company's legal form opening the chunk (Indonesian, post-Soviet
        // copy writes it before the name) makes the chunk one company, whatever its words would read as alone.
        private bool CompanyByLegalForm(int s, int a, int b)
        {
            if (b - a < 2 || !_tokens[a].IsAllCaps || !LegalFormPrefixes.Contains(_text, _tokens[a]) || !_tokens[a + 1].IsCapitalized)
            {
                return false;
            }

            _known = true;
            AddNamed(a, b, ActorKind.Organization, null, null, s, true);
            _known = false;
            return true;
        }

        private static readonly TermTable<bool> LegalFormPrefixes = TermTables.Words("pt", "pjsc", "ojsc", "cjsc", "jsc", "oao", "zao", "ooo");

        private bool IsCountryWordSeg(int k) =>
            _segs[k].Country != null && (_segs[k].Type == Seg.Demonym || _segs[k].Type == Seg.Lex && IsPlaceEntry(_segs[k].Entry!));

        // Movements whose members are national societies or offices named with their country (a data table).
        private static readonly TermTable<bool> Movements = TermTables.Words(
            "red cross", "red crescent", "red cross society", "red crescent society", "greenpeace", "oxfam", "caritas",
            "amnesty international", "amnesty", "transparency international", "save the children", "msf",
            "doctors without borders", "medecins sans frontieres", "médecins sans frontières", "wwf", "habitat for humanity");
    }
}
