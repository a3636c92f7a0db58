using System;
using System.Runtime.CompilerServices;

namespace Newswire.Extraction.Text;

/// <summary>
/// Equality of a whole string with a span of the article text, for the per-token caches and the actor table. Most
/// words are a few characters long, where the framework's ranged compares cost more in argument checks and setup than
/// in comparing; these loop over the characters and give the same answers.
/// </summary>
internal static class SpanText
{
    /// <summary>Whether text[a, a + length) and text[b, b + length) are the same characters (both inside the text).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool SameChars(string text, int a, int b, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (text[a + i] != text[b + i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="word"/> equals text[start, start + word.Length) ordinally.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EqualsOrdinal(string word, string text, int start)
    {
        if ((uint)start > (uint)text.Length || word.Length > text.Length - start)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] != text[start + i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="word"/> equals text[start, start + word.Length) under
    /// <see cref="StringComparison.OrdinalIgnoreCase"/>: ASCII letters here, anything beyond ASCII by the framework.
    /// </summary>
    [MethodImpl(Hot.Path)]
    public static bool EqualsIgnoreCase(string word, string text, int start)
    {
        if ((uint)start > (uint)text.Length || word.Length > text.Length - start)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var a = word[i];
            var b = text[start + i];
            if (a == b)
            {
                continue;
            }

            if ((a | b) >= 0x80)
            {
                // Case beyond ASCII (and surrogate pairs) is the framework's: compare the whole span there.
                return string.Compare(word, 0, text, start, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
            }

            var lower = a | 0x20;
            if (lower != (b | 0x20) || (uint)(lower - 'a') > 'z' - 'a')
            {
                return false;
            }
        }

        return true;
    }
}
