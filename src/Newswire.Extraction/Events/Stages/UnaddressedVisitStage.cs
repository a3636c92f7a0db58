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
/// school or plant at home (<see cref="HomeInstitutionsOnly"/>), nor the town at home after such an object (a visit, 042:
/// "HM King visits new cardiac hospital in Muharraq"; a person met, "invited him to visit Dushanbe", stays).
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

        var next = CompanySite(c, c.TriggerEnd, out var owner);
        if (next >= c.SentenceEnd || !c.IsWord(next) || !c.IsLower(next) || c.Has(next, StageSet.Preposition))
        {
            return false;
        }

        // The object's words up to a punctuation mark or a preposition name no one, not even by a capitalised word
        // the actors left unresolved: "met the Ugandan president" stays.
        var end = next;
        var person = false;
        for (; end < next + ObjectReach && end < c.SentenceEnd && c.IsWord(end) && !c.Has(end, StageSet.Preposition); end++)
        {
            if (c.MentionAt(end) >= 0 || !c.IsLower(end))
            {
                return false;
            }

            // "invited him to visit Dushanbe": a person met, the place his.
            person |= c.IsAnyWord(end, ObjectPronouns);
        }

        return c.Counterparts.Count == 0 || (!person && c.Code == "042" && OnlyOwnerOrHomePlaces(c, owner, end));
    }

    // The company owning the site visited may be read as a counterpart, and so may the town at home where a site visited
    // (042) is ("King visits new cardiac hospital in Muharraq"): a place abroad ("visited a camp in Chad") is a side
    // visited, and the people met in a town ("will meet religious leaders in Lebanon", 040) are the town's.
    private static bool OnlyOwnerOrHomePlaces(EventContext c, int owner, int objectEnd)
    {
        var home = c.Agent >= 0 ? c.AgentActor.Country : null;
        foreach (var k in c.Counterparts)
        {
            var actor = c.Actors.Actors[k];
            if (k != owner && (actor.Kind != ActorKind.Location || (home != null && actor.Country != home) || !MentionedFrom(c, k, objectEnd)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MentionedFrom(EventContext c, int actor, int from)
    {
        for (var i = from; i < c.SentenceEnd; i++)
        {
            var m = c.MentionAt(i);
            if (m >= 0 && c.Actors.Mentions[m].Actor == actor)
            {
                return true;
            }
        }

        return false;
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

    private static readonly string[] ObjectPronouns = { "him", "her", "them", "us", "me" };

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
