using Newswire.Extraction.Model;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A court ordering a company of its own country is a civil case, not a political demand: "a court in Seoul ordered
/// Samsung Electronics to pay 2 billion won to a former supplier", "the Supreme Court ordered the power company to
/// restore electricity to the village". Rejects a demand (10) told by an <c>[order-verb]</c> with a
/// <c>[court-agent]</c> word before it in the clause when every side ordered is a company of the agent's country (or of
/// none), or, with no side named, the object before its infinitive holds a <c>[commercial]</c> word ("the power
/// company"). A court ordering a state, a minister, a party or a person stays ("ordered the government to release the
/// activists"), and so does one ordering a foreign company. A person named only as the owner of the business ordered
/// ("ordered Haddad's company, X Development, to repay the investors") is no side ordered either.
/// </summary>
internal sealed class CivilOrderStage : IEventStage
{
    // The ordered side up to its infinitive: "the state-run power company to".
    private const int ObjectReach = 6;

    public string Name => "civil-order";

    public bool Rejects(EventContext c)
    {
        if (c.FromNoun || c.Root != 10 || !c.Has(c.Trigger, StageSet.OrderVerb) || c.Find(c.ClauseStart, c.Trigger, StageSet.CourtAgent) < 0)
        {
            return false;
        }

        if (c.Counterparts.Count == 0 || CommercialObject(c) && OwnersOnly(c))
        {
            return CommercialObject(c);
        }

        foreach (var k in c.Counterparts)
        {
            if (!DomesticCompany(c, c.Actors.Actors[k]))
            {
                return false;
            }
        }

        return true;
    }

    // "ordered the power company to": a business word in the object, before "to".
    private static bool CommercialObject(EventContext c)
    {
        for (var i = c.TriggerEnd; i < c.TriggerEnd + ObjectReach && i < c.SentenceEnd && !c.IsWord(i, "to"); i++)
        {
            if (c.Has(i, StageSet.Commercial))
            {
                return true;
            }
        }

        return false;
    }

    // "ordered Haddad's company to repay investors": the people named are the owners of the company ordered, not
    // sides ordered themselves.
    private static bool OwnersOnly(EventContext c)
    {
        foreach (var k in c.Counterparts)
        {
            if (c.Actors.Actors[k].Kind != ActorKind.Person)
            {
                return false;
            }
        }

        return true;
    }

    // An organization that is no international body and no state body, named like a company or in business talk,
    // of the court's country or of none.
    private static bool DomesticCompany(EventContext c, ExtractedActor actor) =>
        actor.Kind == ActorKind.Organization && !CommercialStage.KnownOrganization(actor.Name) && !StateBody(c, actor.Name)
        && (CommercialStage.CompanyByName(c.Words, actor.Name) || c.SentenceHas(StageSet.Commercial))
        && (actor.Country == null || c.AgentActor.Country == null || actor.Country == c.AgentActor.Country);

    private static bool StateBody(EventContext c, string name)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && c.Words.Has(name, space + 1, name.Length - space - 1, StageSet.StateBody);
    }
}
