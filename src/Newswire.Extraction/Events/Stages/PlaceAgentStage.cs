using System;
using System.Collections.Generic;
using Newswire.Extraction.Model;
using Newswire.Extraction.Places;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A town, a lake or a bay does not act. A clause headed by a known town that is not a capital ("the
/// Monterrey-based group is offering fares", "protests were reported in Mombasa and Nakuru, which said ...") names
/// where something happened or where a company sits, not who did it; a name with a water or landform head ("Lake
/// Kivu", "Bay of X") never acts. Countries, capitals ("Seoul accused Pyongyang"), states ("Texas sued") and names
/// the gazetteer does not know pass. Two exceptions: a protest, where a town stands for its people ("Residents of
/// Colchani protested"), and a sentence about security forces, where the place the article gives them stands for
/// their state when it names no country ("PORT ELLIS (Wire) - Police detained ..."). A square, street or stadium never
/// acts, not even for a protest held there ("protesters rallied in Sukhbaatar Square"). Runs for statements too:
/// "Nakuru said" is as wrong as "Nakuru attacked". A place written into "X-based" never acts ("Oslo-based Nordlys accused").
/// </summary>
internal sealed class PlaceAgentStage : IStatementStage
{
    private const int ProtestRoot = 14;

    private static readonly HashSet<string> LandformHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "lake", "bay", "river", "sea", "gulf", "ocean", "mount", "strait", "channel", "shoal",
    };

    // Squares, streets and stadiums where crowds gather: the crowd protests there, the place never does.
    private static readonly HashSet<string> VenueHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "square", "street", "avenue", "boulevard", "road", "park", "stadium", "bridge", "plaza", "roundabout",
    };

    public string Name => "place-agent";

    public bool Rejects(EventContext c)
    {
        var agent = c.AgentActor;
        if (agent.Kind != ActorKind.Location)
        {
            return false;
        }

        if (HasVenueHead(agent.Name) || BasedIn(c))
        {
            return true;
        }

        if (c.Root == ProtestRoot || c.SentenceHas(StageSet.SecurityForce))
        {
            return false;
        }

        // Places get their country from the place stage, after events: a capital may have none yet.
        if ((agent.Country != null && Lexicons.Capitals.IsCountryOrCapital(agent.Name, agent.Country)) || Lexicons.Capitals.CountryOfCapital(agent.Name) != null)
        {
            return false;
        }

        return HasLandformHead(agent.Name) || IsKnownTown(agent.Name, agent.Country);
    }

    // "Oslo-based shipping group Nordlys accused its rival": the place where the agent sits, written into one
    // hyphenated word, never acts, even as a capital.
    private static bool BasedIn(EventContext c)
    {
        var m = c.AgentMentionBefore(c.Trigger);
        if (m < 0)
        {
            return false;
        }

        var end = c.Actors.Mentions[m].EndToken - 1;
        ref readonly var t = ref c.Tokens[end];
        const string Based = "-based";
        return t.Length > Based.Length && string.CompareOrdinal(c.Text, t.End - Based.Length, Based, 0, Based.Length) == 0;
    }

    private static bool HasLandformHead(string name)
    {
        var first = name.IndexOf(' ');
        var last = name.LastIndexOf(' ');
        return first > 0 && (IsLandform(name.Substring(0, first)) || IsLandform(name.Substring(last + 1)));
    }

    private static bool IsLandform(string word) => LandformHeads.Contains(word);

    private static bool HasVenueHead(string name)
    {
        var last = name.LastIndexOf(' ');
        return last > 0 && VenueHeads.Contains(name.Substring(last + 1));
    }

    // Whether the gazetteer knows the name as a town (of the country, when it is known). A town that shares its
    // name with its state or county ("Nakuru", "Kano") is still read as the town: a bare name heading a clause
    // far more often is.
    private static bool IsKnownTown(string name, string? country)
    {
        foreach (var (entry, _) in Gazetteer.Default.Find(PlaceNames.Key(name)))
        {
            var e = Gazetteer.Default[entry];
            if (e.Kind == PlaceKind.City && (country == null || e.Country == country))
            {
                return true;
            }
        }

        return false;
    }
}
