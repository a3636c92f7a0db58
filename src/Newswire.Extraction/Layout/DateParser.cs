using System;
using System.Globalization;

namespace Newswire.Extraction.Layout;

/// <summary>
/// Reads publication dates in the shapes feeds, CMS exports and people write; always invariant culture.
/// The date is the one written: "2025-03-14T01:30:00+02:00" is March 14 (the article's own day), not the
/// UTC day before, so a zone or offset is checked but never moves the date.
/// </summary>
public static class DateParser
{
    /// <summary>The accepted shapes, for messages.</summary>
    public const string Examples = "2025-03-14, 2025-03-14T09:30:00Z, 2025-03-14T09:30:00+02:00, \"Fri, 14 Mar 2025 09:30:00 GMT\", \"March 14, 2025\" or \"14 March 2025\"";

    // ISO 8601 / RFC 3339: date, date and time, with or without seconds, fraction and offset ('K': Z, +02:00 or none).
    private static readonly string[] IsoFormats =
    {
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy/MM/dd",
    };

    // RFC 1123 / RFC 822 without the zone (read apart, see Zone): the day name is optional; a day name that does
    // not match the date fails. RFC 822 allows two-digit years.
    private static readonly string[] RfcFormats =
    {
        "ddd, d MMM yyyy HH:mm:ss", "ddd, d MMM yyyy HH:mm", "d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm",
        "ddd, d MMM yy HH:mm:ss", "ddd, d MMM yy HH:mm", "d MMM yy HH:mm:ss", "d MMM yy HH:mm",
    };

    // Dates as written in English text.
    private static readonly string[] TextFormats =
    {
        "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy", "dddd, MMMM d, yyyy", "dddd, d MMMM yyyy",
        "ddd, MMM d, yyyy", "ddd, d MMM yyyy",
    };

    // RFC 822 zone names (section 5.1), plus UTC.
    private static readonly string[] ZoneNames = { "GMT", "UT", "UTC", "Z", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT" };

    /// <summary>Parses <paramref name="value"/> to the date and clock time as written, or returns false.</summary>
    public static bool TryParse(string value, out DateTime date)
    {
        var text = value.Trim();
        const DateTimeStyles styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        if (DateTimeOffset.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture, styles, out var iso))
        {
            date = iso.DateTime;
            return true;
        }

        if (DateTime.TryParseExact(text, TextFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date))
        {
            return true;
        }

        var space = text.LastIndexOf(' ');
        if (space > 0 && IsZone(text.Substring(space + 1))
            && DateTime.TryParseExact(text.Substring(0, space), RfcFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date))
        {
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>ISO form yyyy-MM-dd.</summary>
    public static string ToIso(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // "GMT", "EST", ... or a numeric offset "+0200" / "-0500".
    private static bool IsZone(string zone)
    {
        if (Array.IndexOf(ZoneNames, zone) >= 0)
        {
            return true;
        }

        if (zone.Length != 5 || (zone[0] != '+' && zone[0] != '-'))
        {
            return false;
        }

        for (var i = 1; i < 5; i++)
        {
            if (zone[i] < '0' || zone[i] > '9')
            {
                return false;
            }
        }

        return (((zone[1] - '0') * 10) + (zone[2] - '0')) <= 23 && zone[3] <= '5';
    }
}
