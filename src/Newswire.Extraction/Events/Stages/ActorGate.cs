using Newswire.Extraction.Model;

namespace Newswire.Extraction.Events.Stages
{
    /// <summary>
    /// Only political and social actors act in CAMEO. Rejects an agent that is a private person (no country and no
    /// role: "Lionel Messi", "Taylor Swift"), a name titled as a private person ("the actor Tom Hanks"), or a name
    /// that only modifies an economic or private group heading the subject ("Egypt's tourism industry", "Chinese
    /// steel exports", "the Singapore hotel") unless a political head follows ("Chinese police").
    /// </summary>
    internal sealed class ActorGate : IEventStage
    {
        public string Name => "actor";

        public bool Rejects(EventContext c)
        {
            var agent = c.AgentActor;
            var m = c.AgentMentionBefore(c.Trigger);
            var mention = m >= 0 ? c.Actors.Mentions[m] : default;

            // A person known by no country and no office, and not titled here ("U.N. Secretary-General X").
            if (agent.Kind == ActorKind.Person && agent.Country == null && agent.Roles.Count == 0
                && (m < 0 || c.Find(mention.FirstToken - 2, mention.EndToken, StageSet.PoliticalHead) < 0))
            {
                return true;
            }

            if (m < 0)
            {
                return false;
            }

            // "the actor Tom Hanks", "billionaire X"
            for (var i = mention.FirstToken - 1; i >= c.SentenceStart && i >= mention.FirstToken - 2; i--)
            {
                if (c.Has(i, StageSet.PrivateTitle))
                {
                    return true;
                }

                if (!c.IsWord(i) || !c.IsLower(i))
                {
                    break;
                }
            }

            if (c.Passive || c.FromNoun)
            {
                return false;
            }

            // The words between the name and the verb head the subject: "Egypt's tourism industry is under siege".
            var privateHead = false;
            for (var i = mention.FirstToken + mention.TokenCount; i < c.Trigger; i++)
            {
                if (c.MentionAt(i) >= 0)
                {
                    return false;
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
    }
}
