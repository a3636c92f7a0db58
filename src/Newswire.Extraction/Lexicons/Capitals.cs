using System;
using System.Collections.Generic;

namespace Newswire.Extraction.Lexicons;

/// <summary>Capital cities by country (embedded <c>capitals.tsv</c>), and whether a place name stands for its state.</summary>
internal static class Capitals
{
    private static Dictionary<string, string>? _capitals;

    /// <summary>Whether a location named <paramref name="name"/> is the country <paramref name="country"/> itself or its capital.</summary>
    public static bool IsCountryOrCapital(string name, string country)
    {
        var entry = Lexicon.BuiltIn.Country(country);
        if (entry != null)
        {
            if (string.Equals(entry.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            foreach (var alias in entry.Aliases)
            {
                if (string.Equals(alias, name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return IsCapital(name, country);
    }

    /// <summary>Whether <paramref name="name"/> is the capital city of <paramref name="country"/>.</summary>
    public static bool IsCapital(string name, string country)
    {
        _capitals ??= Load();
        return _capitals.TryGetValue(name, out var iso) && iso == country;
    }

    /// <summary>The country whose capital is named <paramref name="name"/>, or null.</summary>
    public static string? CountryOfCapital(string name)
    {
        _capitals ??= Load();
        return _capitals.TryGetValue(name, out var iso) ? iso : null;
    }

    private static Dictionary<string, string> Load()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in LexiconResources.ReadLines("capitals.tsv"))
        {
            var tab = line.IndexOf('\t');
            if (tab > 0)
            {
                map[line.Substring(tab + 1)] = line.Substring(0, tab);
            }
        }

        return map;
    }
}
