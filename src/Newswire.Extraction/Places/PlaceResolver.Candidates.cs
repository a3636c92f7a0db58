using System.Collections.Generic;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Places;

// Candidates: the gazetteer entries each location actor may be, with qualifiers (see PlaceResolver.cs).
internal sealed partial class PlaceResolver
{
    private List<Candidate> Candidates(int i)
    {
        var a = _actors[i];
        var list = NewList();
        string? qualifierCountry = null;
        string? qualifierAdmin1 = null;
        Add(list, a.Name, i, ref qualifierCountry, ref qualifierAdmin1);
        foreach (var alias in a.Aliases)
        {
            Add(list, alias, i, ref qualifierCountry, ref qualifierAdmin1);
        }

        // The name's own qualifier decides ("Paris, Texas"); the actor's country from the lexicon only weighs in the
        // score (its one country per city name is the usual one: "Paris" is FRA, but not in a story about Texas).
        if (qualifierCountry != null || qualifierAdmin1 != null)
        {
            KeepQualified(list, qualifierCountry, qualifierAdmin1);
        }

        // A state and a city of the same name in it: the city, unless the name says state ("New York", "Córdoba").
        if (!_adminCue[i])
        {
            RemoveStatesNamedLikeTheirCity(list);
        }

        return list;
    }

    // In a separate method so that Candidates allocates no closure for the rare name with a qualifier.
    private void KeepQualified(List<Candidate> list, string? country, string? admin1) =>
        list.RemoveAll(c =>
        {
            var e = _g[c.Entry];
            return (country != null && e.Country != country) || (admin1 != null && e.Admin1 != admin1 && e.Kind != PlaceKind.Admin1);
        });

    // Drops each state candidate that a city or capital candidate of the same name in that state shadows (only an
    // own name shadows, not an alias), keeping the order. Cities are never dropped, so the check sees them all while
    // the list is compacted in place.
    private void RemoveStatesNamedLikeTheirCity(List<Candidate> list)
    {
        var kept = 0;
        for (var k = 0; k < list.Count; k++)
        {
            var c = list[k];
            if (!IsShadowedState(list, _g[c.Entry]))
            {
                list[kept++] = c;
            }
        }

        list.RemoveRange(kept, list.Count - kept);
    }

    private bool IsShadowedState(List<Candidate> list, Gazetteer.Entry e)
    {
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

        // "Kursk Oblast", "Province of Quebec", "Sichuan province": the division without its generic word. A key's
        // words are separated by single spaces, so they are cut out by offset.
        var lastSpace = key.LastIndexOf(' ');
        if (lastSpace < 0)
        {
            return;
        }

        var firstSpace = key.IndexOf(' ');
        var lastWord = key.Substring(lastSpace + 1);
        if (PlaceWords.AdminWords.Contains(lastWord))
        {
            _adminCue[actor] = true;
            Collect(list, key.Substring(0, lastSpace), PlaceKind.Admin1, true);
        }
        else if (lastSpace > firstSpace && string.CompareOrdinal(key, firstSpace, " of ", 0, 4) == 0
                 && PlaceWords.AdminWords.Contains(key.Substring(0, firstSpace)))
        {
            _adminCue[actor] = true;
            Collect(list, key.Substring(firstSpace + 4), PlaceKind.Admin1, true);
        }
        else if (lastWord == "city")
        {
            Collect(list, key.Substring(0, lastSpace), PlaceKind.City, true);
        }
    }

    // onlyKind: with exact false, every kind; with exact true, entries of that kind (cities: city or capital).
    private void Collect(List<Candidate> list, string key, PlaceKind onlyKind, bool exact)
    {
        var before = list.Count;
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

            // Entries are unique within one key's postings: only those of earlier keys can repeat.
            var seen = false;
            for (var k = 0; k < before; k++)
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
