using System.Globalization;

namespace Newswire.Tools.BuildGazetteer;

/// <summary>One gazetteer row: what the engine's <c>Gazetteer</c> reads back.</summary>
internal sealed class PlaceRow
{
    public required char Type { get; init; }      // c country, a admin1, P capital, p other city, r region, k continent
    public required long Id { get; init; }        // GeoNames id; 0 for regions and continents
    public required string Country { get; init; } // ISO 3166-1 alpha-3, or empty
    public required string Admin1 { get; init; }  // GeoNames admin1 code within the country, or empty
    public required string Name { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public long Population { get; set; }
    public List<string> Aliases { get; } = new();
}

/// <summary>Everything read from the sources.</summary>
internal sealed class SourceData
{
    public List<PlaceRow> Places { get; } = new();
    public List<string> Notes { get; } = new();
}

/// <summary>
/// Reads the staged GeoNames files (countries, admin1, cities of 5,000+), the Wikidata English country aliases and the
/// built-in lexicon's places (which win on names it knows better and add regions GeoNames' city file does not hold).
/// </summary>
internal static class Sources
{
    // Alternate names of small towns are mostly other languages' spellings, which only add false ambiguity in English
    // news; big cities' alternate names carry the English exonyms and former names ("Kiev", "Bombay").
    private const long AliasPopulation = 300_000;

    // Continents are facts, not in the staged files (countryInfo only has their codes).
    private static readonly string[] Continents = { "Africa", "Asia", "Europe", "North America", "South America", "Oceania", "Antarctica" };

    public static SourceData Read(string folder, string lexiconPath, string curatedPath)
    {
        var data = new SourceData();
        var iso3 = new Dictionary<string, string>(StringComparer.Ordinal);
        var countries = new Dictionary<string, PlaceRow>(StringComparer.Ordinal);
        foreach (var r in Rows(Path.Combine(folder, "geonames_countries.tsv")))
        {
            if (r["iso3"].Length != 3 || !long.TryParse(r["geonameid"], out var id))
            {
                continue;
            }

            iso3[r["iso2"]] = r["iso3"];
            var row = new PlaceRow { Type = 'c', Id = id, Country = r["iso3"], Admin1 = "", Name = r["name"], Population = Long(r["population"]) };
            countries[r["iso3"]] = row;
            data.Places.Add(row);
        }

        foreach (var r in Rows(Path.Combine(folder, "wikidata_country_aliases_en.tsv")))
        {
            if (countries.TryGetValue(r["iso3"], out var c))
            {
                AddAlias(c, r["label"]);
            }
        }

        var admin1 = new Dictionary<string, PlaceRow>(StringComparer.Ordinal);
        foreach (var r in Rows(Path.Combine(folder, "geonames_admin1.tsv")))
        {
            var code = r["code"];
            var dot = code.IndexOf('.');
            if (dot != 2 || !iso3.TryGetValue(code.Substring(0, 2), out var cc) || !long.TryParse(r["geonameid"], out var id))
            {
                continue;
            }

            var row = new PlaceRow { Type = 'a', Id = id, Country = cc, Admin1 = code.Substring(3), Name = r["name"] };
            AddAlias(row, r["asciiname"]);
            admin1[cc + "." + row.Admin1] = row;
            data.Places.Add(row);
        }

        var cities = new List<PlaceRow>();
        foreach (var r in Rows(Path.Combine(folder, "geonames_cities5000.tsv")))
        {
            if (!iso3.TryGetValue(r["country_code"], out var cc) || !long.TryParse(r["geonameid"], out var id))
            {
                continue;
            }

            var feature = r["feature_code"];
            var row = new PlaceRow
            {
                Type = feature == "PPLC" ? 'P' : 'p',
                Id = id,
                Country = cc,
                Admin1 = r["admin1_code"],
                Name = r["name"],
                Latitude = double.Parse(r["latitude"], CultureInfo.InvariantCulture),
                Longitude = double.Parse(r["longitude"], CultureInfo.InvariantCulture),
                Population = Long(r["population"]),
            };
            AddAlias(row, r["asciiname"]);
            if (row.Population >= AliasPopulation || feature == "PPLC")
            {
                foreach (var alt in r["alt_names_latin"].Split('|', StringSplitOptions.RemoveEmptyEntries))
                {
                    AddAlias(row, alt);
                }
            }

            cities.Add(row);
            data.Places.Add(row);
        }

        // Countries and states get the population-weighted centre of their cities: a point inside the area where
        // people live, good enough to put an event "in Texas" on a map (GeoNames' own centroids are not staged).
        Centre(countries.Values, cities, c => c.Country);
        Centre(admin1.Values, cities, c => c.Country + "." + c.Admin1);
        foreach (var a in admin1.Values)
        {
            a.Population = cities.Where(c => c.Country == a.Country && c.Admin1 == a.Admin1).Sum(c => c.Population);
        }

        ApplyLexicon(data, lexiconPath, cities);
        ApplyCuratedNames(data, curatedPath, cities);
        ApplyRenames(data, Path.Combine(AppContext.BaseDirectory, "renames.tsv"), cities);
        foreach (var name in Continents)
        {
            data.Places.Add(new PlaceRow { Type = 'k', Id = 0, Country = "", Admin1 = "", Name = name });
        }

        return data;
    }

    /// <summary>
    /// The built-in lexicon's place aliases ("Rostov", "Kharkov") become the aliases of the largest city of its country
    /// it names; its places without a country are regions ("Central Asia", "Eurasia"). Renames after the snapshot come
    /// from renames.tsv (the lexicon lists many old spellings of a place, so it cannot say which name is current).
    /// </summary>
    private static void ApplyLexicon(SourceData data, string path, List<PlaceRow> cities)
    {
        var byCountry = cities.GroupBy(c => c.Country).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Population).ThenBy(c => c.Id).ToList());
        var regions = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (f.Length < 3 || f[0] != "L")
            {
                continue;
            }

            var aliases = f.Length > 3 ? f[3].Split(';', StringSplitOptions.RemoveEmptyEntries) : Array.Empty<string>();
            if (f[1].Length == 0)
            {
                if (regions.Add(f[2]) && Array.IndexOf(Continents, f[2]) < 0)
                {
                    var region = new PlaceRow { Type = 'r', Id = 0, Country = "", Admin1 = "", Name = f[2] };
                    foreach (var a in aliases)
                    {
                        AddAlias(region, a);
                    }

                    data.Places.Add(region);
                }

                continue;
            }

            if (!byCountry.TryGetValue(f[1], out var list))
            {
                continue;
            }

            // The city the entry names, by its name or else by one of its aliases ("Zaporizhzhia" by "Zaporozhye").
            var name = f[2];
            var city = list.FirstOrDefault(c => Same(c.Name, name) || c.Aliases.Any(a => Same(a, name)))
                ?? list.FirstOrDefault(c => aliases.Any(x => Same(c.Name, x) || c.Aliases.Any(a => Same(a, x))));
            if (city is null)
            {
                continue;
            }

            AddAlias(city, name);

            foreach (var a in aliases)
            {
                AddAlias(city, a);
            }
        }
    }

    /// <summary>
    /// The hand-curated lexicon places (tools/lexicons/curated/regions.tsv) use the usual English name: where one is an
    /// alternate name of the largest town of its country so called ("Rostov-on-Don" for GeoNames' "Rostov-na-Donu"),
    /// it becomes that town's name. (The generated part of the lexicon lists old spellings beside current ones.)
    /// </summary>
    private static void ApplyCuratedNames(SourceData data, string path, List<PlaceRow> cities)
    {
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (line.StartsWith('#') || f.Length < 2 || f[1].Length != 3)
            {
                continue;
            }

            var name = f[0];
            var city = cities.Where(c => c.Country == f[1] && (Same(c.Name, name) || c.Aliases.Any(a => Same(a, name))))
                .OrderByDescending(c => c.Population).ThenBy(c => c.Id).FirstOrDefault();
            if (city != null && !Same(city.Name, name) && !cities.Any(c => c.Country == f[1] && Same(c.Name, name)))
            {
                data.Notes.Add($"curated name: {city.Name} ({city.Country}, {city.Id}) -> {name}");
                var old = city.Name;
                city.Name = name;
                city.Aliases.RemoveAll(a => Same(a, name));
                AddAlias(city, old);
            }
        }
    }

    /// <summary>Renames from renames.tsv: GeoNames id, current name, why.</summary>
    private static void ApplyRenames(SourceData data, string path, List<PlaceRow> cities)
    {
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (line.StartsWith('#') || f.Length < 2 || !long.TryParse(f[0], out var id))
            {
                continue;
            }

            var row = data.Places.FirstOrDefault(p => p.Id == id) ?? throw new InvalidDataException("renames.tsv: no GeoNames id " + id);
            data.Notes.Add($"renamed {row.Name} ({row.Country}, {row.Id}) -> {f[1]}");
            var old = row.Name;
            row.Name = f[1];
            row.Aliases.RemoveAll(a => Same(a, f[1]));
            AddAlias(row, old);
        }
    }

    private static void Centre(IEnumerable<PlaceRow> areas, List<PlaceRow> cities, Func<PlaceRow, string> key)
    {
        var sums = new Dictionary<string, (double X, double Y, double Z)>(StringComparer.Ordinal);
        foreach (var c in cities)
        {
            var w = Math.Max(1, c.Population);
            var lat = c.Latitude!.Value * Math.PI / 180;
            var lon = c.Longitude!.Value * Math.PI / 180;
            sums.TryGetValue(key(c), out var s);
            sums[key(c)] = (s.X + (w * Math.Cos(lat) * Math.Cos(lon)), s.Y + (w * Math.Cos(lat) * Math.Sin(lon)), s.Z + (w * Math.Sin(lat)));
        }

        foreach (var a in areas)
        {
            if (sums.TryGetValue(a.Type == 'c' ? a.Country : a.Country + "." + a.Admin1, out var s))
            {
                var hyp = Math.Sqrt((s.X * s.X) + (s.Y * s.Y));
                a.Latitude = Math.Atan2(s.Z, hyp) * 180 / Math.PI;
                a.Longitude = Math.Atan2(s.Y, s.X) * 180 / Math.PI;
            }
        }
    }

    // The engine looks names up by a folded key (PlaceNames.Key): case, accents, apostrophes and dots do not count.
    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase) || Key(a) == Key(b);

    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal);

    internal static string Key(string s) => Keys.TryGetValue(s, out var k) ? k : Keys[s] = Newswire.Extraction.Places.PlaceNames.Key(s);

    private static void AddAlias(PlaceRow row, string alias)
    {
        alias = alias.Trim();
        // Two-letter codes ("GE", "rw") and lower-case short codes name nothing in running text.
        if (alias.Length <= 2 || (alias.Length <= 3 && alias.ToLowerInvariant() == alias))
        {
            return;
        }

        if (alias.Length == 0 || alias.Length > 60 || Same(alias, row.Name) || row.Aliases.Any(a => Same(a, alias)) || alias.Contains('\t') || alias.Contains('|'))
        {
            return;
        }

        row.Aliases.Add(alias);
    }

    private static long Long(string s) => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static IEnumerable<Dictionary<string, string>> Rows(string path)
    {
        string[]? header = null;
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (header is null)
            {
                header = f;
                continue;
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < f.Length ? f[i] : "";
            }

            yield return row;
        }
    }
}
