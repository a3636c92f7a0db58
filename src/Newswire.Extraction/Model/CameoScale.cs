using System.Globalization;

namespace Newswire.Extraction.Model
{
    /// <summary>
    /// Scores derived from a CAMEO event code: the quad class (from the root) and the Goldstein
    /// conflict-cooperation value. Codes without a value of their own take their root's.
    /// </summary>
    public static class CameoScale
    {
        // Goldstein values of the CAMEO roots 01-20 (the root-level codes 010, 020, ... 200).
        private static readonly double[] RootGoldstein =
        {
            0.0, 1.0, 3.0, 4.0, 1.0, 3.5, 6.0, 7.0, 7.4, 5.0, -2.0, -2.0, -2.0, -4.0, -4.4, -6.5, -7.2, -4.0, -5.0, -9.0, -10.0,
        };

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
        public static int QuadClass(string? code)
        {
            var root = Root(code);
            return root == 0 ? 0 : root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
        }

        /// <summary>Goldstein score (-10 to +10) of a code; 0 when unknown.</summary>
        public static double Goldstein(string? code) => RootGoldstein[Root(code)];
    }
}
