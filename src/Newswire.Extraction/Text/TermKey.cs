using System.Runtime.CompilerServices;

namespace Newswire.Extraction.Text;

/// <summary>
/// The normal form used for every lexicon lookup: lower case (invariant), periods dropped, curly
/// apostrophes as "'", hyphen variants as "-". Hashing and comparing work on spans of the article text,
/// so lookups allocate nothing.
/// </summary>
internal static class TermKey
{
    private const int Offset = unchecked((int)2166136261);
    internal const int Prime = 16777619;

    /// <summary>The normal form of one character, or '\0' when the character is skipped (a period).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c)
    {
        if (c < 128)
        {
            if ((uint)(c - 'A') <= 'Z' - 'A')
            {
                return (char)(c + 32);
            }

            return c == '.' ? '\0' : c;
        }

        return FoldBeyondAscii(c);
    }

    private static char FoldBeyondAscii(char c)
    {
        switch (c)
        {
            case '\u2019':
            case '\u2018':
            case '\u02BC':
                return '\'';
            case '\u2010':
            case '\u2011':
                return '-';
            default:
                return LowerInvariant(c);
        }
    }

    // char.ToLowerInvariant beyond ASCII calls into ICU on every character (curly quotes and dashes are common in
    // news), so each answer is kept in a table filled on demand; 0 means not asked yet (never a lower-case form of
    // a character beyond ASCII). Threads racing on a slot write the same value.
    private static char[]? _lower;

    private static char LowerInvariant(char c)
    {
        var table = _lower ??= new char[char.MaxValue + 1];
        var l = table[c];
        if (l == '\0')
        {
            l = char.ToLowerInvariant(c);
            table[c] = l;
        }

        return l;
    }

    /// <summary>Starts a hash.</summary>
    public static int Start => Offset;

    /// <summary>Adds one character to a running hash (skipped characters leave it unchanged).</summary>
    public static int Add(int hash, char c)
    {
        var f = Fold(c);
        return f == '\0' ? hash : unchecked((hash ^ f) * Prime);
    }

    /// <summary>Joins the hash of one more word to a phrase hash (words separated by one space).</summary>
    public static int AddSpace(int hash) => unchecked((hash ^ ' ') * Prime);

    /// <summary>Hash of a span.</summary>
    [MethodImpl(Hot.Path)]
    public static int Hash(string text, int start, int length)
    {
        var h = Offset;
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            h = Add(h, text[i]);
        }

        return h;
    }

    /// <summary>Hash of a whole string.</summary>
    public static int Hash(string text) => Hash(text, 0, text.Length);

    /// <summary>The normal form of a string (for building tables): the string itself when it is already normal.</summary>
    [MethodImpl(Hot.Path)]
    public static string Normalize(string text)
    {
        foreach (var c in text)
        {
            if (c == '\0' || Fold(c) != c)
            {
                return NormalizeSpan(text, 0, text.Length);
            }
        }

        return text;
    }

    /// <summary>The normal form of a span of <paramref name="text"/> (a per-article key without a substring first).</summary>
    [MethodImpl(Hot.Path)]
    public static string NormalizeSpan(string text, int start, int length)
    {
        var chars = _buffer;
        if (chars == null || chars.Length < length)
        {
            _buffer = chars = new char[System.Math.Max(64, length)];
        }

        var n = 0;
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            var f = Fold(text[i]);
            if (f != '\0')
            {
                chars[n++] = f;
            }
        }

        return new string(chars, 0, n);
    }

    // Normalize's characters before they become the key (one buffer per thread: keys are built on many threads).
    [System.ThreadStatic]
    private static char[]? _buffer;

    /// <summary>Whether the span folds to exactly <paramref name="normalized"/>.</summary>
    [MethodImpl(Hot.Path)]
    public static bool SpanEquals(string text, int start, int length, string normalized)
    {
        var j = 0;
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            var f = Fold(text[i]);
            if (f == '\0')
            {
                continue;
            }

            if (j >= normalized.Length || normalized[j] != f)
            {
                return false;
            }

            j++;
        }

        return j == normalized.Length;
    }

    /// <summary>
    /// SpanEquals for a key in normal form (Normalize's output, as every TermTable key is): such a key holds only
    /// characters that fold to themselves, so a text character equal to the key's is a match without folding.
    /// A span as long as the key skips no character (a skipped one would leave it longer), so it is compared
    /// position by position; any other span goes the general way.
    /// </summary>
    [MethodImpl(Hot.Path)]
    public static bool NormalEquals(string text, int start, int length, string normal)
    {
        if (length != normal.Length)
        {
            return SpanEquals(text, start, length, normal);
        }

        for (var k = 0; k < normal.Length; k++)
        {
            var c = text[start + k];
            var n = normal[k];
            if (c != n && Fold(c) != n)
            {
                return false;
            }
        }

        return true;
    }
}
