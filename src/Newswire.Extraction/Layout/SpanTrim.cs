using System.Runtime.CompilerServices;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Layout;

/// <summary>A stretch of the text without the white space around it (lines, labels, dateline parts).</summary>
internal static class SpanTrim
{
    /// <summary>[<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/> without surrounding white space.</summary>
    [MethodImpl(Hot.Path)]
    public static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end - start);
    }
}
