namespace Newswire.Extraction.Actors;

/// <summary>Whether an acronym can stand for a name by its letters.</summary>
internal static class AcronymLetters
{
    // Looser than spelling the initials in order, for acronyms from another language's word order ("FARC" after
    // "Revolutionary Armed Forces of Colombia"): every letter opens some word of the name.
    public static bool InitialsOf(string acronym, string name)
    {
        foreach (var c in acronym)
        {
            if (c != '.' && !OpensWord(name, c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OpensWord(string name, char letter)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if ((i == 0 || name[i - 1] == ' ' || name[i - 1] == '-') && char.ToUpperInvariant(name[i]) == letter)
            {
                return true;
            }
        }

        return false;
    }
}
