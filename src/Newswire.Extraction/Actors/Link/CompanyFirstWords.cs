using System;
using Newswire.Extraction.Text;

// Link: "Harlow said", "Harlow vice president Laura Bennett" after "Harlow Energy": a company named again by the word
// before its company heads ("Energy", "Mining", "Group") is that company, whatever kind the lone word was read as.
// So is an organization named by its words before a legal form ("Harlow Bank" of "Harlow Bank Berhad"), and a lone
// word before "Bank" ("Harlow" of "Harlow Bank"), in either order: a headline names the company short before the body
// names it in full. So is a party or movement by the word before "Party", "Movement" or "Front" ("Harambee" of "Harambee
// Party"): local copy names a party short after naming it once. Only when exactly one organization of the article fits.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void MergeCompanyFirstWords(int[] names)
        {
            foreach (var shorter in _actors)
            {
                if (shorter.Kind == ActorKind.Location || shorter.Entry != null || names[shorter.Index] == 0
                    || (shorter.Name.IndexOf(' ') >= 0 && shorter.Kind != ActorKind.Organization))
                {
                    continue;
                }

                ActorBuilder? full = null;
                var fits = 0;
                for (var ka = 0; ka < _actors.Count; ka++) // indexed: the list enumerator's MoveNext is a call per actor
                {
                    var a = _actors[ka];
                    if (a != shorter && a.Kind == ActorKind.Organization && names[a.Index] > 0 && IsCompanyOf(shorter.Name, a.Name))
                    {
                        full = a;
                        fits++;
                    }
                }

                if (fits == 1)
                {
                    MergeInto(shorter, full!, names);
                }
            }
        }

        // "Harlow Energy", "Tavenor Mining Group" of "Harlow", "Tavenor": the word, then company head words only.
        private static bool IsCompanyOf(string word, string name)
        {
            if (name.Length <= word.Length + 1 || name[word.Length] != ' ' || string.Compare(name, 0, word, 0, word.Length, StringComparison.Ordinal) != 0)
            {
                return false;
            }

            var at = word.Length + 1;
            while (at < name.Length)
            {
                var end = name.IndexOf(' ', at);
                if (end < 0)
                {
                    end = name.Length;
                }

                var hash = TermKey.Hash(name, at, end - at);
                if (end == at || !(CompanyHeadWords.TryGet(name, at, end - at, hash, out _) || LinkOnlyHeads.TryGet(name, at, end - at, hash, out _)))
                {
                    return false;
                }

                at = end + 1;
            }

            return true;
        }

        // Heads that close a name but are no company head elsewhere ("Bank" also heads "World Bank"; "Party" a party's).
        private static readonly TermTable<bool> LinkOnlyHeads = WordTable("bank", "party", "movement", "front");
    }
}
