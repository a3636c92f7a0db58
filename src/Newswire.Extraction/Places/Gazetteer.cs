using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;

namespace Newswire.Extraction.Places;

/// <summary>
/// The embedded gazetteer (Data/places.tsv.gz, built by tools/BuildGazetteer from GeoNames and Wikidata): countries,
/// first-level divisions, towns of 5,000+ people, regions and continents, looked up by name or alias. Loaded once, on
/// first use, by whichever thread gets there first; read-only afterwards, so any number of threads share it.
/// </summary>
internal sealed class Gazetteer
{
    private const string ResourceName = "Newswire.Places.places.tsv.gz";

    private static readonly Lazy<Gazetteer> DefaultLazy = new Lazy<Gazetteer>(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly List<Entry> _entries = new List<Entry>(60000);
    private readonly Dictionary<string, int> _head = new Dictionary<string, int>(StringComparer.Ordinal);
    private readonly List<int> _postEntry = new List<int>(200000);   // entry index * 2, + 1 when the key is an alias
    private readonly List<int> _postNext = new List<int>(200000);
    private readonly Dictionary<string, int> _countries = new Dictionary<string, int>(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _admin1 = new Dictionary<string, int>(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _capitals = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>The embedded gazetteer.</summary>
    public static Gazetteer Default => DefaultLazy.Value;

    /// <summary>Whether the embedded gazetteer has been loaded (load-time measurements).</summary>
    public static bool IsLoaded => DefaultLazy.IsValueCreated;

    /// <summary>Number of entries.</summary>
    public int Count => _entries.Count;

    /// <summary>Entry <paramref name="index"/>.</summary>
    public Entry this[int index] => _entries[index];

    /// <summary>Adds the entries of a gazetteer text (the format tools/BuildGazetteer writes).</summary>
    [MethodImpl(Hot.Once)]
    public static Gazetteer Parse(TextReader reader)
    {
        var g = new Gazetteer();
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string? line;
        var fields = new string[9];
        long id = 0;
        while ((line = reader.ReadLine()) != null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var n = Split(line, fields);
            if (n < 8)
            {
                continue;
            }

            id += long.Parse(fields[1], CultureInfo.InvariantCulture); // ids are written as deltas
            var entry = ReadEntry(line[0], (int)id, fields, strings);
            var index = g._entries.Count;
            g._entries.Add(entry);
            g.IndexKeys(entry, index, n > 8 ? fields[8] : "");
            g.IndexByCountry(entry, index);
        }

        return g;
    }

    // One line's entry: kind letter, id (already summed from the deltas), then the fields country, admin1, name,
    // latitude, longitude, population in thousands. Country and admin1 codes are shared strings.
    [MethodImpl(Hot.Once)]
    private static Entry ReadEntry(char letter, int id, string[] fields, Dictionary<string, string> strings)
    {
        var kind = letter switch
        {
            'c' => PlaceKind.Country,
            'a' => PlaceKind.Admin1,
            'P' => PlaceKind.Capital,
            'p' => PlaceKind.City,
            'r' => PlaceKind.Region,
            _ => PlaceKind.Continent,
        };
        var country = Intern(strings, fields[2]);
        var admin1 = Intern(strings, fields[3]);
        return new Entry(
            kind,
            id,
            fields[4],
            country.Length == 0 ? null : country,
            admin1.Length == 0 ? null : admin1,
            fields[5].Length == 0 ? double.NaN : double.Parse(fields[5], CultureInfo.InvariantCulture),
            fields[6].Length == 0 ? double.NaN : double.Parse(fields[6], CultureInfo.InvariantCulture),
            long.Parse(fields[7], CultureInfo.InvariantCulture) * 1000);
    }

    // The keys column: the name's key first, then the aliases' (already folded by the build tool), '|' between;
    // "=" for a name key that is the name in lower case.
    [MethodImpl(Hot.Once)]
    private void IndexKeys(Entry entry, int index, string keys)
    {
        var start = 0;
        for (var k = 0; k <= keys.Length; k++)
        {
            if (k == keys.Length || keys[k] == '|')
            {
                if (k > start)
                {
                    var key = start == 0 && k == 1 && keys[0] == '=' ? entry.Name.ToLowerInvariant() : keys.Substring(start, k - start);
                    if (start == 0)
                    {
                        entry.NameKey = key;
                    }

                    Index(key, index, start > 0);
                }

                start = k + 1;
            }
        }
    }

    // A country's entry, a state's by country and code, and a country's first capital.
    [MethodImpl(Hot.Once)]
    private void IndexByCountry(Entry entry, int index)
    {
        if (entry.Country == null)
        {
            return;
        }

        if (entry.Kind == PlaceKind.Country)
        {
            _countries[entry.Country] = index;
        }
        else if (entry.Kind == PlaceKind.Admin1 && entry.Admin1 != null)
        {
            _admin1[entry.Country + "." + entry.Admin1] = index;
        }
        else if (entry.Kind == PlaceKind.Capital && !_capitals.ContainsKey(entry.Country))
        {
            _capitals[entry.Country] = index;
        }
    }

    /// <summary>Whether some entry named or aliased <paramref name="name"/> is a country.</summary>
    public bool NamesCountry(string name)
    {
        foreach (var (entry, _) in Find(PlaceNames.Key(name)))
        {
            if (_entries[entry].Kind == PlaceKind.Country)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Entries named or aliased by <paramref name="key"/> (a <see cref="PlaceNames.Key"/>): entry index and whether only an alias matched.</summary>
    public Postings Find(string key)
    {
        if (_head.TryGetValue(key, out var p))
        {
            return new Postings(this, p);
        }

        // Romanizations of the same ending differ between sources ("Zaporizhzhia" / "Zaporizhzhya"): an unknown key
        // ending in one is tried with the other.
        var variant = TransliterationVariant(key);
        return new Postings(this, variant != null && _head.TryGetValue(variant, out p) ? p : -1);
    }

    /// <summary>The key with a final "ia" as "ya" or the reverse, or null (keys of three letters or fewer keep theirs).</summary>
    internal static string? TransliterationVariant(string key)
    {
        if (key.Length <= 3)
        {
            return null;
        }

        if (key.EndsWith("ia", StringComparison.Ordinal))
        {
            return key.Substring(0, key.Length - 2) + "ya";
        }

        return key.EndsWith("ya", StringComparison.Ordinal) ? key.Substring(0, key.Length - 2) + "ia" : null;
    }

    /// <summary>The entries of one key, enumerated without allocating.</summary>
    internal struct Postings
    {
        private readonly Gazetteer _g;
        private int _next;
        private int _current;

        public Postings(Gazetteer g, int first)
        {
            _g = g;
            _next = first;
            _current = -1;
        }

        public (int Entry, bool Alias) Current => (_g._postEntry[_current] >> 1, (_g._postEntry[_current] & 1) != 0);

        public Postings GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_next < 0)
            {
                return false;
            }

            _current = _next;
            _next = _g._postNext[_next];
            return true;
        }

        public List<(int Entry, bool Alias)> ToList()
        {
            var list = new List<(int Entry, bool Alias)>();
            foreach (var p in this)
            {
                list.Add(p);
            }

            return list;
        }
    }

    /// <summary>The country entry for an ISO alpha-3 code, or -1.</summary>
    public int CountryEntry(string iso3) => _countries.TryGetValue(iso3, out var i) ? i : -1;

    /// <summary>The first-level division of a country by its GeoNames code, or -1.</summary>
    public int Admin1Entry(string iso3, string code) => _admin1.TryGetValue(iso3 + "." + code, out var i) ? i : -1;

    /// <summary>The country's capital, or -1.</summary>
    public int CapitalEntry(string iso3) => _capitals.TryGetValue(iso3, out var i) ? i : -1;

    /// <summary>The public record for entry <paramref name="index"/>.</summary>
    public Place ToPlace(int index)
    {
        var e = _entries[index];
        var admin1 = e.Kind != PlaceKind.Admin1 && e.Country != null && e.Admin1 != null && _admin1.TryGetValue(e.Country + "." + e.Admin1, out var a)
            ? _entries[a].Name
            : null;
        return new Place(e.Id, e.Name, e.Kind, e.Country, admin1, double.IsNaN(e.Latitude) ? null : e.Latitude, double.IsNaN(e.Longitude) ? null : e.Longitude);
    }

    [MethodImpl(Hot.Once)]
    private void Index(string key, int entry, bool alias)
    {
        if (key.Length == 0)
        {
            return;
        }

        var post = _postEntry.Count;
        if (_head.TryGetValue(key, out var first))
        {
            // One entry once per key: its own name wins over an alias that folds to the same key.
            for (var p = first; p >= 0; p = _postNext[p])
            {
                if (_postEntry[p] >> 1 == entry)
                {
                    return;
                }
            }

            _postNext.Add(first);
        }
        else
        {
            _postNext.Add(-1);
        }

        _postEntry.Add((entry << 1) | (alias ? 1 : 0));
        _head[key] = post;
    }

    private static string Intern(Dictionary<string, string> strings, string s)
    {
        if (strings.TryGetValue(s, out var v))
        {
            return v;
        }

        strings[s] = s;
        return s;
    }

    [MethodImpl(Hot.Once)]
    private static int Split(string line, string[] fields)
    {
        var n = 0;
        var start = 0;
        for (var i = 0; i <= line.Length && n < fields.Length; i++)
        {
            if (i == line.Length || line[i] == '\t')
            {
                fields[n++] = line.Substring(start, i - start);
                start = i + 1;
            }
        }

        return n;
    }

    private static Gazetteer Load()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("the embedded gazetteer " + ResourceName + " is missing");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, new UTF8Encoding(false), false, 1 << 16);
        return Parse(reader);
    }

    /// <summary>One gazetteer entry. Latitude and longitude are NaN for regions and continents.</summary>
    internal sealed class Entry
    {
        public Entry(PlaceKind kind, int id, string name, string? country, string? admin1, double latitude, double longitude, long population)
        {
            Kind = kind;
            Id = id;
            Name = name;
            Country = country;
            Admin1 = admin1;
            Latitude = latitude;
            Longitude = longitude;
            Population = population;
        }

        public PlaceKind Kind { get; }

        public int Id { get; }

        public string Name { get; }

        public string? Country { get; }

        /// <summary>The GeoNames admin1 code within the country ("TX"), or null.</summary>
        public string? Admin1 { get; }

        public double Latitude { get; }

        public double Longitude { get; }

        public long Population { get; }

        /// <summary>The lookup key of the name (set on load).</summary>
        public string NameKey { get; internal set; } = "";

        public override string ToString() => Kind + " " + Name + " " + Country + "." + Admin1 + " " + Population;
    }
}
