using System.Collections.Generic;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Actors.Finish;

/// <summary>
/// "Ruritanian riot police detained 40 protesters in Riverton": a story may name a country only through its people's
/// forces or offices. CAMEO codes such a group as the country itself, and <see cref="CountryIdentity"/> folds it into
/// the country when the article names it; when the article never does, the first such group is renamed to the
/// country (its lexicon name), so that its events have the country as agent and later groups of that country fold
/// into it. Groups that are not the state (Ruritanian fighters, refugees, companies) stay as they are.
/// </summary>
internal static class UnnamedCountryForces
{
    public static IReadOnlyList<ExtractedActor> Apply(Lexicon lexicon, IReadOnlyList<ExtractedActor> actors)
    {
        List<ExtractedActor>? renamed = null;
        HashSet<string>? named = null;
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            if (!IsStateGroup(lexicon, a) || lexicon.Country(a.Country!) is not { } entry)
            {
                continue;
            }

            named ??= NamedCountries(lexicon, actors);
            if (named.Add(a.Country!))
            {
                renamed ??= new List<ExtractedActor>(actors);
                renamed[i] = new ExtractedActor(entry.Name, ActorKind.Organization, a.Country, a.Roles, a.Aliases, a.Mentions, a.Confidence) { Place = a.Place };
            }
        }

        return renamed ?? actors;
    }

    // An organization phrase opened by its country's people whose last word is a state force or office.
    private static bool IsStateGroup(Lexicon lexicon, ExtractedActor a) =>
        a.Kind == ActorKind.Organization && CountryIdentity.IsNationalityGroup(lexicon, a)
        && WordLists.StateForceHeads.TryGet(a.Name.Substring(a.Name.LastIndexOf(' ') + 1), out _);

    // The countries some actor already names by their lexicon name.
    private static HashSet<string> NamedCountries(Lexicon lexicon, IReadOnlyList<ExtractedActor> actors)
    {
        var named = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var a in actors)
        {
            if (CountryIdentity.IsCountryName(lexicon, a))
            {
                named.Add(a.Country!);
            }
        }

        return named;
    }
}
