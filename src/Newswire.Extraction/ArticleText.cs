using System.Text;

namespace Newswire.Extraction
{
    /// <summary>
    /// Decodes article bytes the way the C# compiler decodes AdditionalFiles: a byte-order mark picks the
    /// encoding, otherwise strict UTF-8, and bytes that are not UTF-8 fall back to Latin-1 so no byte is lost.
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
                return Encoding.GetEncoding(28591).GetString(bytes);
            }
        }
    }
}
