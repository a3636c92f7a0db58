using System;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// In a story whose headline is an accident or a disaster ("Tanzania mine collapse traps 20 workers", "Storm kills
/// eight in northern Ghana"), an appeal, a demand or an inquiry that names no side is the officials' response to it,
/// not an interaction between actors: "the minister visited the site and called for stricter safety rules", "ordered
/// an investigation and urged officials to tighten checks". Rejects roots 02, 09 and 10 with no counterpart when the
/// headline holds a <c>[hazard]</c> or <c>[accident]</c> word and none of force, protest, election, state body or
/// political head (its victims, "workers", "residents", may be named; a headline "Troops open fire on protesters" is
/// no accident). An appeal to a side named ("urged Malawi to reopen the border")
/// stays, and so do a state's own appeal ("Mozambique's government appealed to donors on Sunday"; not its inquiry,
/// "police opened an investigation into the cause") and any appeal for
/// aid (023). The detention of whoever ran the vehicle or the site is the response too, even by the state's own police
/// ("police said the driver had been detained for questioning", "the mine's manager was arrested": 173 naming no side,
/// with a word of <see cref="InCharge"/> in the sentence); arrests at a protest under a "fire" headline stay.
/// </summary>
internal sealed class AccidentStoryStage : IEventStage
{
    // Headline words that make "fire", "crash" or "blast" a political story.
    internal const StageSet PoliticalStory = StageSet.SecurityForce | StageSet.ArmedUnit | StageSet.ArmedGroup
        | StageSet.ProtestNoun | StageSet.Election | StageSet.PoliticalHead | StageSet.StateBody;

    // Who runs a vehicle or a site: the one held after an accident.
    private static readonly string[] InCharge =
    {
        "driver", "drivers", "captain", "pilot", "operator", "owner", "owners", "manager", "managers", "conductor", "skipper", "foreman",
    };

    public string Name => "accident-story";

    public bool Rejects(EventContext c)
    {
        var root = c.Root;
        var response = c.Code == "173" && HoldsInCharge(c);
        if ((root != 2 && root != 9 && root != 10 && !response) || c.Counterparts.Count > 0 || c.Code.StartsWith("023", StringComparison.Ordinal)
            || (c.AgentActor.Kind == ActorKind.Location && !response && root != 9))
        {
            return false;
        }

        return (c.AccidentHeadline || c.StoryHas(StageSet.Hazard)) && !c.StoryHas(PoliticalStory);
    }

    private static bool HoldsInCharge(EventContext c)
    {
        for (var i = c.SentenceStart; i < c.SentenceEnd; i++)
        {
            if (c.IsWord(i) && c.IsLower(i) && c.IsAnyWord(i, InCharge))
            {
                return true;
            }
        }

        return false;
    }
}
