namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A regulator fining a company is regulation, not a political event: "Kenya's Competition Authority fined the
/// supermarket chain", "the data protection office fined the bank". Rejects 172 told by the verb "fine" whose agent is
/// a body of one country (an organization with a country, not an international body of the lexicon) when no side
/// fined is a state or a person. A state or a bloc fining keeps 172 ("Russia fined Google", "the European Commission
/// fined Google": the sanction of a government); so does a body fining a state or a politician.
/// </summary>
internal sealed class RegulatoryFineStage : IEventStage
{
    private static readonly string[] FineForms = { "fine", "fined", "fines", "fining" };

    public string Name => "regulatory-fine";

    public bool Rejects(EventContext c)
    {
        if (c.Code != "172" || !c.IsAnyWord(c.Trigger, FineForms))
        {
            return false;
        }

        var agent = c.AgentActor;
        if (agent.Kind != ActorKind.Organization || agent.Country == null || CommercialStage.KnownOrganization(agent.Name))
        {
            return false;
        }

        foreach (var k in c.Counterparts)
        {
            if (c.Actors.Actors[k].Kind != ActorKind.Organization)
            {
                return false;
            }
        }

        return true;
    }
}
