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
internal sealed partial class PlaceResolver
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
    private readonly Dictionary<(string Country, string Admin1), int> _admin1Count = new Dictionary<(string Country, string Admin1), int>();
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
        if (!CollectCandidates())
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

        LearnFromFirstPass(dateline);

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

    // The actors' own countries as weights, and the candidates of every location; false when there is none.
    private bool CollectCandidates()
    {
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

        return any;
    }

    // What pass 1 found becomes context: the countries of places that had none, the states places lie in, the
    // dateline's country, and from all of them the article's dominant country.
    private void LearnFromFirstPass(int dateline)
    {
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
                _admin1Count.TryGetValue((e.Country, e.Admin1), out var n);
                _admin1Count[(e.Country, e.Admin1)] = n + 1;
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
