using System;
using Newswire.Extraction.Places;

// Link: a club named again by its own word is the same club: "Ahly" after "Al Ahly" (without the Arabic article),
// "Raja" after "Raja Marlow" (without its town). Whatever kind the lone word was read as, and only when exactly one
// organization of the article fits.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void MergeClubShortNames(int[] names)
        {
            foreach (var shorter in _actors)
            {
                if (shorter.Entry != null || names[shorter.Index] == 0 || shorter.Name.IndexOf(' ') >= 0 || shorter.RoleCount > 0)
                {
                    continue;
                }

                ActorBuilder? club = null;
                var fits = 0;
                for (var ka = 0; ka < _actors.Count; ka++) // indexed: the list enumerator's MoveNext is a call per actor
                {
                    var a = _actors[ka];
                    if (a != shorter && a.Kind == ActorKind.Organization && names[a.Index] > 0 && ShortNames.IsClubShortName(shorter.Name, a.Name))
                    {
                        club = a;
                        fits++;
                    }
                }

                if (fits == 1)
                {
                    MergeInto(shorter, club!, names);
                }
            }
        }
    }
}

internal static partial class ShortNames
{
    // "Ahly" of "Al Ahly" / "El-Ahly", or "Raja" of "Raja Marlow" where Marlow is a town of some size.
    public static bool IsClubShortName(string word, string club)
    {
        var n = word.Length;
        if (club.Length == n + 3 && club.EndsWith(word, StringComparison.Ordinal)
            && (club.StartsWith("Al ", StringComparison.Ordinal) || club.StartsWith("El ", StringComparison.Ordinal)
                || club.StartsWith("Al-", StringComparison.Ordinal) || club.StartsWith("El-", StringComparison.Ordinal)))
        {
            return true;
        }

        return club.Length > n + 1 && club[n] == ' ' && club.StartsWith(word, StringComparison.Ordinal)
               && club.IndexOf(' ', n + 1) < 0 && IsTown(club.Substring(n + 1));
    }

    private static bool IsTown(string name)
    {
        foreach (var (index, _) in Gazetteer.Default.Find(PlaceNames.Key(name)))
        {
            var place = Gazetteer.Default[index];
            if (place.Kind == PlaceKind.City && place.Population >= 50_000)
            {
                return true;
            }
        }

        return false;
    }
}
