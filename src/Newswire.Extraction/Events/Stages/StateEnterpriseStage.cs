using Newswire.Extraction.Model;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A state company's business is no act of its state: "Ruritania's state mining company signed a supply deal with a
/// battery maker", "Norway's state oil firm agreed to buy a stake". Rejects an agreement, consultation or cooperation
/// (roots 03-06) whose agent is a country written before "state" (or "state-owned", "state-run") and a business head
/// (<c>[private-head]</c>: "company", "firm", "miner"; or "giant", "utility"), when no counterpart is a state: a country, a state body or
/// an official, and no country stands beside the company in the subject (a state company's deal with a government,
/// "signed a gas deal with Ruritania", "X's state company and Borduria signed", stays).
/// </summary>
internal sealed class StateEnterpriseStage : IEventStage
{
    private static readonly string[] StateWords = { "state", "state-owned", "state-run", "state-controlled" };

    // Business heads a state company goes by beyond <c>[private-head]</c> ("state oil giant", "state utility").
    private static readonly string[] EnterpriseWords = { "giant", "group", "corporation", "enterprise", "utility", "carrier", "operator", "broadcaster", "bank" };

    public string Name => "state-enterprise";

    public bool Rejects(EventContext c)
    {
        var root = c.Root;
        if (root < 3 || root > 6 || c.AgentActor.Kind != ActorKind.Location || c.Passive)
        {
            return false;
        }

        var m = c.AgentMentionBefore(c.Trigger);
        return m >= 0 && StateCompanyAfter(c, c.Actors.Mentions[m].EndToken) && !StateCounterpart(c) && !StateCoSubject(c, c.Actors.Mentions[m].EndToken);
    }

    // "Ruritania's state nuclear company and Borduria signed an agreement": a country beside the company in the
    // subject is a state party to the deal.
    private static bool StateCoSubject(EventContext c, int start)
    {
        for (var i = start; i < c.Trigger; i++)
        {
            var m = c.MentionAt(i);
            if (m >= 0 && c.Actors.Mentions[m].Actor != c.Agent && c.Actors.Actors[c.Actors.Mentions[m].Actor] is { Kind: ActorKind.Location, Country: not null })
            {
                return true;
            }
        }

        return false;
    }

    // "'s state oil company": "state", then a business head before the next name, comma or the trigger.
    private static bool StateCompanyAfter(EventContext c, int start)
    {
        var state = false;
        for (var i = start; i < c.Trigger && i < start + 6; i++)
        {
            if (c.IsPunctuation(i, ',') || (i > start && c.MentionAt(i) >= 0))
            {
                break;
            }

            if (c.IsAnyWord(i, StateWords))
            {
                state = true;
            }
            else if (state && (c.Has(i, StageSet.PrivateHead) || c.IsAnyWord(i, EnterpriseWords)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StateCounterpart(EventContext c)
    {
        foreach (var other in c.Counterparts)
        {
            var actor = c.Actors.Actors[other];
            var company = CommercialStage.CompanyByName(c.Words, actor.Name) || Actors.Finish.CompanyCountries.Knows(actor.Name);
            if (actor.Country != null && (actor.Kind == ActorKind.Location || actor.Roles.Count > 0 || !company))
            {
                return true;
            }
        }

        return false;
    }
}
