using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Newswire.Extraction.Names;
using Newswire.Extraction.Names.Training;

namespace TrainTagger;

/// <summary>Reads the gazetteers of ../shared/train/gazetteers and the built-in lexicon into word lists.</summary>
internal static class Gazetteers
{
    /// <summary>Cities of at least this many people also contribute their Latin-script alternate names and the BigCity class.</summary>
    private const long BigCity = 100_000;

    public static void AddGazetteers(WordListBuilder lists, string dir)
    {
        foreach (var row in Rows(Path.Combine(dir, "geonames_cities5000.tsv")))
        {
            var pop = long.TryParse(row["population"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : 0;
            var big = pop >= BigCity;
            var full = WordClass.CityFull | (big ? WordClass.BigCityFull : 0);
            lists.AddName(row["name"], full, WordClass.CityPart);
            lists.AddName(row["asciiname"], full, WordClass.CityPart);
            if (big)
            {
                foreach (var alt in row["alt_names_latin"].Split('|'))
                {
                    lists.AddName(alt, full, WordClass.CityPart);
                }
            }
        }

        foreach (var row in Rows(Path.Combine(dir, "geonames_admin1.tsv")))
        {
            lists.AddName(row["name"], WordClass.Admin1Full, WordClass.Admin1Part);
            lists.AddName(row["asciiname"], WordClass.Admin1Full, WordClass.Admin1Part);
        }

        foreach (var row in Rows(Path.Combine(dir, "geonames_countries.tsv")))
        {
            lists.AddName(row["name"], WordClass.CountryFull, WordClass.CountryPart);
            lists.AddName(row["capital"], WordClass.CityFull | WordClass.BigCityFull, WordClass.CityPart);
        }

        foreach (var row in Rows(Path.Combine(dir, "wikidata_country_aliases_en.tsv")))
        {
            lists.AddName(row["label"], WordClass.CountryFull, WordClass.CountryPart);
        }

        // University names: every capitalized word is a part; words in many names ("University", "Institute",
        // "Technology") are heads.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = Rows(Path.Combine(dir, "universities.tsv")).Select(r => r["name"]).ToList();
        foreach (var name in names)
        {
            lists.AddName(name, WordClass.UniversityPart, WordClass.UniversityPart);
            foreach (var w in name.Split(' ').Distinct(StringComparer.Ordinal))
            {
                if (w.Length > 0 && char.IsUpper(w[0]))
                {
                    counts[w] = counts.TryGetValue(w, out var c) ? c + 1 : 1;
                }
            }
        }

        foreach (var kv in counts.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            if (kv.Value >= 50)
            {
                lists.AddWord(kv.Key, WordClass.UniversityHead);
            }
        }
    }

    /// <summary>The built-in lexicon (src/Newswire.Extraction/Lexicons/Data/actors.tsv): countries, demonyms, places, organizations, people, given names, agent words.</summary>
    public static void AddLexicon(WordListBuilder lists, string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length < 2 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            string Field(int i) => i < f.Length ? f[i] : "";
            IEnumerable<string> Aliases(int i) => Field(i).Split(';').Where(a => a.Length > 0);
            switch (f[0])
            {
                case "C":
                    foreach (var n in Aliases(3).Prepend(Field(2)))
                    {
                        lists.AddName(n, WordClass.CountryFull, WordClass.CountryPart);
                    }

                    break;
                case "D":
                    lists.AddWord(Field(2), WordClass.Demonym);
                    break;
                case "L":
                    foreach (var n in Aliases(3).Prepend(Field(2)))
                    {
                        lists.AddName(n, WordClass.PlaceFull, WordClass.PlacePart);
                    }

                    break;
                case "O":
                    foreach (var n in Aliases(3).Prepend(Field(2)))
                    {
                        lists.AddName(n, WordClass.OrgFull, WordClass.OrgPart, WordClass.OrgFirst, WordClass.OrgLast);
                    }

                    break;
                case "P":
                    lists.AddName(Field(2), WordClass.PersonLast, WordClass.PersonMiddle, WordClass.PersonFirst, WordClass.PersonLast);
                    foreach (var n in Aliases(4))
                    {
                        lists.AddName(n, WordClass.PersonLast, WordClass.PersonMiddle, WordClass.PersonFirst, WordClass.PersonLast);
                    }

                    break;
                case "G":
                    lists.AddWord(Field(1), WordClass.GivenName);
                    break;
                case "A":
                    foreach (var w in Field(1).Split(' '))
                    {
                        if (w.Length > 2)
                        {
                            lists.AddWord(w, WordClass.AgentWord);
                        }
                    }

                    break;
            }
        }
    }

    private static IEnumerable<Dictionary<string, string>> Rows(string path)
    {
        string[]? header = null;
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (header == null)
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
