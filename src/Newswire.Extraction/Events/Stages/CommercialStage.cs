using System;
using System.Collections.Generic;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// Company business is no political event: "Tata Steel will cooperate with Nippon Steel, the companies said",
/// "Amazon hosted a developer conference". Rejects an agent with no country (no state behind it) when the
/// sentence speaks of business (<c>[commercial]</c>) or the agent's name ends like a company's ("… Steel",
/// "… Motors", "… Inc"), unless the name ends like a state body's ("… Ministry", "… Department"); a company with a
/// country only in a deal with other companies (<see cref="CompanyDeal"/>).
/// </summary>
internal sealed class CommercialStage : IEventStage
{
    private readonly StageWords _words;

    public CommercialStage(StageWords words)
    {
        _words = words;
    }

    public string Name => "commercial";

    private static HashSet<string>? _organizations;

    /// <summary>International bodies of the built-in lexicon ("European Union", "NATO") are no companies.</summary>
    internal static bool KnownOrganization(string name)
    {
        if (_organizations == null)
        {
            var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var e in Lexicons.Lexicon.BuiltIn.Entries)
            {
                if (e.Kind == Lexicons.LexiconKind.Organization)
                {
                    set.Add(e.Name);
                    foreach (var alias in e.Aliases)
                    {
                        set.Add(alias);
                    }
                }
            }

            _organizations = set;
        }

        return _organizations.Contains(name);
    }

    public bool Rejects(EventContext c)
    {
        var agent = c.AgentActor;
        if (LabourDispute(c))
        {
            return true;
        }

        if (agent.Country != null)
        {
            return CompanyDeal(c);
        }

        // The cheap tests first: most agents without a country are in no business talk and have no company name.
        return (c.SentenceHas(StageSet.Commercial) || CompanyName(agent.Name)) && !KnownOrganization(agent.Name) && !StateBodyName(_words, agent.Name);
    }

    // "Nippon Motors and Kaido Industries signed a memorandum": a company with a home country dealing with another
    // company (or with no one) is business too; a company acting on a state ("... cut supplies to Ruritania") is not.
    // A country written only as the partner's possessive ("met managers of India's Sundaram Biologics") is where the
    // partner is, no party (InstitutionPartnershipStage.PartnersPlace); "met India's health minister" keeps India.
    // An organization with no company-like name is a company too in a sentence of business talk ("operator X
    // launched a bid", "Mining company X said it would pay").
    private bool CompanyDeal(EventContext c)
    {
        if (!CompanyActor(c, c.AgentActor))
        {
            return false;
        }

        foreach (var other in c.Counterparts)
        {
            var actor = c.Actors.Actors[other];
            if (actor.Country != null && !CompanyActor(c, actor) && !InstitutionPartnershipStage.PartnersPlace(c, other) && !HeadedAsCompany(c, other))
            {
                return false;
            }
        }

        return true;
    }

    // "filed a lawsuit against Polish malt supplier Slodownia Warta": a name right after a business head word is a
    // company, whatever kind the name tagger gave it (a person, a place).
    private static bool HeadedAsCompany(EventContext c, int actor)
    {
        for (var i = c.TriggerEnd + 1; i < c.SentenceEnd; i++)
        {
            var m = c.MentionAt(i);
            if (m >= 0 && c.Actors.Mentions[m].Actor == actor && c.Actors.Mentions[m].FirstToken == i && c.Has(i - 1, StageSet.Commercial))
            {
                return true;
            }
        }

        return false;
    }

    // "The Metalworkers Union demanded a pay rise from Volta Aluminium": a union's dispute inside a company is labour
    // news, not a political event. The other side must be a company or an organization that is no state body,
    // international body or party; a union acting on a government, a minister, a place or a party stays ("called on
    // the government to raise the minimum wage"), and so do the European and African Unions.
    private bool LabourDispute(EventContext c)
    {
        if (c.Counterparts.Count == 0 || !UnionName(c.AgentActor.Name) || KnownOrganization(c.AgentActor.Name))
        {
            return false;
        }

        foreach (var other in c.Counterparts)
        {
            var actor = c.Actors.Actors[other];
            if (!CompanyActor(c, actor) && !(actor.Kind == ActorKind.Organization && !KnownOrganization(actor.Name) && !StateBodyName(_words, actor.Name) && !PartyName(actor.Name)))
            {
                return false;
            }
        }

        return true;
    }

    // "Metalworkers Union of Ghana", "Transport Workers Union"; not the "Workers Party".
    private static bool UnionName(string name) =>
        (name.IndexOf("Union", StringComparison.Ordinal) >= 0 || name.IndexOf("Workers", StringComparison.Ordinal) >= 0) && !PartyName(name);

    private static bool PartyName(string name) => name.IndexOf("Party", StringComparison.Ordinal) >= 0;

    // A company of the built-in table ("Lufthansa rejected the union's demand") is one whatever its name ends in.
    /// <summary>A company by its name's ending, the built-in table, or an organization in a sentence of business talk.</summary>
    internal static bool CompanyActor(EventContext c, ExtractedActor actor) =>
        (CompanyByName(c.Words, actor.Name) || Actors.Finish.CompanyCountries.Knows(actor.Name) || (actor.Kind == ActorKind.Organization && c.SentenceHas(StageSet.Commercial) && !KnownOrganization(actor.Name)))
        && !StateBodyName(c.Words, actor.Name);

    // "The Treasury Department imposed sanctions on a dozen companies": a ministry, a court, the police are the
    // state whatever the sentence is about (the [state-body] table, on the name's last word).
    private static bool StateBodyName(StageWords words, string name)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && words.Has(name, space + 1, name.Length - space - 1, StageSet.StateBody);
    }

    private bool CompanyName(string name) => CompanyByName(_words, name);

    // The last word, read in place: its periods ("Corp.") are outside the tables' normal form anyway.
    internal static bool CompanyByName(StageWords words, string name)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && words.Has(name, space + 1, name.Length - space - 1, StageSet.CompanySuffix);
    }
}
