using Newswire.Extraction.Model;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// Police or a court acting on an ordinary crime is no political event (issue #11; PETRARCH-style coding of political
/// actors codes police against a political actor, not the arrest of a robber): "Brazilian police arrested two men
/// suspected of robbing a jewellery shop", "Kenyan police shot dead two suspected robbers", "Italian police seized two
/// tonnes of cocaine", "a court in Zagreb sentenced X to 25 years for stabbing his neighbour". Cue: police or a
/// court (<c>[court-agent]</c>) before the trigger in the clause (or after a passive's "by": "was arrested by police";
/// or a passive naming no agent at all: "three robbers were jailed"), a force root (17-19), a word of
/// <c>[ordinary-crime]</c> in the sentence, every counterpart a private person (a person with no role), and after the
/// trigger no political head but the forces' own words, no protest and no one of another country or unknown
/// ("arrested two men at the rally", "detained the opposition leader on fraud charges", "two journalists on drug
/// charges", "an American citizen accused of drug smuggling" and "arrested students in Moscow" stay). Soldiers are no
/// police: an army fighting a cartel stays. Police arresting "him" with no crime word in the sentence stays too. A
/// prosecutor or court demanding a penalty (root 10: "demanded a 30-year term") is read the same way.
/// </summary>
internal sealed class OrdinaryCrimeStage : IEventStage
{
    // The object's first words, where a role names who was arrested ("two local journalists"); later words are the
    // charge and the place ("to 25 years in prison").
    private const int ObjectReach = 5;

    // Heads of a penalty asked for in a trial ("a 30-year term", "a life sentence", "20 years in prison").
    private static readonly string[] PenaltyWords = { "term", "sentence", "sentences", "years", "prison", "jail" };

    public string Name => "ordinary-crime";

    public bool Rejects(EventContext c)
    {
        var root = c.Root;
        if (c.FromNoun)
        {
            return false;
        }

        var ordinary = root >= 17 && root <= 19 ? (PoliceOrCourt(c) && CrimeInSentence(c)) || UnnamedSentenced(c) : root == 10 && PenaltyDemand(c);
        return ordinary && PrivateCounterparts(c) && !PoliticalAfter(c);
    }

    // A prosecutor or court asking for a penalty is the trial's routine, not a demand on an actor: "prosecutors
    // demanded a 30-year term", "asked for a life sentence for X"; the demand stays when X is a political actor.
    private static bool PenaltyDemand(EventContext c)
    {
        if (c.Find(c.ClauseStart, c.Trigger, StageSet.CourtAgent) < 0)
        {
            return false;
        }

        for (var i = c.TriggerEnd; i < c.TriggerEnd + ObjectReach && i < c.SentenceEnd; i++)
        {
            if (c.IsAnyWord(i, PenaltyWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The men, aged 23 and 27, were sentenced to four and five years in prison": a passive prison term of people the
    /// clause does not name, with no counterpart, is the court's routine even when the crime was told before.
    /// </summary>
    private static bool UnnamedSentenced(EventContext c)
    {
        if (!c.Passive || c.Counterparts.Count > 0)
        {
            return false;
        }

        for (var i = c.ClauseStart; i < c.Trigger; i++)
        {
            if (c.MentionAt(i) >= 0 || (i > c.SentenceStart && c.IsWord(i) && !c.IsLower(i)))
            {
                return false;
            }
        }

        var term = false;
        for (var i = c.TriggerEnd; i < c.SentenceEnd; i++)
        {
            if (c.IsWord(i, "by"))
            {
                return false;
            }

            term |= i < c.TriggerEnd + ObjectReach && c.IsAnyWord(i, PenaltyWords);
        }

        return term;
    }

    private static bool PoliceOrCourt(EventContext c)
    {
        for (var i = c.ClauseStart; i < c.Trigger; i++)
        {
            if (IsPoliceOrCourt(c, i))
            {
                return true;
            }
        }

        // "X was arrested by police in Y with 2 kg of the drug": the passive's agent after "by" (a determiner at most).
        var by = c.TriggerEnd;
        return (c.Passive && by + 1 < c.SentenceEnd && c.IsWord(by, "by")
                && (IsPoliceOrCourt(c, by + 1) || (by + 2 < c.SentenceEnd && c.IsWord(by + 1, "the") && IsPoliceOrCourt(c, by + 2))))
               || AgentlessPassive(c);
    }

    /// <summary>
    /// "Three robbers were jailed for 20 years", a headline's "Drug smugglers jailed": a passive that names no one
    /// after "by" and whose subject is told by its crime leaves the act to the courts and police of the story (its
    /// agent is only the dateline's place). "Its 21 crew had been detained" after "for smuggling fuel" stays.
    /// </summary>
    private static bool AgentlessPassive(EventContext c)
    {
        if (!c.Passive)
        {
            return false;
        }

        for (var i = c.TriggerEnd; i < c.SentenceEnd; i++)
        {
            if (c.IsWord(i, "by"))
            {
                return false;
            }
        }

        return CrimeIn(c, c.ClauseStart, c.Trigger);
    }

    // Named agencies that police crime ("the Drug Enforcement Agency", "the customs service", <c>[crime-agency]</c>) act as police do.
    private static bool IsPoliceOrCourt(EventContext c, int i) =>
        c.Has(i, StageSet.CourtAgent) || c.IsWord(i, "police") || c.IsWord(i, "policemen")
        || (c.IsWord(i) && c.Words.OnDemand(StageWords.CrimeAgency, c.Text, c.Tokens[i]));

    private static bool PrivateCounterparts(EventContext c)
    {
        foreach (var k in c.Counterparts)
        {
            var actor = c.Actors.Actors[k];
            // "sentenced a former manager of the Rokel Commercial Bank", "of attacking the network of the North Estonia
            // Medical Centre": the firm or the hospital of the case is no political side.
            var person = actor.Kind == ActorKind.Person && actor.Roles.Count == 0;
            if (!person && !CommercialStage.CompanyActor(c, actor) && !InstitutionPartnershipStage.Institution(c, actor))
            {
                return false;
            }
        }

        return true;
    }

    // A political head after the trigger ("the opposition leader"), the forces' own words excepted ("..., police
    // said"), an agent noun of a political role in the object ("two journalists"), a protest ("at the rally") or a
    // mention of another country ("an American citizen").
    private static bool PoliticalAfter(EventContext c)
    {
        // A passive's subject is who was arrested ("Two journalists were arrested by police"): read it as an object.
        if (c.Passive && Political(c, c.ClauseStart, c.Trigger, c.Trigger))
        {
            return true;
        }

        var from = AfterByAgent(c);
        return Political(c, from, c.SentenceEnd, from + ObjectReach);
    }

    // Whether [from, to) holds a political head, a political role before roleEnd, a protest or another country.
    private static bool Political(EventContext c, int from, int to, int roleEnd)
    {
        var country = c.AgentActor.Country;
        for (var i = from; i < to; i++)
        {
            if (c.Has(i, StageSet.ProtestNoun) || (c.Has(i, StageSet.PoliticalHead) && !c.Has(i, StageSet.SecurityForce) && !PrivateGuard(c, i))
                || (i < roleEnd && c.IsWord(i) && c.IsLower(i) && OrdinaryCaseStage.PoliticalRole(c, i)))
            {
                return true;
            }

            var m = c.MentionAt(i);
            if (m >= 0 ? c.Actors.Actors[c.Actors.Mentions[m].Actor].Country is { } other && other != country : UnknownName(c, i))
            {
                return true;
            }
        }

        return false;
    }

    // "a security guard was shot", "the night guard": the guard of a private place (<c>[private-guard]</c> before it).
    private static bool PrivateGuard(EventContext c, int i) =>
        i > c.SentenceStart && (c.IsWord(i, "guard") || c.IsWord(i, "guards")) && c.IsWord(i - 1)
        && c.Words.OnDemand(StageWords.PrivateGuard, c.Text, c.Tokens[i - 1]);

    // Where the object starts: after a passive's "by police" / "by the court" (the agent, not the arrested).
    private static int AfterByAgent(EventContext c)
    {
        var by = c.TriggerEnd;
        if (!c.Passive || by + 1 >= c.SentenceEnd || !c.IsWord(by, "by"))
        {
            return by;
        }

        var agent = c.IsWord(by + 1, "the") ? by + 2 : by + 1;
        return agent < c.SentenceEnd && IsPoliceOrCourt(c, agent) ? agent + 1 : by;
    }

    // A capitalised word of the object that names no actor ("an American citizen" when the demonym is no mention):
    // who it is is unknown, so the act stays. A passive's subject opening the sentence is capitalised as its first
    // word ("Three robbers were jailed"), not as a name.
    // A weekday or month ("jailed for 20 years on Monday") dates the act and names no one.
    private static bool UnknownName(EventContext c, int i) =>
        i < c.TriggerEnd + ObjectReach && c.IsWord(i) && !c.IsLower(i) && i != c.SentenceStart
        && !Lexicons.WordClasses.Has(Lexicons.WordClasses.Of(c.Text, c.Tokens[i]), Lexicons.WordClass.Weekdays);

    private static bool CrimeInSentence(EventContext c) => CrimeIn(c, c.SentenceStart, c.SentenceEnd);

    private static bool CrimeIn(EventContext c, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (c.IsWord(i) && c.Words.OnDemand(StageWords.OrdinaryCrime, c.Text, c.Tokens[i]))
            {
                return true;
            }
        }

        return false;
    }
}
