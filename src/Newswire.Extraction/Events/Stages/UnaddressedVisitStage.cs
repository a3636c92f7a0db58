using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A visit or meeting whose object names no actor is a leader's errand at home, not an interaction between actors:
/// "the governor visited camps for flood victims", "the president visited a hospital in Marseille", "met a group of
/// farmers at the fair". Rejects a consultation (040) or a visit (042) told by a verb with no counterpart whose
/// direct object is a common noun phrase (a lower-case word that is no <c>[preposition]</c> right after the verb) naming
/// no actor and holding no capitalised word in its first words ("met the Ugandan president" stays).
/// A place visited or a side met is a counterpart ("visited Kashmir", "met his Chinese counterpart"); a visit with
/// no object ("arrived on a three-day visit", the place in the dateline) and a host (043) keep their event.
/// A company's site is such an object too ("visited Kastrup's research centre", "toured Airbus's plant"): a company
/// named as the possessor of a common noun (<see cref="CompanySite"/>) is no side visited, nor is a named hospital,
/// school or plant at home (<see cref="HomeInstitutionsOnly"/>).
/// </summary>
internal sealed class UnaddressedVisitStage : IEventStage
{
    // "visited the flood-hit western districts".
    private const int ObjectReach = 5;

    public string Name => "unaddressed-visit";

    public bool Rejects(EventContext c)
    {
        if (c.FromNoun || (c.Code != "040" && c.Code != "042"))
        {
            return false;
        }

        if (c.Counterparts.Count > 0 && !c.Passive && HomeInstitutionsOnly(c))
        {
            return true;
        }

        // The company owning the site visited may be read as a counterpart: it is the only one allowed.
        var next = CompanySite(c, c.TriggerEnd, out var owner);
        if (c.Counterparts.Count > 1 || (c.Counterparts.Count == 1 && c.Counterparts[0] != owner))
        {
            return false;
        }

        if (next >= c.SentenceEnd || !c.IsWord(next) || !c.IsLower(next) || c.Has(next, StageSet.Preposition))
        {
            return false;
        }

        // The object's words up to a punctuation mark or a preposition name no one, not even by a capitalised word
        // the actors left unresolved: "met the Ugandan president" stays.
        for (var i = next; i < next + ObjectReach && i < c.SentenceEnd && c.IsWord(i) && !c.Has(i, StageSet.Preposition); i++)
        {
            if (c.MentionAt(i) >= 0 || !c.IsLower(i))
            {
                return false;
            }
        }

        return true;
    }

    // "visited Kastrup's research centre": the object's first word after the possessive, when a company (an
    // organization that is no international body of the lexicon and whose name holds no state body's or political
    // head word: not "the Defence Ministry's base", "NATO's headquarters") possesses it; else the token after the trigger.
    private static int CompanySite(EventContext c, int next, out int owner)
    {
        owner = -1;
        var m = next < c.SentenceEnd ? c.MentionAt(next) : -1;
        if (m < 0)
        {
            return UnresolvedSite(c, next);
        }

        var mention = c.Actors.Mentions[m];
        var after = mention.EndToken;
        var actor = c.Actors.Actors[mention.Actor];
        if (mention.FirstToken != next || after + 1 >= c.SentenceEnd || c.Tokens[after].Kind != TokenKind.Possessive
            || actor.Kind != ActorKind.Organization || CommercialStage.KnownOrganization(actor.Name) || !c.IsLower(after + 1)
            || ActorGate.NamedAsOfficial(c, actor.Name) || StateOrPoliticalName(c, actor.Name))
        {
            return next;
        }

        owner = mention.Actor;
        return after + 1;
    }

    // "visited Kastrup's research centre" where the short name "Kastrup" resolved to no actor: a capitalised word the
    // actors left unnamed (no country, capital or office: those are always resolved) owning a common noun.
    private static int UnresolvedSite(EventContext c, int next)
    {
        return next + 2 < c.SentenceEnd && c.IsWord(next) && !c.IsLower(next) && c.Tokens[next + 1].Kind == TokenKind.Possessive
            && c.IsWord(next + 2) && c.IsLower(next + 2) && c.MentionAt(next + 2) < 0 ? next + 2 : next;
    }

    // "Sultan X visited the Raja Isteri Hospital", "toured the Tema Motor Plant": a named hospital, school or plant at
    // home (of the agent's country or of none) is a site like "a hospital", no side visited.
    private static bool HomeInstitutionsOnly(EventContext c)
    {
        var home = c.AgentActor.Country;
        foreach (var k in c.Counterparts)
        {
            var actor = c.Actors.Actors[k];
            var last = actor.Name.LastIndexOf(' ') + 1;
            if (actor.Kind != ActorKind.Organization || last == 0 || (actor.Country != null && actor.Country != home)
                || StateOrPoliticalName(c, actor.Name) || !IsInstitutionHead(actor.Name, last))
            {
                return false;
            }
        }

        return true;
    }

    // The name's last word, from `start`, is an institution's head (no substring: this runs per visit event).
    private static bool IsInstitutionHead(string name, int start)
    {
        foreach (var head in InstitutionHeads)
        {
            if (head.Length == name.Length - start && string.Compare(name, start, head, 0, head.Length, System.StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] InstitutionHeads =
    {
        "Hospital", "Clinic", "School", "College", "University", "Academy", "Museum", "Library", "Factory", "Plant",
        "Mill", "Refinery", "Mine", "Stadium", "Arena", "Airport", "Port", "Market", "Mosque", "Church", "Cathedral",
        "Temple", "Zoo", "Park",
    };

    private static bool StateOrPoliticalName(EventContext c, string name)
    {
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i == name.Length || name[i] == ' ' || name[i] == '-')
            {
                if (i > start && c.Words.Has(name, start, i - start, StageSet.StateBody | StageSet.PoliticalHead))
                {
                    return true;
                }

                start = i + 1;
            }
        }

        return false;
    }
}
