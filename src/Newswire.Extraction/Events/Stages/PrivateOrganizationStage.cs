using Newswire.Extraction.Model;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// An organization nothing ties to a state or to politics does not act in CAMEO's sense: no country, unknown to
/// the built-in lexicon, no role, and no political head word in its name ("… Party", "… Council", "… Police").
/// These are the companies, brands and clubs a name tagger finds in ordinary news ("Ryanair and Lufthansa
/// clashed over landing slots", "Nintendo released a new game in Japan").
/// </summary>
internal sealed class PrivateOrganizationStage : IEventStage
{
    public string Name => "private-organization";

    public bool Rejects(EventContext c)
    {
        var agent = c.AgentActor;
        return agent.Kind == ActorKind.Organization
            && agent.Country == null
            && agent.Roles.Count == 0
            && !ActorGate.NamedAsOfficial(c, agent.Name)
            && !CommercialStage.KnownOrganization(agent.Name);
    }
}
