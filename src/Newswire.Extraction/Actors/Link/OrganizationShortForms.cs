using System;

// Link: an organization named again by a shorter form of its name is the same organization: "Revenue Authority" after
// "Freedonia Revenue Authority" (the name without its leading place or qualifier), "Central Bank" after "Central Bank
// of Freedonia" (the name before its "of" complement). Two words at least (a head word alone is LinkHeadWord's), and
// only when exactly one longer organization in the article fits, and never a country acting as a state.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void MergeOrganizationShortForms(int[] names)
        {
            foreach (var shorter in _actors)
            {
                if (shorter.Kind != ActorKind.Organization || shorter.Entry != null || names[shorter.Index] == 0 || shorter.Name.IndexOf(' ') < 0 || IsState(shorter))
                {
                    continue;
                }

                ActorBuilder? full = null;
                var fits = 0;
                for (var ka = 0; ka < _actors.Count; ka++) // indexed: the list enumerator's MoveNext is a call per actor
                {
                    var a = _actors[ka];
                    if (a != shorter && a.Kind == ActorKind.Organization && names[a.Index] > 0 && ShortNames.IsShortOrganizationName(shorter.Name, a.Name))
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

        // A country acting as a state ("Democratic Republic of the Congo accused ...") is no short form of a body named
        // for it ("UN ... Mission in the Democratic Republic of the Congo").
        private static bool IsState(ActorBuilder actor) =>
            actor.Country is { } country && Lexicons.Capitals.IsCountryOrCapital(actor.Name, country);
    }
}

/// <summary>The name-form tests of the article-level identity rules (Link/), by themselves for their tests.</summary>
internal static partial class ShortNames
{
    // "Revenue Authority" of "Freedonia Revenue Authority" (its last words after a capitalized word), or "Central
    // Bank" of "Central Bank of Freedonia" (its words before "of").
    public static bool IsShortOrganizationName(string shortName, string fullName)
    {
        // "The Harwick Institute" of "Harwick Institute of Arts"; a capitalized "The" opens a full name of its own
        // ("The Scout Association" is not "Freedonia Scout Association").
        var the = shortName.StartsWith("The ", StringComparison.Ordinal);
        if (the)
        {
            shortName = shortName.Substring(4);
        }

        var n = shortName.Length;
        if (fullName.Length <= n + 1)
        {
            return false;
        }

        if (!the && string.Compare(fullName, fullName.Length - n, shortName, 0, n, StringComparison.OrdinalIgnoreCase) == 0
            && fullName[fullName.Length - n - 1] == ' ' && char.IsUpper(fullName[0]))
        {
            return true;
        }

        return string.Compare(fullName, 0, shortName, 0, n, StringComparison.OrdinalIgnoreCase) == 0
               && string.Compare(fullName, n, " of ", 0, 4, StringComparison.Ordinal) == 0;
    }
}
