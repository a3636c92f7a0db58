using System;
using System.Collections.Generic;

namespace Newswire.Extraction.Events;

/// <summary>
/// PLOVER beside CAMEO: the PLOVER event type ("ASSAULT"), mode ("aerial") and context ("military") of a CAMEO code,
/// from the embedded, documented table <c>Lexicons/Data/cameo_plover.tsv</c> (longest listed prefix wins).
/// Public statements (root 01) have no PLOVER type.
/// </summary>
public static class PloverScale
{
    /// <summary>The 16 PLOVER event types.</summary>
    public static readonly IReadOnlyList<string> EventTypes = new[]
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
        "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    };

    private static Dictionary<string, string[]>? _table;

    private static Dictionary<string, string[]> Table => _table ??= Load();

    /// <summary>The PLOVER event type of a CAMEO code, or null (root 01, or not a CAMEO code).</summary>
    public static string? EventType(string? code) => Row(code)?[1];

    /// <summary>The PLOVER mode of a CAMEO code, or null when the type has no mode for it.</summary>
    public static string? Mode(string? code) => Empty(Row(code)?[2]);

    /// <summary>The PLOVER context of a CAMEO code ("military", "economic"…), or null when the code does not say.</summary>
    public static string? Context(string? code) => Empty(Row(code)?[3]);

    private static string? Empty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    private static string[]? Row(string? code)
    {
        if (code is null)
        {
            return null;
        }

        for (var len = Math.Min(4, code.Length); len >= 2; len--)
        {
            if (Table.TryGetValue(code.Substring(0, len), out var row))
            {
                return row;
            }
        }

        return null;
    }

    private static Dictionary<string, string[]> Load()
    {
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in EventLexicon.ReadResource("cameo_plover.tsv"))
        {
            var cols = line.Split('\t');
            if (cols.Length >= 2)
            {
                table[cols[0]] = new[] { cols[0], cols[1], cols.Length > 2 ? cols[2] : "", cols.Length > 3 ? cols[3] : "" };
            }
        }

        return table;
    }
}
