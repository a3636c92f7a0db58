using System.Globalization;

namespace Newswire.Extraction.Events;

/// <summary>
/// Public facts derived from a CAMEO event code, read from the embedded code table: quad class, Goldstein
/// conflict-cooperation value and label. The runtime's <c>Event</c> and the CLI export use these.
/// </summary>
public static class CameoScale
{
    /// <summary>The CAMEO root (1-20) of a code, or 0 when it is not a CAMEO code.</summary>
    public static int Root(string? code)
    {
        if (code is null || code.Length < 2 || !int.TryParse(code.Substring(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var root))
        {
            return 0;
        }

        return root >= 1 && root <= 20 ? root : 0;
    }

    /// <summary>Quad class 1-4 (verbal cooperation, material cooperation, verbal conflict, material conflict), 0 if unknown.</summary>
    public static int QuadClass(string? code) => (int)CameoCodes.QuadOfRoot(Root(code));

    /// <summary>Goldstein score (-10 to +10) of a code; 0 when the code is not in the table.</summary>
    public static double Goldstein(string? code) => CameoCodes.Find(code)?.Goldstein ?? 0.0;

    /// <summary>The code's CAMEO label ("Make a visit"), or null when the code is not in the table.</summary>
    public static string? Label(string? code) => CameoCodes.Find(code)?.Label;
}
