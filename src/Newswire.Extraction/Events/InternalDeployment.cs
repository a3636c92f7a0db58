using System.Collections.Generic;
using Newswire.Extraction.Model;
using Newswire.Extraction.Places;

namespace Newswire.Extraction.Events;

/// <summary>
/// "The government sent 600 soldiers to the northern state of X": troops sent to places of the sender's own
/// country are a show of force at home (154, mobilize or increase armed forces), not military cooperation with
/// the place (062). A place is the sender's own when the actor says so, or (places get their country after the
/// event stage) when the gazetteer knows the name as a first-level division of that country, or only there.
/// </summary>
internal static class InternalDeployment
{
    public const string Cooperation = "062";
    public const string Mobilization = "154";

    /// <summary>The event's code: <see cref="Mobilization"/> for an internal deployment, else <paramref name="code"/>.</summary>
    public static string Code(IReadOnlyList<ExtractedActor> actors, string code, int agent, List<int> counterparts)
    {
        if (code != Cooperation || agent < 0 || counterparts.Count == 0 || actors[agent].Country is not { } own)
        {
            return code;
        }

        foreach (var a in counterparts)
        {
            var place = actors[a];
            if (place.Kind != ActorKind.Location || (place.Country != own && !(place.Country == null && InCountry(place.Name, own))))
            {
                return code;
            }
        }

        return Mobilization;
    }

    /// <summary>Whether the gazetteer places <paramref name="name"/> in <paramref name="country"/>: a division there, or nowhere else.</summary>
    internal static bool InCountry(string name, string country)
    {
        var g = Gazetteer.Default;
        bool division = false, home = false, abroad = false;
        foreach (var (entry, alias) in g.Find(PlaceNames.Key(name)))
        {
            var e = g[entry];
            if (alias)
            {
                continue;
            }

            if (e.Country == country)
            {
                home = true;
                division |= e.Kind == PlaceKind.Admin1;
            }
            else
            {
                // A country of that name is never a place at home ("sent troops to Georgia").
                if (e.Kind == PlaceKind.Country)
                {
                    return false;
                }

                abroad = true;
            }
        }

        return division || (home && !abroad);
    }
}
