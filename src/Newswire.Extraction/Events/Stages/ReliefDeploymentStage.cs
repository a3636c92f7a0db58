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
    };

    public string Name => "relief-deployment";

    public bool Rejects(EventContext c)
    {
        if (c.Root != 15 && !((c.Root == 6 || c.Root == 7) && NoForeignSide(c)))
        {
            return false;
        }

        for (var i = c.TriggerEnd; i < c.SentenceEnd; i++)
        {
            if (c.IsWord(i) && c.IsLower(i) && c.IsAnyWord(i, ReliefWords))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NoForeignSide(EventContext c)
    {
        var own = c.AgentActor.Country;
        foreach (var a in c.Counterparts)
        {
            var country = c.Actors.Actors[a].Country;
            if (own == null || country == null || country != own)
            {
                return false;
            }
        }

        return own != null;
    }
}
