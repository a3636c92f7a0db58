using Newswire.Extraction.Model;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A company or a person investing at home is business, not economic cooperation between actors (issue #11): "KATHMANDU
/// — Tata would invest $2 billion in Nepal", "Kinross said it would invest $500 million in Mauritania", where a company
/// is read as a person or given the dateline's country and so passes the actor checks. Rejects an investment (root 06
/// told by "invest") by an agent that is no place or state, whose counterparts are only places of its own country.
/// A state investing ("China will invest $5 billion in Pakistan's ports") and an investor from abroad stay.
/// </summary>
internal sealed class HomeInvestmentStage : IEventStage
{
    private static readonly string[] InvestWords = { "invest", "invests", "invested", "investing", "investment", "investments" };

    public string Name => "home-investment";

    public bool Rejects(EventContext c)
    {
        if (c.Root != 6 || !c.IsAnyWord(c.Trigger, InvestWords))
        {
            return false;
        }

        var agent = c.AgentActor;
        // A state stays, named by its country or capital ("China", "Beijing"), an office or a state body.
        if (agent.Kind == ActorKind.Location || agent.Country == null || agent.Roles.Count > 0
            || Lexicons.Capitals.IsCountryOrCapital(agent.Name, agent.Country) || ActorGate.NamedAsOfficial(c, agent.Name)
            || CommercialStage.KnownOrganization(agent.Name))
        {
            return false;
        }

        foreach (var k in c.Counterparts)
        {
            var actor = c.Actors.Actors[k];
            if (actor.Kind != ActorKind.Location || actor.Country != agent.Country)
            {
                return false;
            }
        }

        return true;
    }
}
