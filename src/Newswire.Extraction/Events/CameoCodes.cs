using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Newswire.Extraction.Events;

/// <summary>The four CAMEO quad classes.</summary>
internal enum QuadClass : byte
{
    None = 0,
    VerbalCooperation = 1,
    MaterialCooperation = 2,
    VerbalConflict = 3,
    MaterialConflict = 4,
}

/// <summary>Facts about one CAMEO event code.</summary>
internal sealed class CameoCode
{
    public CameoCode(string code, double goldstein, QuadClass quad, string label)
    {
        Code = code;
        Goldstein = goldstein;
        Quad = quad;
        Label = label;
    }

    public string Code { get; }

    /// <summary>Goldstein conflict-cooperation scale value, -10..+10.</summary>
    public double Goldstein { get; }

    public QuadClass Quad { get; }

    public string Label { get; }
}

/// <summary>The CAMEO code table (embedded <c>cameo_codes.txt</c>): Goldstein value, quad class and label per code.</summary>
internal static class CameoCodes
{
    private static readonly Dictionary<string, CameoCode> Table = Load();

    /// <summary>All three-digit codes in the table.</summary>
    public static IEnumerable<CameoCode> All => Table.Values;

    /// <summary>The entry for <paramref name="code"/>; four-digit codes fall back to their three-digit parent.</summary>
    public static CameoCode? Find(string? code)
    {
        if (code is null || code.Length < 3)
        {
            return null;
        }

        if (Table.TryGetValue(code, out var c))
        {
            return c;
        }

        return code.Length > 3 && Table.TryGetValue(code.Substring(0, 3), out c) ? c : null;
    }

    /// <summary>The quad class a root implies (01-05 verbal cooperation ... 14-20 material conflict).</summary>
    public static QuadClass QuadOfRoot(int root) =>
        root <= 0 || root > 20 ? QuadClass.None
        : root <= 5 ? QuadClass.VerbalCooperation
        : root <= 8 ? QuadClass.MaterialCooperation
        : root <= 13 ? QuadClass.VerbalConflict
        : QuadClass.MaterialConflict;

    private static Dictionary<string, CameoCode> Load()
    {
        var table = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        foreach (var line in EventLexicon.ReadResource("cameo_codes.txt"))
        {
            var parts = line.Split('\t');
            if (parts.Length < 4)
            {
                continue;
            }

            var goldstein = double.Parse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture);
            var quad = (QuadClass)int.Parse(parts[2], CultureInfo.InvariantCulture);
            table[parts[0]] = new CameoCode(parts[0], goldstein, quad, parts[3]);
        }

        return table;
    }
}
