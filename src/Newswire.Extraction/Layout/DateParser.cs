using System;
using System.Globalization;

namespace Newswire.Extraction.Layout
{
    /// <summary>Reads publication dates in the handful of shapes articles use; always invariant culture.</summary>
    public static class DateParser
    {
        private static readonly string[] Formats =
        {
            "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
            "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy/MM/dd", "MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy",
            "dddd, MMMM d, yyyy",
        };

        /// <summary>Parses <paramref name="value"/> to a date, or returns false.</summary>
        public static bool TryParse(string value, out DateTime date)
        {
            return DateTime.TryParseExact(
                value.Trim(), Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out date);
        }

        /// <summary>ISO form yyyy-MM-dd.</summary>
        public static string ToIso(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
