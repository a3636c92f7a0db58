using System;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// Only political and social actors act in CAMEO. Rejects an agent that is a private person (no country and no
/// role: "Lionel Messi", "Taylor Swift"), a name titled as a private person ("the actor Tom Hanks"), or a name
/// that only modifies an economic or private group heading the subject ("Egypt's tourism industry", "Chinese
/// steel exports", "the Singapore hotel", "Chile's copper miner X") unless a political head follows ("Chinese police").
/// </summary>
internal sealed class ActorGate : IEventStage
{
    public string Name => "actor";

    public bool Rejects(EventContext c)
    {
        var agent = c.AgentActor;

        // A person known by no country and no office, and titled as an official nowhere in the article
        // ("Trade Minister Ana Ruiz", "The Minister for Asia, Ana Ruiz").
        if (agent.Kind == ActorKind.Person && agent.Country == null && agent.Roles.Count == 0 && !NamedAsOfficial(c, agent.Name) && !TitledSomewhere(c)
            && !ActsOnAState(c))
        {
            return true;
        }

        // Both tests below need a private title or a private head word in the sentence.
        if (!c.SentenceHas(StageSet.PrivateTitle | StageSet.PrivateHead))
        {
            return false;
        }

        var m = c.AgentMentionBefore(c.Trigger);
        if (m < 0)
        {
            return false;
        }

        var mention = c.Actors.Mentions[m];

        if (TitledPrivately(c, mention.FirstToken, agent.Kind))
        {
            return true;
        }

        if (c.Passive || c.FromNoun)
        {
            return false;
        }

        // "Cheap imports from Vietnam are killing ...": the name sits in the phrase of an economic head before it
        // (so does each name of a list: "Astronomers from Chile and Spain met").
        var before = ListStart(c, mention.FirstToken) - 1;
        if (before - 1 >= c.SentenceStart && IsFromOrOf(c, before) && c.Has(before - 1, StageSet.PrivateHead))
        {
            return true;
        }

        // The words between the name and the verb head the subject: "Egypt's tourism industry is under siege". A name
        // after the private head is that group's own ("Chile's copper miner Andes Cobre agreed to buy"): still private.
        var privateHead = false;
        for (var i = mention.FirstToken + mention.TokenCount; i < c.Trigger; i++)
        {
            if (c.MentionAt(i) >= 0)
            {
                return privateHead;
            }

            // The name's own phrase ends at a comma: "Egypt's tourism industry is under siege, owners complained".
            if (c.IsPunctuation(i, ','))
            {
                break;
            }

            if (c.Has(i, StageSet.PoliticalHead))
            {
                return false;
            }

            if (c.Has(i, StageSet.PrivateHead))
            {
                privateHead = true;
            }
        }

        return privateHead;
    }

    /// <summary>
    /// "the actor Tom Hanks", "billionaire X"; an organization named after its trade is a company ("the lender Banco
    /// X", "copper miner X"), a country so named is not ("oil producer Norway").
    /// </summary>
    private static bool TitledPrivately(EventContext c, int first, ActorKind kind)
    {
        for (var i = first - 1; i >= c.SentenceStart && i >= first - 2; i--)
        {
            if (c.Has(i, StageSet.PrivateTitle) || (i == first - 1 && kind == ActorKind.Organization && c.Has(i, StageSet.PrivateHead)))
            {
                return true;
            }

            if (!c.IsWord(i) || !c.IsLower(i))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>The first token of the list of names that <paramref name="first"/> ends ("Chile and Spain", "A, B and C").</summary>
    private static int ListStart(EventContext c, int first)
    {
        while (first - 2 >= c.SentenceStart && (c.IsWord(first - 1, "and") || c.IsPunctuation(first - 1, ',')) && c.MentionAt(first - 2) is var m && m >= 0)
        {
            first = c.Actors.Mentions[m].FirstToken;
        }

        return first;
    }

    private static bool IsFromOrOf(EventContext c, int i)
    {
        var t = c.Tokens[i];
        return (t.Length == 4 && string.Compare(c.Text, t.Start, "from", 0, 4, StringComparison.OrdinalIgnoreCase) == 0)
               || (t.Length == 2 && string.Compare(c.Text, t.Start, "of", 0, 2, StringComparison.OrdinalIgnoreCase) == 0);
    }

    /// <summary>
    /// An unknown person acting on a country or a state body ("X condemns ... Canada's decision") is political.
    /// A city, even a capital, is not enough: "X visited Paris" is travel.
    /// </summary>
    private static bool ActsOnAState(EventContext c)
    {
        foreach (var a in c.Counterparts)
        {
            var actor = c.Actors.Actors[a];
            if (actor.Country != null && (actor.Kind == ActorKind.Organization || (Lexicons.Capitals.IsCountryOrCapital(actor.Name, actor.Country) && !Lexicons.Capitals.IsCapital(actor.Name, actor.Country))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Foreign Secretary", "Senior Advisor for MEK Resettlement": the actor's own name is an office.</summary>
    internal static bool NamedAsOfficial(EventContext c, string name)
    {
        // The words between spaces and hyphens, read in place.
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i < name.Length && name[i] != ' ' && name[i] != '-')
            {
                continue;
            }

            if (i - start > 2 && c.Words.Has(name, start, i - start, StageSet.PoliticalHead))
            {
                return true;
            }

            start = i + 1;
        }

        return false;
    }

    /// <summary>
    /// Whether any mention of the agent in the article has a political head within a few words before it; the
    /// answer for the latest agent asked is kept on the run's context (it does not change within an article).
    /// </summary>
    private static bool TitledSomewhere(EventContext c)
    {
        if (c.TitledAgent != c.Agent)
        {
            c.TitledAnswer = AnyMentionTitled(c);
            c.TitledAgent = c.Agent;
        }

        return c.TitledAnswer;
    }

    private static bool AnyMentionTitled(EventContext c)
    {
        var mentions = c.Actors.Mentions;
        for (var m = 0; m < mentions.Count; m++)
        {
            if (mentions[m].Actor != c.Agent)
            {
                continue;
            }

            var first = mentions[m].FirstToken;
            for (var i = first - 1; i >= 0 && i >= first - 6; i--)
            {
                if ((c.Words.At(c.Text, c.Tokens, i, first) & StageSet.PoliticalHead) != 0)
                {
                    return true;
                }
            }

            var end = mentions[m].EndToken;
            for (var i = first; i < end; i++)
            {
                if ((c.Words.At(c.Text, c.Tokens, i, end) & StageSet.PoliticalHead) != 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
