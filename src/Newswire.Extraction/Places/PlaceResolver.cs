using System;
using System.Collections.Generic;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Places;

/// <summary>
/// Resolves an article's Location actors to gazetteer entries, deciding between places of the same name by the
/// article: the countries its actors belong to, the states and provinces its other places lie in, its dateline, and
/// population last ("Paris" beside Texas is Paris, Texas; "Georgia" beside Tbilisi is the country, beside Atlanta
/// the US state). Buildings and landmarks take the city of their context; regions and continents get no point.
/// </summary>
internal sealed class PlaceResolver
{
    // Score parts, in units of "ten times the population": a country beats a city of the same name, a capital
    // beats a town, and context (+2 for a country the article is about, +6 for a state it names) beats size.
    private const double CountryBonus = 2.0;
    private const double DominantBonus = 1.0;
    private const double Admin1Bonus = 6.0;
    private const double AliasPenalty = 1.0;
    private const double UnnamedCountryPenalty = 1.0;
    private const double OwnCountryBonus = 3.0;
    private const double MinimumScore = 2.0; // a town of 10,000, or a smaller one in a country the article names

    private readonly Gazetteer _g;
    private readonly string _text;
    private readonly IReadOnlyList<ExtractedActor> _actors;
    private readonly List<Candidate>[] _candidates;
    private readonly bool[] _adminCue;
    private readonly int[] _qualifier;
    private readonly string?[] _ownCountry; // the country each actor itself adds to the article's weights
    private readonly double[] _ownWeight;
    private readonly Dictionary<string, double> _countryWeight = new Dictionary<string, double>(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _admin1Count = new Dictionary<string, int>(StringComparer.Ordinal);
    private readonly int[] _chosen;
    private string? _dominant;
    private double _totalWeight;

    private PlaceResolver(Gazetteer g, string text, IReadOnlyList<ExtractedActor> actors)
    {
        _g = g;
        _text = text;
        _actors = actors;
        _candidates = new List<Candidate>[actors.Count];
        _adminCue = new bool[actors.Count];
        _qualifier = new int[actors.Count];
        _ownCountry = new string?[actors.Count];
        _ownWeight = new double[actors.Count];
        _chosen = new int[actors.Count];
    }

    /// <summary>
    /// The place of each actor (null for non-locations and unresolved ones). <paramref name="datelineStart"/>: the
    /// offset of the first body paragraph, where a dateline ("MOSCOW, Oct 8 -") would stand, or -1.
    /// </summary>
    public static Resolution Resolve(Gazetteer g, string text, IReadOnlyList<ExtractedActor> actors, int datelineStart)
    {
        var r = new PlaceResolver(g, text, actors);
        var places = r.Run(datelineStart, out var dateline);
        return new Resolution(places, r._chosen, dateline);
    }

    /// <summary>What the resolver found: each actor's place, its gazetteer entry (or -1), the dateline actor (or -1).</summary>
    internal sealed class Resolution
    {
        public Resolution(Place?[] places, int[] entries, int dateline)
        {
            Places = places;
            Entries = entries;
            Dateline = dateline;
        }

        public Place?[] Places { get; }

        public int[] Entries { get; }

        public int Dateline { get; }
    }

    private Place?[] Run(int datelineStart, out int dateline)
    {
        dateline = -1;
        var places = new Place?[_actors.Count];
        var any = false;
        for (var i = 0; i < _actors.Count; i++)
        {
            _chosen[i] = -1;
            var a = _actors[i];
            if (a.Country != null)
            {
                _ownCountry[i] = a.Country;
                _ownWeight[i] = a.Mentions.Count * (a.Kind == ActorKind.Location ? 2.0 : 1.0);
                Weigh(a.Country, _ownWeight[i]);
            }

            if (a.Kind == ActorKind.Location)
            {
                _candidates[i] = Candidates(i);
                any = true;
            }
            else if (a.Kind == ActorKind.Organization && NamesCountry(a.Name))
            {
                // "Georgia said ...": a country (or a state of the same name) acting as a political actor.
                _candidates[i] = Candidates(i);
                _candidates[i].RemoveAll(c => _g[c.Entry].Kind != PlaceKind.Country && _g[c.Entry].Kind != PlaceKind.Admin1);
                any = true;
            }
        }

        if (!any)
        {
            return places;
        }

        dateline = Dateline(datelineStart);

        // Pass 1: each place on its own, with the countries of the article's actors.
        for (var i = 0; i < _actors.Count; i++)
        {
            if (_candidates[i] != null)
            {
                _chosen[i] = Best(i, useAdmin1: false);
            }
        }

        // What pass 1 found becomes context: the countries of places that had none, the states places lie in.
        for (var i = 0; i < _actors.Count; i++)
        {
            if (_chosen[i] < 0)
            {
                continue;
            }

            var e = _g[_chosen[i]];
            if (_actors[i].Country == null && e.Country != null)
            {
                _ownCountry[i] = e.Country;
                _ownWeight[i] = _actors[i].Mentions.Count * 2.0;
                Weigh(e.Country, _ownWeight[i]);
            }

            if (e.Country != null && e.Admin1 != null && (e.Kind == PlaceKind.City || e.Kind == PlaceKind.Capital || e.Kind == PlaceKind.Admin1))
            {
                _admin1Count.TryGetValue(e.Country + "." + e.Admin1, out var n);
                _admin1Count[e.Country + "." + e.Admin1] = n + 1;
            }
        }

        if (dateline >= 0 && _chosen[dateline] >= 0 && _g[_chosen[dateline]].Country is { } datelineCountry)
        {
            Weigh(datelineCountry, 4.0);
        }

        var max = 0.0;
        foreach (var kv in _countryWeight)
        {
            if (kv.Value > max || (kv.Value == max && string.CompareOrdinal(kv.Key, _dominant) < 0))
            {
                max = kv.Value;
                _dominant = kv.Key;
            }
        }

        // Pass 2: with the states and the dominant country.
        for (var i = 0; i < _actors.Count; i++)
        {
            if (_candidates[i] != null)
            {
                _chosen[i] = Best(i, useAdmin1: true);
                if (_chosen[i] >= 0)
                {
                    places[i] = _g.ToPlace(_chosen[i]);
                }
            }
        }

        // Buildings and landmarks, and places the gazetteer does not hold, from what the rest resolved to.
        for (var i = 0; i < _actors.Count; i++)
        {
            if (_candidates[i] != null && _actors[i].Kind == ActorKind.Location && (places[i] == null || places[i]!.Kind == PlaceKind.City && IsLandmark(i)))
            {
                places[i] = Fallback(i, places);
            }
        }

        return places;
    }

    private bool NamesCountry(string name)
    {
        foreach (var (entry, _) in _g.Find(PlaceNames.Key(name)))
        {
            if (_g[entry].Kind == PlaceKind.Country)
            {
                return true;
            }
        }

        return false;
    }

    private void Weigh(string country, double weight)
    {
        _totalWeight += weight;
        _countryWeight.TryGetValue(country, out var w);
        _countryWeight[country] = w + weight;
    }

    // ------------------------------------------------------------------ candidates

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
            // "Cibolo, Texas", "Tabqa Dam, Syria": the part after the comma locates the part before it.
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

    // ------------------------------------------------------------------ scoring

    private int Best(int i, bool useAdmin1)
    {
        var list = _candidates[i];
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
                s -= UnnamedCountryPenalty;
            }

            if (useAdmin1 && e.Country == _dominant && w - own > 0)
            {
                s += DominantBonus;
            }

            if (useAdmin1 && e.Admin1 != null && e.Kind != PlaceKind.Country
                && _admin1Count.TryGetValue(e.Country + "." + e.Admin1, out var n)
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

    // ------------------------------------------------------------------ landmarks and fallbacks

    private bool IsLandmark(int i)
    {
        var a = _actors[i];
        if (PlaceWords.Landmarks.Contains(PlaceWords.LastWord(a.Name)))
        {
            return true;
        }

        foreach (var m in a.Mentions)
        {
            if (PlaceWords.LandmarkAfter(_text, m.Start + m.Length))
            {
                return true;
            }
        }

        return false;
    }

    private Place? Fallback(int i, Place?[] places)
    {
        var a = _actors[i];
        var country = a.Country;
        if (IsLandmark(i))
        {
            country ??= _dominant;
            var city = ContextCity(_g, _actors, _chosen, i, country);
            if (city >= 0)
            {
                return Landmark(_g, city);
            }

            // "the Zaporizhzhia nuclear plant": a landmark named after a town of its country stands at that town.
            if (places[i] is { } own && (own.Kind == PlaceKind.City || own.Kind == PlaceKind.Capital) && own.Latitude != null
                && (country == null || own.Country == country))
            {
                return new Place(own.GeoNamesId, own.Name, PlaceKind.Landmark, own.Country, own.Admin1, own.Latitude, own.Longitude);
            }

            if (country != null)
            {
                // A landmark in a country the article is about, in no city it names: no point to give.
                return new Place(0, a.Name, PlaceKind.Landmark, country, null, null, null);
            }
        }

        if (places[i] != null)
        {
            return places[i];
        }

        // "Paxton, Illinois", "Osijek-Baranja County, Croatia": a place the gazetteer lacks, in the state or country named.
        var name = a.Name.IndexOf(',') > 0 ? a.Name.Substring(0, a.Name.IndexOf(',')) : a.Name;
        if (_qualifier[i] > 0)
        {
            var q = _g.ToPlace(_qualifier[i] - 1);
            return new Place(0, name, PlaceKind.Region, q.Country, q.Kind == PlaceKind.Admin1 ? q.Name : null, null, null);
        }

        if (a.Country == null)
        {
            return null;
        }

        // "U. S.", "UAE": a country's initials, which the gazetteer does not index (two letters name too much).
        if (IsInitials(name) && _g.CountryEntry(a.Country) is var c && c >= 0)
        {
            return _g.ToPlace(c);
        }

        // Known to lie in a country (the lexicon says so) but not a town of the gazetteer: a region of it.
        return new Place(0, name, PlaceKind.Region, a.Country, null, null, null);
    }

    /// <summary>A landmark standing in city entry <paramref name="city"/>: the city's point, id and name.</summary>
    internal static Place Landmark(Gazetteer g, int city)
    {
        var p = g.ToPlace(city);
        return new Place(p.GeoNamesId, p.Name, PlaceKind.Landmark, p.Country, p.Admin1, p.Latitude, p.Longitude);
    }

    private static bool IsInitials(string name)
    {
        var letters = 0;
        foreach (var ch in name)
        {
            if (char.IsLower(ch))
            {
                return false;
            }

            letters += char.IsLetter(ch) ? 1 : 0;
        }

        return letters >= 2 && letters <= 4;
    }

    /// <summary>The city the article names nearest before the actor's first mention (else after it), in the country.</summary>
    internal static int ContextCity(Gazetteer g, IReadOnlyList<ExtractedActor> actors, int[] chosen, int i, string? country)
    {
        var at = actors[i].Mentions.Count > 0 ? actors[i].Mentions[0].Start : 0;
        var best = -1;
        var bestDistance = int.MaxValue;
        for (var j = 0; j < actors.Count; j++)
        {
            if (j == i || chosen[j] < 0)
            {
                continue;
            }

            var e = g[chosen[j]];
            if ((e.Kind != PlaceKind.City && e.Kind != PlaceKind.Capital) || (country != null && e.Country != country))
            {
                continue;
            }

            foreach (var m in actors[j].Mentions)
            {
                // Before the landmark counts more than after it: "in Brasília ... at the Itamaraty Palace".
                var d = m.Start <= at ? at - m.Start : (m.Start - at) * 4;
                if (d < bestDistance)
                {
                    bestDistance = d;
                    best = chosen[j];
                }
            }
        }

        return best;
    }

    /// <summary>The actor named at the start of the first paragraph before a comma or dash ("MOSCOW, Oct 8 -"), or -1.</summary>
    private int Dateline(int start)
    {
        if (start < 0)
        {
            return -1;
        }

        for (var i = 0; i < _actors.Count; i++)
        {
            if (_candidates[i] == null)
            {
                continue;
            }

            foreach (var m in _actors[i].Mentions)
            {
                if (m.Start == start)
                {
                    var end = m.Start + m.Length;
                    while (end < _text.Length && _text[end] == ' ')
                    {
                        end++;
                    }

                    if (end < _text.Length && (_text[end] == ',' || _text[end] == '-' || _text[end] == '\u2014' || _text[end] == '\u2013' || _text[end] == '('))
                    {
                        return i;
                    }
                }
            }
        }

        return -1;
    }

    private readonly struct Candidate
    {
        public Candidate(int entry, bool alias)
        {
            Entry = entry;
            Alias = alias;
        }

        public readonly int Entry;
        public readonly bool Alias;
    }
}
