namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// Troops or helicopters sent to rescue or evacuate people show no force to anyone: "The army deployed helicopters to
/// rescue stranded villagers", "deployed 5,000 soldiers for flood relief". Rejects a force posture (root 15) whose
/// words after the trigger tell a rescue or relief purpose; "deployed troops to the border" keeps its event.
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
        if (c.Root != 15)
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
}
