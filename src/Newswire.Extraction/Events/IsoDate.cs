using System;

namespace Newswire.Extraction.Events;

/// <summary>
/// An event's date as "yyyy-MM-dd", written digit by digit as the invariant culture writes it: the custom-format
/// parser of <see cref="DateTime.ToString(string, IFormatProvider)"/> costs more than the rest of an event's date.
/// </summary>
internal static class IsoDate
{
    // One buffer per thread (events are extracted on many threads).
    [ThreadStatic]
    private static char[]? _buffer;

    public static string Write(DateTime d)
    {
        var c = _buffer ??= new char[10];
        Digits(c, 0, d.Year, 4);
        c[4] = '-';
        Digits(c, 5, d.Month, 2);
        c[7] = '-';
        Digits(c, 8, d.Day, 2);
        return new string(c, 0, 10);
    }

    private static void Digits(char[] c, int at, int value, int count)
    {
        for (var k = at + count - 1; k >= at; k--)
        {
            c[k] = (char)('0' + value % 10);
            value /= 10;
        }
    }
}
