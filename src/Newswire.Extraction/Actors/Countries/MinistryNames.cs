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
        "international", "emergency", "situations", "strategic", "planning", "administration", "reform", "maritime", "marine");

    // Heads of the state's forces ("Armed Forces", "Coast Guard"), with the words that name them; another body's
    // forces keep a name word of their own ("Freedonia Liberation Forces").
    private static readonly TermTable<bool> ForceHeads = TermTables.Words("forces", "guard");

    private static readonly TermTable<bool> ForceWords = TermTables.Words(
        "armed", "self-defense", "self-defence", "coast", "border", "securities");

    /// <summary>Whether a token is a portfolio or a state body's function word ("Trade", "Fisheries", "Affairs").</summary>
    public static bool IsPortfolioWord(string text, in Token token) =>
        token.IsWord && (Portfolios.TryGet(text, token, out _) || (OfficeCountry.IsBodyWord(text, token.Start, token.Length, TermKey.Hash(text, token.Start, token.Length), out var head) && !head));

    /// <summary>Whether an organization's name is a state body's of known portfolios, or a title's office.</summary>
    public static bool Is(string name) => IsPortfolioBody(name) || IsTitlesOffice(name);

    // Every word a body's head or function word, a portfolio or a force word, one of them a head ("Ministry of
    // Investment, Trade and Industry", "Coast Guard"); read in place, as OfficeCountry.IsNationalBody reads names.
    private static bool IsPortfolioBody(string name)
    {
        var head = false;
        for (var start = 0; start < name.Length;)
        {
            var end = name.IndexOf(' ', start);
            end = end < 0 ? name.Length : end;
            var length = end > start && name[end - 1] == ',' ? end - start - 1 : end - start;
            var hash = TermKey.Hash(name, start, length);
            if (OfficeCountry.IsBodyWord(name, start, length, hash, out var isHead) || ForceHeads.TryGet(name, start, length, hash, out isHead))
            {
                head |= isHead;
            }
            else if (!Portfolios.TryGet(name, start, length, hash, out _) && !ForceWords.TryGet(name, start, length, hash, out _))
            {
                return false;
            }

            start = end + 1;
        }

        return head;
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
