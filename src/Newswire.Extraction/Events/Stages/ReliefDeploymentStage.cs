using Newswire.Extraction.Model;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// Troops or helicopters sent to rescue or evacuate people show no force to anyone: "The army deployed helicopters to
/// rescue stranded villagers", "deployed 5,000 soldiers for flood relief". Rejects a force posture (root 15) whose
/// words after the trigger tell a rescue or relief purpose; "deployed troops to the border" keeps its event. So is
/// help sent home ("The army sent troops and helicopters to help residents evacuate", root 06 or 07 with no foreign
/// side); help sent to another country ("sent troops to help Mozambique evacuate") keeps its event.
/// </summary>
internal sealed class ReliefDeploymentStage : IEventStage
{
    // Words of a rescue or relief purpose, read after the trigger only for root 15.
    private static readonly string[] ReliefWords =
    {
        "rescue", "rescued", "rescuing", "evacuate", "evacuating", "evacuation", "relief", "stranded", "survivors",
        "debris", "floods", "flooding", "cyclone", "hurricane", "typhoon", "earthquake", "quake",
        "landslide", "landslides", "drought", "snowstorm", "wildfire", "wildfires", "disaster",

        // "sent army trucks with hay and fodder to herders cut off by snow": feed for a winter disaster.
        "snow", "snowfall", "blizzard", "fodder", "heatwave",
    };

    // "Police deployed 2,000 officers to manage the crowds" at a festival or a match: policing the public, read for
    // root 15 in a sentence with no protest.
    private static readonly string[] CrowdWords = { "crowd", "crowds", "festival", "traffic", "visitors", "tourists", "pilgrims", "celebrations", "spectators" };

    public string Name => "relief-deployment";

    public bool Rejects(EventContext c)
    {
        var evacuation = c.Code == "166" && NoForeignSide(c, placesOfNoCountry: true);
        if ((evacuation || (c.Root == 15 && NoForeignSide(c))) && DisasterStory(c))
        {
            return true;
        }

        if (evacuation && c.SentenceHas(StageSet.Hazard))
        {
            return true;
        }

        if (c.Root != 15 && !((c.Root == 6 || c.Root == 7) && NoForeignSide(c)))
        {
            return false;
        }

        var crowd = c.Root == 15 && !c.SentenceHas(StageSet.ProtestNoun) && !ProtestersIn(c) && NoForeignSide(c);
        for (var i = c.TriggerEnd; i < c.SentenceEnd; i++)
        {
            if (c.IsWord(i) && c.IsLower(i) && (c.IsAnyWord(i, ReliefWords) || (crowd && c.IsAnyWord(i, CrowdWords))))
            {
                return true;
            }
        }

        return false;
    }

    // "to manage the crowds of protesters": the crowd is a protest.
    private static bool ProtestersIn(EventContext c)
    {
        for (var i = c.SentenceStart; i < c.SentenceEnd; i++)
        {
            if (c.IsWord(i) && c.Words.OnDemand(StageWords.ProtestCrowd, c.Text, c.Tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    // The headline is a disaster or an accident and speaks of no force, protest or politics.
    private static bool DisasterStory(EventContext c) =>
        (c.AccidentHeadline || c.StoryHas(StageSet.Hazard)) && !c.StoryHas(AccidentStoryStage.PoliticalStory);

    // A town evacuated may not have its country yet ("the coastal town of Saint-Louis"): with placesOfNoCountry it is
    // no foreign side.
    private static bool NoForeignSide(EventContext c, bool placesOfNoCountry = false)
    {
        var own = c.AgentActor.Country;
        foreach (var a in c.Counterparts)
        {
            var actor = c.Actors.Actors[a];
            var country = actor.Country;
            if (placesOfNoCountry && country == null && actor.Kind == ActorKind.Location)
            {
                continue;
            }

            if (own == null || country == null || country != own)
            {
                return false;
            }
        }

        return own != null;
    }
}
