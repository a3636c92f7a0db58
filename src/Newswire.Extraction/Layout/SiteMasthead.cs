using Newswire.Extraction.Model;

namespace Newswire.Extraction.Layout;

/// <summary>
/// Web editions' mastheads the name test refuses: a site's address alone ("ekathimerini.com" over the headline) and a
/// portal's name beside the date under the headline ("Riverton Online , Tuesday 4 Mar 2025").
/// </summary>
internal static class SiteMasthead
{
    private const int MaxChars = 40;

    /// <summary>
    /// Whether <paramref name="line"/> is a site's address alone, as web-only outlets print their masthead
    /// ("ekathimerini.com", "Riverton.news", "ledger.co.uk"): letters, digits, hyphens and dots, no space, a letter
    /// first and a known ending or a two-letter country ending.
    /// </summary>
    public static bool IsAddress(string text, TextSpan line)
    {
        var dot = line.Length > MaxChars ? -1 : text.LastIndexOf('.', line.End - 1, line.Length);
        if (dot <= line.Start || !char.IsLetter(text[line.Start]))
        {
            return false;
        }

        for (var i = line.Start; i < line.End; i++)
        {
            if (!char.IsLetterOrDigit(text[i]) && text[i] != '-' && text[i] != '.')
            {
                return false;
            }
        }

        var ending = text.Substring(dot + 1, line.End - dot - 1).ToLowerInvariant();
        return (ending.Length == 2 && char.IsLetter(ending[0]) && char.IsLetter(ending[1])) || System.Array.IndexOf(DomainEndings, ending) >= 0;
    }

    // Generic endings of news sites' addresses.
    private static readonly string[] DomainEndings = { "com", "net", "org", "info", "news", "online", "media", "tv" };

    /// <summary>
    /// The outlet of a line giving a paper's or a medium's name, a comma and the date ("Online Ledger , Tuesday 4 Mar
    /// 2025", as some portals print it under the headline); null when the line is none.
    /// </summary>
    public static TextSpan? BeforeDate(string text, TextSpan line)
    {
        var comma = text.IndexOf(',', line.Start, line.Length);
        if (comma <= line.Start)
        {
            return null;
        }

        var name = SpanTrim.Trim(text, line.Start, comma);
        var date = SpanTrim.Trim(text, comma + 1, line.End);
        return date.Length > 0 && DateWords.IsDate(text, date) && (OutletLine.IsPaperName(text, name) || OutletLine.HasMediaWord(text, name)) ? name : null;
    }
}
