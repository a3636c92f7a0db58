using System.Globalization;
using System.Text;

namespace Newswire.Tools.BuildGazetteer;

/// <summary>
/// Writes the gazetteer text the engine reads (see <c>Newswire.Extraction.Places.Gazetteer</c>): comment lines start
/// with '#'; each other line is type, GeoNames id, ISO alpha-3 country, admin1 code, name, latitude, longitude,
/// population, aliases ('|'-separated), tab-separated. Type: c country, a admin1, P capital, p city, r region,
/// k continent. Rows are sorted by type, then id, then name, so the same sources give the same bytes.
/// </summary>
internal static class GazetteerWriter
{
    private const string Types = "caPprk";

    public static string Write(SourceData data)
    {
        var sb = new StringBuilder(4 << 20);
        sb.Append("# Newswire gazetteer. Built by tools/BuildGazetteer from GeoNames (https://www.geonames.org, CC BY 4.0),\n");
        sb.Append("# Wikidata English country aliases (via econandrew/sparql_queries, MIT) and the built-in lexicon; see NOTICE.\n");
        sb.Append("# type id iso3 admin1 name lat lon population aliases  (type: c country, a admin1, P capital, p city, r region, k continent)\n");
        var rows = data.Places
            .OrderBy(r => Types.IndexOf(r.Type))
            .ThenBy(r => r.Id)
            .ThenBy(r => r.Name, StringComparer.Ordinal);
        foreach (var r in rows)
        {
            sb.Append(r.Type).Append('\t')
              .Append(r.Id.ToString(CultureInfo.InvariantCulture)).Append('\t')
              .Append(r.Country).Append('\t')
              .Append(r.Admin1).Append('\t')
              .Append(r.Name).Append('\t')
              .Append(Coordinate(r.Latitude)).Append('\t')
              .Append(Coordinate(r.Longitude)).Append('\t')
              .Append(r.Population.ToString(CultureInfo.InvariantCulture)).Append('\t')
              .Append(string.Join("|", r.Aliases))
              .Append('\n');
        }

        return sb.ToString();
    }

    // Four decimals: about 11 m, far below what a news place name means.
    private static string Coordinate(double? value) => value is null ? "" : Math.Round(value.Value, 4).ToString("0.####", CultureInfo.InvariantCulture);
}
