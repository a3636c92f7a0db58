using System.Text;

namespace Newswire.Extraction;

/// <summary>
/// Decodes article bytes the way the C# compiler decodes AdditionalFiles: a byte-order mark picks the
/// encoding, otherwise strict UTF-8, and bytes that are not UTF-8 fall back to the compiler's fallback encoding.
/// The CLI and <c>Article.Load</c> use this so they see the same text as the generator.
/// </summary>
public static class ArticleText
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);

    /// <summary>Decodes <paramref name="bytes"/>; a leading byte-order mark is not part of the result.</summary>
    public static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return new UTF8Encoding(false, false).GetString(bytes, 3, bytes.Length - 3);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return FallbackEncoding.Value.GetString(bytes);
        }
    }

    /// <summary>
    /// Whether decoded text looks binary the way the compiler judges it (two NUL characters in a row): the
    /// compiler then gives the generator no text at all (NEWS008), so the CLI and <c>Article.Load</c> refuse it too.
    /// </summary>
    public static bool IsBinary(string text) => text.IndexOf("\0\0", System.StringComparison.Ordinal) >= 0;

    // The compiler's fallback for bytes that are not UTF-8: the system's ANSI code page with the code-page
    // provider (Windows-1252 on most Windows machines; UTF-8 with U+FFFD replacements on Linux and macOS),
    // else Latin-1. Same choice as Roslyn's EncodedStringText, so the CLI and Article.Load see the
    // generator's text on every platform.
    private static readonly System.Lazy<Encoding> FallbackEncoding = new System.Lazy<Encoding>(CreateFallbackEncoding);

    private static Encoding CreateFallbackEncoding()
    {
        try
        {
            var provider = System.Type.GetType("System.Text.CodePagesEncodingProvider, System.Text.Encoding.CodePages", throwOnError: false)?
                .GetProperty("Instance")?.GetValue(null) as EncodingProvider;
            return provider?.GetEncoding(0) ?? Encoding.GetEncoding(0) ?? Encoding.GetEncoding(1252);
        }
        catch (System.Exception e) when (e is System.NotSupportedException || e is System.ArgumentException || e is System.Reflection.TargetInvocationException)
        {
            return Encoding.GetEncoding(28591);
        }
    }
}
