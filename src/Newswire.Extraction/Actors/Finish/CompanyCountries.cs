using System;
using System.Collections.Generic;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Actors.Finish;

/// <summary>
/// Large companies' home countries (embedded <c>companies.tsv</c>), after the events: a carmaker or a bank quoted in
/// a story told from another country is of its home country, not the dateline's ("NAIROBI (Wire) - ... analysts at
/// Harwick Sachs in New York"), and a company name the tagger read as a person or a town is an organization. Applied
/// after the events so that the event stage still reads a company as the private body it is (no country, no
/// event of its own); the actors keep their places in the list, so events keep pointing at them.
/// </summary>
internal static class CompanyCountries
{
    private static Dictionary<string, string>? _companies;

    // Every name of the table in normal form (TermKey): a word of the text no name folds to is no name's exact
    // spelling either, and the table is asked with the word's span, without allocating it.
    private static TermTable<bool>? _words;

    public static IReadOnlyList<ExtractedActor> Apply(IReadOnlyList<ExtractedActor> actors)
    {
        var companies = _companies ??= Load();
        ExtractedActor[]? changed = null;
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            if (a.Place != null || CountryOf(companies, a) is not { } country)
            {
                continue;
            }

            if (a.Kind == ActorKind.Organization)
            {
                a.Country = country;
                continue;
            }

            changed ??= Copy(actors);
            changed[i] = new ExtractedActor(a.Name, ActorKind.Organization, country, a.Roles, a.Aliases, a.Mentions, a.Confidence);
        }

        return changed ?? actors;
    }

    /// <summary>Whether the table names a company by exactly this name or one of its other names.</summary>
    public static bool Knows(string name) => (_companies ??= Load()).ContainsKey(name);

    /// <summary>False when <see cref="Knows"/> is false for the token's text (true does not say it is true).</summary>
    public static bool MayKnow(string text, in Token token) => (_words ??= Words(_companies ??= Load())).Contains(text, token);

    private static TermTable<bool> Words(Dictionary<string, string> companies)
    {
        var words = new TermTable<bool>(companies.Count);
        foreach (var name in companies.Keys)
        {
            words.Set(name, true);
        }

        return words;
    }

    private static string? CountryOf(Dictionary<string, string> companies, ExtractedActor a)
    {
        if (companies.TryGetValue(a.Name, out var country))
        {
            return country;
        }

        foreach (var alias in a.Aliases)
        {
            if (companies.TryGetValue(alias, out country))
            {
                return country;
            }
        }

        return null;
    }

    private static ExtractedActor[] Copy(IReadOnlyList<ExtractedActor> actors)
    {
        var copy = new ExtractedActor[actors.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = actors[i];
        }

        return copy;
    }

    // name TAB country TAB other names (comma separated); '#' lines are comments.
    private static Dictionary<string, string> Load()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in LexiconResources.ReadLines("companies.tsv"))
        {
            var cells = line.Split('\t');
            if (line.Length == 0 || line[0] == '#' || cells.Length < 2)
            {
                continue;
            }

            map[cells[0]] = cells[1];
            if (cells.Length > 2)
            {
                foreach (var alias in cells[2].Split(','))
                {
                    if (alias.Trim().Length > 0)
                    {
                        map[alias.Trim()] = cells[1];
                    }
                }
            }
        }

        return map;
    }
}
