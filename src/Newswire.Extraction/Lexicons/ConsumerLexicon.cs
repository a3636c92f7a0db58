using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Newswire.Extraction.Lexicons;

/// <summary>
/// The consumer's own lexicon file: one entry per line, fields separated by '|', '#' starts a comment line.
/// <code>
/// kind|name|country|role|aliases
/// person|Vladimir Putin|RUS|President|Putin;the Russian leader
/// organization|Miami News|USA||KMIA
/// location|Rostov-on-Don|RUS||Rostov
/// country|Kosovo|XKX||Republic of Kosovo
/// demonym|Kosovar|XKX
/// </code>
/// kind is person, organization (org), location (place), country or demonym; country is an ISO 3166-1
/// alpha-3 code or empty; role and aliases (';'-separated) are optional. Entries are matched before the
/// built-in ones, so they add to and override them.
/// </summary>
internal static class ConsumerLexicon
{
    internal enum RecordKind
    {
        Person,
        Organization,
        Location,
        Country,
        Demonym,
    }

    internal sealed class Record
    {
        public Record(RecordKind kind, string name, string? country, string? role, string[] aliases)
        {
            Kind = kind;
            Name = name;
            Country = country;
            Role = role;
            Aliases = aliases;
        }

        public RecordKind Kind { get; }

        public string Name { get; }

        public string? Country { get; }

        public string? Role { get; }

        public string[] Aliases { get; }
    }

    /// <summary>A bad line: 1-based line number and what is wrong.</summary>
    internal readonly struct Error
    {
        public Error(int line, string message)
        {
            Line = line;
            Message = message;
        }

        public int Line { get; }

        public string Message { get; }

        public override string ToString() => "line " + Line + ": " + Message;
    }

    internal sealed class Result
    {
        public Result(IReadOnlyList<Record> records, IReadOnlyList<Error> errors)
        {
            Records = records;
            Errors = errors;
        }

        public IReadOnlyList<Record> Records { get; }

        public IReadOnlyList<Error> Errors { get; }
    }

    /// <summary>Parses a consumer lexicon; bad lines are skipped and reported.</summary>
    [MethodImpl(Hot.Once)]
    public static Result Parse(string text)
    {
        var records = new List<Record>();
        var errors = new List<Error>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('|');
            for (var k = 0; k < f.Length; k++)
            {
                f[k] = f[k].Trim();
            }

            if (f.Length < 2 || f[1].Length == 0)
            {
                errors.Add(new Error(i + 1, "'" + line + "' needs at least 'kind|name' (kind|name|country|role|aliases)"));
                continue;
            }

            RecordKind kind;
            switch (f[0].ToLowerInvariant())
            {
                case "person":
                case "per":
                    kind = RecordKind.Person;
                    break;
                case "organization":
                case "organisation":
                case "org":
                    kind = RecordKind.Organization;
                    break;
                case "location":
                case "place":
                case "loc":
                    kind = RecordKind.Location;
                    break;
                case "country":
                    kind = RecordKind.Country;
                    break;
                case "demonym":
                    kind = RecordKind.Demonym;
                    break;
                default:
                    errors.Add(new Error(i + 1, "unknown kind '" + f[0] + "' (person, organization, location, country or demonym)"));
                    continue;
            }

            string? country = f.Length > 2 && f[2].Length > 0 ? f[2].ToUpperInvariant() : null;
            if (country != null && (country.Length != 3 || !IsLetters(country)))
            {
                errors.Add(new Error(i + 1, "country '" + f[2] + "' is not an ISO 3166-1 alpha-3 code"));
                continue;
            }

            if ((kind == RecordKind.Country || kind == RecordKind.Demonym) && country == null)
            {
                errors.Add(new Error(i + 1, "a " + f[0].ToLowerInvariant() + " entry needs its ISO 3166-1 alpha-3 code"));
                continue;
            }

            var role = f.Length > 3 && f[3].Length > 0 ? f[3] : null;
            var aliases = f.Length > 4 ? f[4].Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries) : new string[0];
            for (var k = 0; k < aliases.Length; k++)
            {
                aliases[k] = aliases[k].Trim();
            }

            records.Add(new Record(kind, f[1], country, role, aliases));
        }

        return new Result(records, errors);
    }

    [MethodImpl(Hot.Once)]
    private static bool IsLetters(string s)
    {
        foreach (var c in s)
        {
            if (c < 'A' || c > 'Z')
            {
                return false;
            }
        }

        return true;
    }
}
