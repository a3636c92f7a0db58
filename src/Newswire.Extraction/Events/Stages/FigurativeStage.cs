namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// Conflict words aimed at no actor are figures of speech: "an all-out assault on tax evasion", "battling rising
/// shipping costs", "fighting a losing battle against locusts". For the hostile roots (threats and worse), the
/// first thing the trigger acts on, within a few words and before any named actor, is an
/// <c>[abstract-target]</c> or <c>[hazard]</c> noun ("fighting drought"), or the act happens in a vote ("crushed the
/// opposition in Sunday's vote", roots 18-20: a <c>[locative]</c> word, then an <c>[election]</c> one within four words).
/// "Fire" as gunfire ("opened fire on protesters", "troops returned fire") is no such object. Fighting "in court"
/// (roots 18-20: "We will fight this in every court") is a lawsuit (<see cref="InCourt"/>).
/// </summary>
internal sealed class FigurativeStage : IEventStage
{
    private const int Reach = 6;

    public string Name => "figurative";

    public bool Rejects(EventContext c)
    {
        var root = c.Root;
        if (root >= 18 && InCourt(c))
        {
            return true;
        }

        if (root < 13 || !c.SentenceHas(StageSet.AbstractTarget | StageSet.Hazard | StageSet.Election))
        {
            return false;
        }

        return AbstractObject(c, c.TriggerEnd, c.WindowEnd) || InAVote(c);
    }

    private static readonly string[] CourtDeterminers = { "every", "the", "any", "all" };

    // A fight in the courts is a lawsuit: "We will fight this in every court", "vowed to fight the ruling in court".
    // "court" must end its phrase (a comma, a quote, the sentence's end, "and", "if"): gunmen who "opened fire in a
    // court in Lahore" or "in the court compound" still attack.
    private static bool InCourt(EventContext c)
    {
        for (var i = c.TriggerEnd; i < c.TriggerEnd + Reach && i + 1 < c.SentenceEnd; i++)
        {
            if (!c.IsWord(i, "in"))
            {
                continue;
            }

            var k = c.IsAnyWord(i + 1, CourtDeterminers) ? i + 2 : i + 1;
            if (k < c.SentenceEnd && (c.IsWord(k, "court") || c.IsWord(k, "courts"))
                && (k + 1 >= c.SentenceEnd || !c.IsWord(k + 1) || c.IsWord(k + 1, "and") || c.IsWord(k + 1, "if")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InAVote(EventContext c)
    {
        // Fighting only (18-20): a protest outside an election office is a protest.
        if (c.Root < 18 || !c.SentenceHas(StageSet.Election))
        {
            return false;
        }

        var at = c.Find(c.TriggerEnd, c.WindowEnd, StageSet.Locative);
        return at >= 0 && c.Find(at + 1, at + 5, StageSet.Election) >= 0;
    }

    /// <summary>Whether the object stretch [from, to) reaches an abstract noun before any actor.</summary>
    internal static bool AbstractObject(EventContext c, int from, int to)
    {
        for (var i = from; i < to && i < from + Reach && i < c.SentenceEnd; i++)
        {
            if (c.MentionAt(i) >= 0 || c.Has(i, StageSet.PoliticalHead | StageSet.Locative) || PeopleObject(c, i))
            {
                return false;
            }

            if (c.Has(i, StageSet.AbstractTarget | StageSet.Hazard) && !Gunfire(c, i))
            {
                return true;
            }
        }

        return false;
    }

    // "deported 81 men convicted of crimes", "expelled two nationals accused of fraud": people are the act's object;
    // the abstract noun after them is their charge, not what the act is aimed at.
    private static readonly string[] PeopleNouns = { "men", "man", "women", "nationals", "citizens", "foreigners", "migrants", "suspects", "prisoners", "detainees" };

    private static bool PeopleObject(EventContext c, int i) =>
        c.Has(i, StageSet.CivilianVictim | StageSet.Crowd) || (c.IsWord(i) && c.IsAnyWord(i, PeopleNouns));

    // People a gun is fired on: "opened fire on protesters / a crowd / villagers / Ukrainian troops".
    private const StageSet People = StageSet.PoliticalHead | StageSet.Crowd | StageSet.CivilianVictim | StageSet.ArmedGroup | StageSet.SecurityForce;

    /// <summary>
    /// "opened fire on a crowd": "fire" right after the verb, then "on" or "at" and people within three words, is
    /// gunfire, the act's means, not a blaze it fights ("battled fire on the slopes" stays figurative).
    /// </summary>
    private static bool Gunfire(EventContext c, int i)
    {
        if (i != c.TriggerEnd || !c.IsWord(i, "fire"))
        {
            return false;
        }

        if (ArmedSubject(c) && !PlaceAfter(c, i + 1))
        {
            return true;
        }

        if (i + 2 >= c.SentenceEnd || !(c.IsWord(i + 1, "on") || c.IsWord(i + 1, "at")))
        {
            return false;
        }

        for (var k = i + 2; k < i + 5 && k < c.SentenceEnd; k++)
        {
            if (c.MentionAt(k) >= 0 || c.Has(k, People))
            {
                return true;
            }
        }

        return false;
    }

    // Who fires: "troops returned fire", "the army had returned fire", "soldiers traded fire with": armed men shoot,
    // they do not fight blazes.
    private const StageSet Armed = StageSet.SecurityForce | StageSet.ArmedUnit | StageSet.ArmedGroup;

    // "soldiers battled fire on the slopes / near the village": a blaze has a place; gunfire is returned or traded
    // "with" someone, "after" an attack, or ends the clause.
    private static bool PlaceAfter(EventContext c, int next) =>
        next < c.SentenceEnd && (c.Has(next, StageSet.Locative) || c.IsWord(next, "on"));

    /// <summary>Whether the word right before the trigger (past "has/have/had") names armed men.</summary>
    private static bool ArmedSubject(EventContext c)
    {
        var k = c.Trigger - 1;
        if (c.Has(k, StageSet.PerfectAux))
        {
            k--;
        }

        return c.Has(k, Armed);
    }
}
