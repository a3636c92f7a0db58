using System.Collections.Generic;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Places;

// Candidates: the gazetteer entries each location actor may be, with qualifiers (see PlaceResolver.cs).
internal sealed partial class PlaceResolver
{
    private List<Candidate> Candidates(int i)
    {
        var a = _actors[i];
        var list = new List<Candidate>();
        string? qualifierCountry = null;
        string? qualifierAdmin1 = null;
        Add(list, a.Name, i, ref qualifierCountry, ref qualifierAdmin1);
        foreach (var alias in a.Aliases)
        {
            Add(list, alias, i, ref qualifierCountry, ref qualifierAdmin1);
        }

        // The name's own qualifier decides ("Paris, Texas"); the actor's country from the lexicon only weighs in the
        // score (its one country per city name is the usual one: "Paris" is FRA, but not in a story about Texas).
        var country = qualifierCountry;
        if (country != null || qualifierAdmin1 != null)
        {
            list.RemoveAll(c =>
            {
                var e = _g[c.Entry];
                return (country != null && e.Country != country) || (qualifierAdmin1 != null && e.Admin1 != qualifierAdmin1 && e.Kind != PlaceKind.Admin1);
            });
        }

        // A state and a city of the same name in it: the city, unless the name says state ("New York", "Córdoba").
        if (!_adminCue[i])
        {
            list.RemoveAll(c =>
            {
                var e = _g[c.Entry];
                if (e.Kind != PlaceKind.Admin1)
                {
                    return false;
                }

                foreach (var other in list)
                {
                    var o = _g[other.Entry];
                    if ((o.Kind == PlaceKind.City || o.Kind == PlaceKind.Capital) && o.Country == e.Country && o.Admin1 == e.Admin1
                        && !other.Alias && o.NameKey == e.NameKey)
                    {
                        return true;
                    }
                }

                return false;
            });
        }

        return list;
    }

    private void Add(List<Candidate> list, string name, int actor, ref string? qualifierCountry, ref string? qualifierAdmin1)
    {
        var comma = name.IndexOf(',');
        if (comma > 0)
        {
            // "Elmsworth, Ohio", "Marlow Dam, Syria": the part after the comma locates the part before it.
            var q = PlaceNames.Key(name.Substring(comma + 1));
            foreach (var (entry, _) in _g.Find(q))
            {
                var e = _g[entry];
                if (e.Kind == PlaceKind.Country && qualifierCountry == null)
                {
                    qualifierCountry = e.Country;
                    _qualifier[actor] = entry + 1;
                }
                else if (e.Kind == PlaceKind.Admin1 && qualifierAdmin1 == null && (qualifierCountry == null || qualifierCountry == e.Country))
                {
                    qualifierCountry = e.Country;
                    qualifierAdmin1 = e.Admin1;
                    _qualifier[actor] = entry + 1;
                }
            }

            name = name.Substring(0, comma);
        }

        var key = PlaceNames.Key(name);
        var before = list.Count;
        Collect(list, key, PlaceKind.Continent, false);
        if (list.Count > before || key.Length == 0)
        {
            return;
        }

        // "Kursk Oblast", "Province of Quebec", "Sichuan province": the division without its generic word.
        var words = key.Split(' ');
        if (words.Length > 1 && PlaceWords.AdminWords.Contains(words[words.Length - 1]))
        {
            _adminCue[actor] = true;
            Collect(list, string.Join(" ", words, 0, words.Length - 1), PlaceKind.Admin1, true);
        }
        else if (words.Length > 2 && PlaceWords.AdminWords.Contains(words[0]) && words[1] == "of")
        {
            _adminCue[actor] = true;
            Collect(list, string.Join(" ", words, 2, words.Length - 2), PlaceKind.Admin1, true);
        }
        else if (words.Length > 1 && words[words.Length - 1] == "city")
        {
            Collect(list, string.Join(" ", words, 0, words.Length - 1), PlaceKind.City, true);
        }
    }

    // onlyKind: with exact false, every kind; with exact true, entries of that kind (cities: city or capital).
    private void Collect(List<Candidate> list, string key, PlaceKind onlyKind, bool exact)
    {
        foreach (var (entry, alias) in _g.Find(key))
        {
            if (alias && key.Length < 4)
            {
                continue; // "Wei" is not Weifang: a short name must be the place's own name
            }

            var kind = _g[entry].Kind;
            if (exact && kind != onlyKind && !(onlyKind == PlaceKind.City && kind == PlaceKind.Capital))
            {
                continue;
            }

            var seen = false;
            for (var k = 0; k < list.Count; k++)
            {
                if (list[k].Entry == entry)
                {
                    seen = true;
                    if (list[k].Alias && !alias)
                    {
                        list[k] = new Candidate(entry, false);
                    }
                }
            }

            if (!seen)
            {
                list.Add(new Candidate(entry, alias));
            }
        }
    }
}
