namespace Newswire.Extraction.Events.Stages
{
    /// <summary>
    /// Company business is no political event: "Tata Steel will cooperate with Nippon Steel, the companies said",
    /// "Amazon hosted a developer conference". Rejects an agent with no country (no state behind it) when the
    /// sentence speaks of business (<c>[commercial]</c>) or the agent's name ends like a company's ("… Steel",
    /// "… Motors", "… Inc").
    /// </summary>
    internal sealed class CommercialStage : IEventStage
    {
        private readonly StageWords _words;

        public CommercialStage(StageWords words)
        {
            _words = words;
        }

        public string Name => "commercial";

        public bool Rejects(EventContext c)
        {
            var agent = c.AgentActor;
            if (agent.Country != null)
            {
                return false;
            }

            if (c.SentenceHas(StageSet.Commercial))
            {
                return true;
            }

            var name = agent.Name;
            var space = name.LastIndexOf(' ');
            return space > 0 && _words.Has(name.Substring(space + 1).TrimEnd('.'), StageSet.CompanySuffix);
        }
    }
}
