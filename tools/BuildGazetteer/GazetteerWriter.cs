using System.Globalization;
using System.Text;

namespace Newswire.Tools.BuildGazetteer;

/// <summary>
/// Writes the gazetteer text the engine reads (see <c>Newswire.Extraction.Places.Gazetteer</c>): comment lines start
/// with '#'; each other line is type, GeoNames id, ISO alpha-3 country, admin1 code, name, latitude, longitude,
/// population in thousands, and lookup keys, tab-separated. The id is written as the difference from the previous row's
/// (rows are sorted by id within a state), which keeps the file small: the engine assembly ships three times in the
/// package. The keys are the engine's PlaceNames.Key of the name ("=" when it is the name in lower case), then of
/// each alias not already there ('|'-separated), so the engine loads without folding 200,000 names. Type: c country, a admin1, P capital, p city, r region,
/// k continent. Rows are sorted by type, country, admin1, then id and name, so the same sources give the same bytes.
/// </summary>
internal static class GazetteerWriter
{
    private const string Types = "caPprk";

    public static string Write(SourceData data)
    {
        var sb = new StringBuilder(4 << 20);
        sb.Append("# Newswire gazetteer. Built by tools/BuildGazetteer from GeoNames (https://www.geonames.org, CC BY 4.0),\n");
        sb.Append("# Wikidata English country aliases (via econandrew/sparql_queries, MIT) and the built-in lexicon; see NOTICE.\n");
        sb.Append("# type id-delta iso3 admin1 name lat lon population/1000 keys  (type: c country, a admin1, P capital, p city, r region, k continent;\n");
        sb.Append("# keys: the lookup keys of the name and its aliases, lower case, accents and punctuation folded)\n");
        var rows = data.Places
            .OrderBy(r => Types.IndexOf(r.Type))
            .ThenBy(r => r.Country, StringComparer.Ordinal)
            .ThenBy(r => r.Admin1, StringComparer.Ordinal)
            .ThenBy(r => r.Id)
            .ThenBy(r => r.Name, StringComparer.Ordinal);
        long previous = 0;
        foreach (var r in rows)
        {
            sb.Append(r.Type).Append('\t')
              .Append((r.Id - previous).ToString(CultureInfo.InvariantCulture)).Append('\t')
              .Append(r.Country).Append('\t')
              .Append(r.Admin1).Append('\t')
              .Append(r.Name).Append('\t')
              .Append(Coordinate(r.Latitude)).Append('\t')
              .Append(Coordinate(r.Longitude)).Append('\t')
              .Append(((r.Population + 500) / 1000).ToString(CultureInfo.InvariantCulture)).Append('\t')
              .Append(string.Join("|", Keys(r)))
              .Append('\n');
            previous = r.Id;
        }

        return sb.ToString();
    }

    private static IEnumerable<string> Keys(PlaceRow r)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var first = true;
        foreach (var name in new[] { r.Name }.Concat(r.Aliases))
        {
            var key = Sources.Key(name);
            if (key.Length > 0 && seen.Add(key))
            {
                yield return first && key == r.Name.ToLowerInvariant() ? "=" : key;
            }

            first = false;
        }
    }

    // Two decimals: about 1 km, far below what a news place name means (a town, a state, a country).
    private static string Coordinate(double? value) => value is null ? "" : Math.Round(value.Value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
