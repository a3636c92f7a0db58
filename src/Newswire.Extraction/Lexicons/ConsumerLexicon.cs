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

            var record = ParseLine(line, i + 1, errors);
            if (record != null)
            {
                records.Add(record);
            }
        }

        return new Result(records, errors);
    }

    // One non-empty line, kind|name|country|role|aliases; null (and an error) when it is malformed.
    [MethodImpl(Hot.Once)]
    private static Record? ParseLine(string line, int number, List<Error> errors)
    {
        var f = line.Split('|');
        for (var k = 0; k < f.Length; k++)
        {
            f[k] = f[k].Trim();
        }

        if (f.Length < 2 || f[1].Length == 0)
        {
            errors.Add(new Error(number, "'" + line + "' needs at least 'kind|name' (kind|name|country|role|aliases)"));
            return null;
        }

        if (KindOf(f[0]) is not { } kind)
        {
            errors.Add(new Error(number, "unknown kind '" + f[0] + "' (person, organization, location, country or demonym)"));
            return null;
        }

        string? country = f.Length > 2 && f[2].Length > 0 ? f[2].ToUpperInvariant() : null;
        if (country != null && (country.Length != 3 || !IsLetters(country)))
        {
            errors.Add(new Error(number, "country '" + f[2] + "' is not an ISO 3166-1 alpha-3 code"));
            return null;
        }

        if ((kind == RecordKind.Country || kind == RecordKind.Demonym) && country == null)
        {
            errors.Add(new Error(number, "a " + f[0].ToLowerInvariant() + " entry needs its ISO 3166-1 alpha-3 code"));
            return null;
        }

        var role = f.Length > 3 && f[3].Length > 0 ? f[3] : null;
        var aliases = f.Length > 4 ? f[4].Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries) : new string[0];
        for (var k = 0; k < aliases.Length; k++)
        {
            aliases[k] = aliases[k].Trim();
        }

        return new Record(kind, f[1], country, role, aliases);
    }

    // The kind a line's first field names, in any case; null for none.
    private static RecordKind? KindOf(string name) => name.ToLowerInvariant() switch
    {
        "person" or "per" => RecordKind.Person,
        "organization" or "organisation" or "org" => RecordKind.Organization,
        "location" or "place" or "loc" => RecordKind.Location,
        "country" => RecordKind.Country,
        "demonym" => RecordKind.Demonym,
        _ => null,
    };

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
