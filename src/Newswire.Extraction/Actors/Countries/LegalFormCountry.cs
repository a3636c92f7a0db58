using Newswire.Extraction.Text;
using static Newswire.Extraction.Text.TermTables;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// A company's legal form that only one country's law has gives the company that country: "PT ... Tbk" Indonesia,
/// "Sdn Bhd", "Bhd" Malaysia, "Pte Ltd" Singapore, "SAC" Peru, "Oyj" Finland, "ASA" Norway. Forms several countries
/// share ("GmbH", "AG", "SA", "Pty Ltd", "Ltd") give none: the story tells.
/// </summary>
internal static class LegalFormCountry
{
    // Legal forms written after the name, with the one country whose law has them.
    private static readonly TermTable<string> Suffixes = Pairs(
        "tbk", "IDN", "bhd", "MYS", "berhad", "MYS", "sdn", "MYS", "pte", "SGP", "sac", "PER", "saa", "PER", "oyj", "FIN", "asa", "NOR");

    /// <summary>The country of the company named in tokens [<paramref name="first"/>, <paramref name="end"/>), or null.</summary>
    public static string? Of(TokenizedText text, int first, int end)
    {
        var tokens = text.Tokens;
        if (end - first < 2)
        {
            return null;
        }

        // "PT Aneka Tambang": Indonesia's limited company (Perseroan Terbatas) opens the name.
        if (tokens[first].IsAllCaps && IsWord(text, first, "pt"))
        {
            return "IDN";
        }

        for (var t = end - 1; t > first && tokens[t].IsWord && char.IsUpper(text.Text[tokens[t].Start]); t--)
        {
            if (Suffixes.TryGet(text.Text, tokens[t], out var country))
            {
                return country;
            }
        }

        return null;
    }
}
