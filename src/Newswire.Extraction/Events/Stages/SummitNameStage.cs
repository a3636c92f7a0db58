namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// "on the sidelines of the APEC summit", "the G20 summit in Rio": a bloc's name before a meeting noun names the
/// meeting, not a host receiving anyone. Rejects a consultation (root 04) told by a noun with no counterpart whose
/// agent is an international organization (no country) named right before the noun; the leaders who meet there
/// are coded from their own verbs ("Lee and Takaichi met").
/// </summary>
internal sealed class SummitNameStage : IEventStage
{
    public string Name => "summit-name";

    public bool Rejects(EventContext c)
    {
        if (!c.FromNoun || c.Root != 4 || c.Counterparts.Count > 0 || c.AgentActor.Country != null
            || c.AgentActor.Kind != ActorKind.Organization || c.Trigger - 1 < c.SentenceStart)
        {
            return false;
        }

        var m = c.MentionAt(c.Trigger - 1);
        return m >= 0 && c.Actors.Mentions[m].Actor == c.Agent;
    }
}
