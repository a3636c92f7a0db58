namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// A ministry is a state body whatever its portfolio ("Ministry of Ports, Shipping and Waterways", "Reunification
/// Ministry"): <see cref="OfficeCountry.IsNationalBody"/> knows the common portfolios word by word, and wire copy
/// names many more. A name with the word "Ministry" and no other body's head ("Ministry of Health Workers' Union")
/// may take the story's country like any national body; so may the office of a title ("Prosecutor General's Office").
/// </summary>
internal static class MinistryNames
{
    /// <summary>Whether an organization's name is a ministry's: "Ministry" as a word, no head of another body after it.</summary>
    public static bool Is(string name)
    {
        var at = WordAt(name, "Ministry");
        return at >= 0 ? !OtherHeadAfter(name, at + "Ministry".Length) : IsTitlesOffice(name);
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
        return end > start && Lexicons.WordLists.TitleHeads.TryGet(name, start, end - start, Text.TermKey.Hash(name, start, end - start), out _);
    }

    // The offset of `word` as a whole word of `name`, else -1.
    private static int WordAt(string name, string word)
    {
        for (var at = name.IndexOf(word, System.StringComparison.Ordinal); at >= 0; at = name.IndexOf(word, at + 1, System.StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || name[at - 1] == ' ') && (end == name.Length || name[end] == ' ' || name[end] == ','))
            {
                return at;
            }
        }

        return -1;
    }

    // "Ministry of Finance Staff Union": a body of its own after the ministry's words.
    private static bool OtherHeadAfter(string name, int from)
    {
        foreach (var head in OtherHeads)
        {
            if (name.IndexOf(head, from, System.StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] OtherHeads = { "Union", "Association", "Company", "Corporation", "Bank", "Party", "University", "School", "Hospital", "Federation" };
}
