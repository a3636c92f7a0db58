namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A gerund after "on", "about" or "over" that follows an agreement or talks noun is what the agreement or the talks
/// are about, not an act: "signed an agreement on taxing cross-border workers", "held talks on banning fishing in the
/// river", "a deal on sharing intelligence". Rejects a verb trigger ending in "-ing" right after such a preposition
/// whose word before is a noun of <c>[topic-noun]</c> (agreement, talks, deal, treaty, law, ...). A verb before the
/// preposition keeps the gerund its act ("kept on shelling the city", "insisted on imposing sanctions" is not this).
/// </summary>
internal sealed class TopicGerundStage : IEventStage
{
    private static readonly string[] Prepositions = { "on", "about", "over" };

    public string Name => "topic-gerund";

    public bool Rejects(EventContext c)
    {
        var t = c.Trigger;
        if (c.FromNoun || t < c.SentenceStart + 2 || !c.IsAnyWord(t - 1, Prepositions) || !EndsInIng(c, t))
        {
            return false;
        }

        return c.Words.OnDemand(StageWords.TopicNoun, c.Text, c.Tokens[t - 2]);
    }

    private static bool EndsInIng(EventContext c, int i)
    {
        var token = c.Tokens[i];
        return token.Length > 4 && string.CompareOrdinal(c.Text, token.Start + token.Length - 3, "ing", 0, 3) == 0;
    }
}
