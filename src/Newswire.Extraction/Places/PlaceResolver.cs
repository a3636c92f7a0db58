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

    // One resolver per thread, reused article after article (a nested call gets a new one): its arrays,
    // dictionaries and candidate lists need not be allocated again for every article.
    [ThreadStatic]
    private static PlaceResolver? _pooled;

    private readonly Dictionary<string, double> _countryWeight = new Dictionary<string, double>(StringComparer.Ordinal);
    private readonly Dictionary<(string Country, string Admin1), int> _admin1Count = new Dictionary<(string Country, string Admin1), int>();
    private readonly List<List<Candidate>> _lists = new List<List<Candidate>>();
    private Gazetteer _g = null!;
    private string _text = string.Empty;
    private IReadOnlyList<ExtractedActor> _actors = Array.Empty<ExtractedActor>();

    // Per actor, valid up to _actors.Count (longer when an earlier article had more actors).
    private List<Candidate>?[] _candidates = Array.Empty<List<Candidate>?>();
    private bool[] _adminCue = Array.Empty<bool>();
    private int[] _qualifier = Array.Empty<int>();
    private string?[] _ownCountry = Array.Empty<string?>(); // the country each actor itself adds to the article's weights
    private double[] _ownWeight = Array.Empty<double>();
    private int[] _chosen = Array.Empty<int>(); // handed out with the resolution: a new one per article
    private int _listsUsed;
    private string? _dominant;
    private double _totalWeight;

    /// <summary>
    /// The place of each actor (null for non-locations and unresolved ones). <paramref name="datelineStart"/>: the
    /// offset of the first body paragraph, where a dateline ("MOSCOW, Oct 8 -") would stand, or -1.
    /// </summary>
    public static Resolution Resolve(Gazetteer g, string text, IReadOnlyList<ExtractedActor> actors, int datelineStart)
    {
        var r = _pooled ?? new PlaceResolver();
        _pooled = null;
        r.Start(g, text, actors);
        var places = r.Run(datelineStart, out var dateline);
        var resolution = new Resolution(places, r._chosen, dateline);
        r.Finish();
        _pooled = r;
        return resolution;
    }

    private void Start(Gazetteer g, string text, IReadOnlyList<ExtractedActor> actors)
    {
        _g = g;
        _text = text;
        _actors = actors;
        var n = actors.Count;
        if (_candidates.Length < n)
        {
            var size = Math.Max(n, _candidates.Length * 2);
            _candidates = new List<Candidate>?[size];
            _adminCue = new bool[size];
            _qualifier = new int[size];
            _ownCountry = new string?[size];
            _ownWeight = new double[size];
        }
        else
        {
            Array.Clear(_candidates, 0, n);
            Array.Clear(_adminCue, 0, n);
            Array.Clear(_qualifier, 0, n);
            Array.Clear(_ownCountry, 0, n);
            Array.Clear(_ownWeight, 0, n);
        }

        _chosen = new int[n];
        _countryWeight.Clear();
        _admin1Count.Clear();
        _listsUsed = 0;
        _dominant = null;
        _totalWeight = 0;
    }

    // Lets go of the article (its text and actors are not kept alive by the thread's resolver).
    private void Finish()
    {
        Array.Clear(_candidates, 0, _actors.Count);
        _text = string.Empty;
        _actors = Array.Empty<ExtractedActor>();
        _chosen = Array.Empty<int>();
    }

    // An empty candidate list of this article (the lists are reused by the next article).
    private List<Candidate> NewList()
    {
        if (_listsUsed == _lists.Count)
        {
            _lists.Add(new List<Candidate>());
        }

        var list = _lists[_listsUsed++];
        list.Clear();
        return list;
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
            else if (a.Kind == ActorKind.Organization && _g.NamesCountry(a.Name))
            {
                // "Georgia said ...": a country (or a state of the same name) acting as a political actor.
                var list = Candidates(i);
                list.RemoveAll(c => _g[c.Entry].Kind != PlaceKind.Country && _g[c.Entry].Kind != PlaceKind.Admin1);
                _candidates[i] = list;
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
