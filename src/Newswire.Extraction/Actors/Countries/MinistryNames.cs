using System.Text;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// State bodies <see cref="OfficeCountry.IsNationalBody"/> does not know word by word: a body of a portfolio wire
/// copy names often beyond the common ones ("Ministry of Ports, Shipping and Waterways", "Reunification Ministry",
/// "Development and Reform Commission"), the state's forces ("Armed Forces", "Coast Guard") and the office of a
/// title ("Prosecutor General's Office"). A body with a word of its own ("Ministry of Lost Umbrellas") is still no
/// national body.
/// </summary>
internal static class MinistryNames
{
    // Portfolio words of ministries beside OfficeCountry's function words.
    private static readonly TermTable<bool> Portfolios = TermTables.Words(
        "external", "unification", "reunification", "investment", "natural", "resources", "mines", "fisheries", "oceans",
        "forestry", "forests", "sport", "sports", "youth", "women", "family", "social", "welfare", "development", "religious",
        "endowments", "aviation", "railways", "roads", "highways", "ports", "shipping", "waterways", "telecommunications",
        "digital", "science", "technology", "innovation", "climate", "veterans", "minority", "human", "rights",
        "humanitarian", "disaster", "management", "culture", "heritage", "infrastructure", "irrigation", "livestock",
        "industries", "power", "oil", "gas", "mineral", "local", "urban", "rural", "regional", "cooperation",
        "international", "emergency", "situations", "strategic", "planning", "administration", "reform");

    // Heads of the state's forces ("Armed Forces", "Coast Guard"), read as "Police" is, with the words that name
    // them; another body's forces keep a name word of their own ("Freedonia Liberation Forces").
    private static readonly TermTable<bool> ForceHeads = TermTables.Words("forces", "guard");

    private static readonly TermTable<bool> ForceWords = TermTables.Words(
        "armed", "self-defense", "self-defence", "coast", "border", "securities");

    /// <summary>Whether an organization's name is a state body's of known portfolios, or a title's office.</summary>
    public static bool Is(string name) =>
        OfficeCountry.IsNationalBody(WithoutPortfolios(name)) || IsTitlesOffice(name);

    // The name without its portfolio words and commas ("Ministry of Investment, Trade and Industry" -> "Ministry of
    // Trade and Industry"), for the function-word check.
    private static string WithoutPortfolios(string name)
    {
        var rest = new StringBuilder(name.Length);
        foreach (var raw in name.Split(' '))
        {
            var word = raw.TrimEnd(',');
            var hash = TermKey.Hash(word, 0, word.Length);
            if (word.Length == 0 || Portfolios.TryGet(word, 0, word.Length, hash, out _) || ForceWords.TryGet(word, 0, word.Length, hash, out _))
            {
                continue;
            }

            rest.Append(rest.Length == 0 ? "" : " ").Append(ForceHeads.TryGet(word, 0, word.Length, hash, out _) ? "Police" : word);
        }

        return rest.ToString();
    }

    // "Attorney General's Office", "Ombudsman's Office": the office of a title, its last word a title head.
    private static bool IsTitlesOffice(string name)
    {
        const string office = "'s Office";
        if (!name.EndsWith(office, System.StringComparison.Ordinal) && !name.EndsWith("\u2019s Office", System.StringComparison.Ordinal))
        {
            return false;
        }

        var end = name.Length - office.Length;
        var start = name.LastIndexOf(' ', end - 1) + 1;
        return end > start && Lexicons.WordLists.TitleHeads.TryGet(name, start, end - start, TermKey.Hash(name, start, end - start), out _);
    }
}
