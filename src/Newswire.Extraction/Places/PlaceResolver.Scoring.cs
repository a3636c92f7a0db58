using System;
using System.Collections.Generic;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Places;

// Scoring: the best candidate by population, kind and the article's context (see PlaceResolver.cs).
internal sealed partial class PlaceResolver
{
    private int Best(int i, bool useAdmin1)
    {
        var list = _candidates[i]!; // called only for actors with candidates
        var a = _actors[i];
        var best = -1;
        var bestScore = double.MinValue;
        foreach (var c in list)
        {
            var s = Score(i, c, useAdmin1);
            if (s > bestScore || (s == bestScore && best >= 0 && _g[c.Entry].Id < _g[best].Id))
            {
                best = c.Entry;
                bestScore = s;
            }
        }

        // A name the lexicon or the text placed in a country needs no more evidence; a bare name matching only
        // small towns in countries the article never mentions is more likely not a place of the gazetteer at all.
        if (best >= 0 && a.Country != null && _g[best].Country != a.Country && !AnyIn(list, a.Country))
        {
            return -1; // no place of that name in the lexicon's country: the fallback keeps its country
        }

        return best >= 0 && (a.Country != null || bestScore >= MinimumScore) ? best : -1;
    }

    private bool AnyIn(List<Candidate> list, string country)
    {
        foreach (var c in list)
        {
            if (_g[c.Entry].Country == country)
            {
                return true;
            }
        }

        return false;
    }

    private double Score(int i, Candidate c, bool useAdmin1)
    {
        var e = _g[c.Entry];
        var s = Prior(e.Kind) + (0.5 * Math.Log10(e.Population + 1.0)) - (c.Alias ? AliasPenalty : 0);
        if (e.Country != null)
        {
            var own = _ownCountry[i] == e.Country ? _ownWeight[i] : 0;
            if (_actors[i].Country == e.Country)
            {
                s += OwnCountryBonus;
            }

            if (_countryWeight.TryGetValue(e.Country, out var w) && w - own > 0)
            {
                s += CountryBonus;
            }
            else if (_totalWeight - _ownWeight[i] > 0 && e.Kind != PlaceKind.Country)
            {
                // The article is about somewhere, and not this country: a town of 100,000 there is still
                // plausible, a smaller one ("Olympia" in a story about Greece is not Olympia, Washington) is not.
                // A province there weighs as a town of its size: a small one ("Litoral" in a story about Ecuador is
                // no Equatoguinean province) is a same-named place of the story's country; a large one stays.
                s -= UnnamedCountryPenalty + (e.Kind == PlaceKind.Admin1 ? Prior(PlaceKind.Admin1) : 0);
            }

            if (useAdmin1 && e.Country == _dominant && w - own > 0)
            {
                s += DominantBonus;
            }

            if (useAdmin1 && e.Admin1 != null && e.Kind != PlaceKind.Country
                && _admin1Count.TryGetValue((e.Country, e.Admin1), out var n)
                && n - (_chosen[i] >= 0 && _g[_chosen[i]].Country == e.Country && _g[_chosen[i]].Admin1 == e.Admin1 ? 1 : 0) > 0)
            {
                s += Admin1Bonus;
            }
        }

        if (_adminCue[i] && e.Kind == PlaceKind.Admin1)
        {
            s += 3;
        }

        return s;
    }

    private static double Prior(PlaceKind kind) => kind switch
    {
        PlaceKind.Country => 6,
        PlaceKind.Continent => 7,
        PlaceKind.Region => 5,
        PlaceKind.Capital => 2.5,
        PlaceKind.Admin1 => 1,
        _ => 0,
    };
}
