using System.Runtime.CompilerServices;

namespace Newswire.Extraction.Layout;

/// <summary>
/// Line starts of a text, so any offset maps to a 1-based line and column in O(log n).
/// Line breaks are CRLF, LF, CR, NEL (U+0085), LS (U+2028) and PS (U+2029): the set Roslyn's SourceText uses,
/// so a diagnostic's line and column are where the IDE shows them.
/// </summary>
public sealed class LineMap
{
    // Valid up to Count (arrays rather than lists: no list objects, and sized from the text's length up front).
    private readonly int[] _starts;
    private readonly int[] _contentEnds;

    private LineMap(int[] starts, int[] contentEnds, int count, int textLength)
    {
        _starts = starts;
        _contentEnds = contentEnds;
        Count = count;
        TextLength = textLength;
    }

    /// <summary>Number of lines (an empty text has one empty line).</summary>
    public int Count { get; }

    /// <summary>Length of the mapped text.</summary>
    public int TextLength { get; }

    private static readonly char[] LineBreaks = { '\r', '\n', '\u0085', '\u2028', '\u2029' };

    /// <summary>Builds the map in one pass.</summary>
    [MethodImpl(Hot.Path)]
    public static LineMap Build(string text)
    {
        // A guess of one line per 32 characters; grown by doubling when the text has more.
        var starts = new int[8 + (text.Length / 32)];
        var ends = new int[starts.Length];
        var n = 0; // lines ended so far; starts[n] is the start of the current line
        for (var i = 0; i < text.Length; i++)
        {
            i = text.IndexOfAny(LineBreaks, i);
            if (i < 0)
            {
                break;
            }

            if (n + 1 == starts.Length)
            {
                System.Array.Resize(ref starts, starts.Length * 2);
                System.Array.Resize(ref ends, ends.Length * 2);
            }

            ends[n] = i;
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            starts[++n] = i + 1;
        }

        ends[n] = text.Length;
        return new LineMap(starts, ends, n + 1, text.Length);
    }

    /// <summary>Offset where 0-based line <paramref name="index"/> starts.</summary>
    public int Start(int index) => _starts[index];

    /// <summary>Offset where 0-based line <paramref name="index"/>'s content ends (before its line break).</summary>
    public int ContentEnd(int index) => _contentEnds[index];

    /// <summary>0-based line index containing <paramref name="offset"/>.</summary>
    [MethodImpl(Hot.Path)]
    public int IndexOf(int offset)
    {
        int lo = 0, hi = Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (_starts[mid] <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>1-based line and column of an offset.</summary>
    public (int Line, int Column) Position(int offset)
    {
        var index = IndexOf(offset);
        return (index + 1, offset - _starts[index] + 1);
    }
}
