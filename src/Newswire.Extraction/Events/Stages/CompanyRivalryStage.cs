using Newswire.Extraction.Model;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// Companies fight for orders, not with arms: "the company had fought hard to win the contract against rivals from
/// Chile", "we attacked the market early", "launched an assault on the budget segment". Rejects force (roots 18 to 20)
/// whose agent is a company: one by its name or the company table, or an organization the lexicon does not know in a
/// sentence or under a headline of business talk (<c>[commercial]</c>: "... lithium producer signs deal with battery
/// maker"). Armed groups, parties and state bodies keep their attacks ("Wagner Group attacked", "the Defence Ministry
/// struck"), and so does force by anyone else in a business story.
/// </summary>
internal sealed class CompanyRivalryStage : IEventStage
{
    public string Name => "company-rivalry";

    public bool Rejects(EventContext c)
    {
        var root = c.Root;
        if (root < 18 || root > 20)
        {
            return false;
        }

        var agent = c.AgentActor;
        if (CommercialStage.CompanyActor(c, agent))
        {
            return true;
        }

        return agent.Kind == ActorKind.Organization && c.StoryHas(StageSet.Commercial) && agent.Roles.Count == 0
            && !CommercialStage.KnownOrganization(agent.Name) && !c.StoryHas(StageSet.ArmedGroup | StageSet.NonStateForce)
            && !ActorGate.NamedAsOfficial(c, agent.Name);
    }
}
