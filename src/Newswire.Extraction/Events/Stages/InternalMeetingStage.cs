namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A meeting inside one government is no interaction between actors: "the prime minister chaired a meeting of the
/// security committee", "the president met his cabinet", "met the heads of the armed forces". Rejects a meeting
/// (root 04) with no counterpart from another country when its trigger is chaired (<c>[chair]</c> right before
/// it), or when its object is the agent's own people: a <c>[own-body]</c> word after "his/her/its/their", or "the
/// heads of" a state force; or a consultation told by a meeting noun the agent owns with no counterpart at all
/// ("held its policy committee meeting").
/// </summary>
internal sealed class InternalMeetingStage : IEventStage
{
    private const int Reach = 4;

    public string Name => "internal-meeting";

    public bool Rejects(EventContext c)
    {
        if (c.Root != 4 || c.Code == "042" || ForeignParty(c))
        {
            return false;
        }

        return Chaired(c) || OwnPeopleMet(c) || OwnMeeting(c);
    }

    /// <summary>
    /// "held its monetary policy committee meeting", "is expected to hold rates at its policy meeting", "held a
    /// meeting of its central committee": a meeting noun the agent owns, with no other side named, is its own body's.
    /// </summary>
    private static bool OwnMeeting(EventContext c)
    {
        if (!c.FromNoun || c.Code != "040" || c.Counterparts.Count > 0)
        {
            return false;
        }

        // Back over the meeting's modifiers ("its weekly cabinet meeting") to the possessive.
        for (var i = c.Trigger - 1; i >= c.SentenceStart && i >= c.Trigger - Reach - 1 && c.IsWord(i); i--)
        {
            if (IsPossessive(c, i))
            {
                return true;
            }

            if (c.Has(i, StageSet.Preposition) || c.IsWord(i, "the") || c.IsWord(i, "a") || c.IsWord(i, "an"))
            {
                return false;
            }
        }

        return c.TriggerEnd + 1 < c.SentenceEnd && c.IsWord(c.TriggerEnd, "of") && IsPossessive(c, c.TriggerEnd + 1);
    }

    /// <summary>A counterpart of another country than the agent's (or of none: "the G7", "the UN").</summary>
    private static bool ForeignParty(EventContext c)
    {
        var own = c.AgentActor.Country;
        foreach (var a in c.Counterparts)
        {
            var country = c.Actors.Actors[a].Country;
            if (country == null || own == null || country != own)
            {
                return true;
            }
        }

        return false;
    }

    // "chaired a meeting", "presided over the session": within three words before the trigger.
    private static bool Chaired(EventContext c) => c.Find(c.Trigger - 3, c.Trigger, StageSet.Chair) >= 0;

    private static bool OwnPeopleMet(EventContext c)
    {
        if (c.FromNoun)
        {
            return false;
        }

        for (var i = c.TriggerEnd; i < c.TriggerEnd + Reach && i < c.SentenceEnd; i++)
        {
            if (c.MentionAt(i) >= 0)
            {
                return false;
            }

            if (!c.Has(i, StageSet.OwnBody))
            {
                continue;
            }

            // "his cabinet", "their commanders"; "the heads of the armed forces".
            return (i > c.SentenceStart && IsPossessive(c, i - 1))
                || (i + 2 < c.SentenceEnd && c.IsWord(i + 1, "of") && c.Find(i + 2, i + 5, StageSet.PoliticalHead) >= 0);
        }

        return false;
    }

    private static bool IsPossessive(EventContext c, int i) =>
        c.IsWord(i, "his") || c.IsWord(i, "her") || c.IsWord(i, "its") || c.IsWord(i, "their");
}
