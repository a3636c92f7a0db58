using System;

// Link: "J. K. Oberlin" or "Jonas Oberlin" beside "Jonas K. Oberlin" is the same person: the same surname, and each
// other word the full name's word or its initial, in order. Only when exactly one person in the article fits. Also
// "Ahmad Faizal" beside "Ahmad Faizal Osman": Malay, Arabic and Ethiopian names are named again by their leading
// words (the given names; what follows is the father's name), never by the last.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void MergeShortPersonNames(int[] names)
        {
            foreach (var shorter in _actors)
            {
                if (shorter.Kind != ActorKind.Person || shorter.Entry != null || names[shorter.Index] == 0 || shorter.Name.IndexOf(' ') < 0)
                {
                    continue;
                }

                ActorBuilder? full = null;
                var fits = 0;
                for (var ka = 0; ka < _actors.Count; ka++) // indexed: the list enumerator's MoveNext is a call per actor
                {
                    var a = _actors[ka];
                    if (a != shorter && a.Kind == ActorKind.Person && names[a.Index] > 0
                        && (ShortNames.IsShortPersonName(shorter.Name, a.Name) || ShortNames.IsLeadingPersonName(shorter.Name, a.Name)))
                    {
                        full = a;
                        fits++;
                    }
                }

                if (fits == 1)
                {
                    MergeInto(shorter, full!, names);
                }
            }
        }
    }
}

/// <summary>The name-form tests of the article-level identity rules (Link/), by themselves for their tests.</summary>
internal static partial class ShortNames
{
    // "Ahmad Faizal" of "Ahmad Faizal Osman": the short name (two words or more) is the full name's leading words.
    public static bool IsLeadingPersonName(string shortName, string fullName) =>
        fullName.Length > shortName.Length + 1 && fullName[shortName.Length] == ' '
        && fullName.StartsWith(shortName, StringComparison.OrdinalIgnoreCase);

    // "J. K. Oberlin" / "Jonas Oberlin" of "Jonas K. Oberlin": the last words equal; every other word of the short
    // name matches a later word of the full name (equal, or its initial); the short name is shorter or has initials.
    public static bool IsShortPersonName(string shortName, string fullName)
    {
        // The surnames first, without splitting: most pairs differ there.
        var surname = shortName.Length - shortName.LastIndexOf(' ') - 1;
        if (fullName.Length <= surname || fullName[fullName.Length - surname - 1] != ' '
            || string.Compare(fullName, fullName.Length - surname, shortName, shortName.Length - surname, surname, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        var s = shortName.Split(' ');
        var f = fullName.Split(' ');
        if (s.Length > f.Length || s.Length < 2 || !string.Equals(s[s.Length - 1], f[f.Length - 1], StringComparison.OrdinalIgnoreCase)
            || string.Equals(shortName, fullName, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var k = 0;
        var initials = false;
        for (var i = 0; i < s.Length - 1; i++)
        {
            while (k < f.Length - 1 && !WordFits(s[i], f[k], ref initials))
            {
                k++;
            }

            if (k == f.Length - 1)
            {
                return false;
            }

            k++;
        }

        return s.Length < f.Length || initials;
    }

    // The same word, or its initial ("J." or "J" for "Jonas"; not for a full name that is itself an initial).
    private static bool WordFits(string word, string full, ref bool initials)
    {
        if (string.Equals(word, full, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var letters = word.EndsWith(".", StringComparison.Ordinal) ? word.Length - 1 : word.Length;
        if (letters == 1 && full.Length > 2 && char.IsUpper(word[0]) && word[0] == full[0])
        {
            initials = true;
            return true;
        }

        return false;
    }
}
