using System.Collections.Generic;

namespace Newswire.Extraction.Events;

/// <summary>An event while it is being built.</summary>
internal sealed class EventDraft
{
    public string Code = "";
    public int Agent = -1;
    public readonly List<int> Counterparts = new List<int>(2);
    public int Location = -1;
    public int TimeFirst = -1;
    public int TimeEnd = -1;
    public string? Date;
    public EventModality Modality;
    public int Sentence;
    public int Trigger;
    public int TriggerEnd;
    public int Source = -1;
    public bool Headline;
    public bool FromNoun;
    public bool Passive;

    /// <summary>Evidence for <see cref="EventConfidence"/>: how the code and the agent were found.</summary>
    public double TriggerStrength = EventConfidence.VerbDefault;
    public double AgentCertainty = 1.0;

    /// <summary>Tokens [Trigger, ComplementEnd) of a statement: an event found there replaces the statement.</summary>
    public int ComplementEnd = -1;

    /// <summary>
    /// From this token on, a statement's complement holds the speaker's own next act ("said X was illegal and
    /// demanded"): an event there still replaces the statement but is not reported; -1 when there is none.
    /// </summary>
    public int OwnActFrom = -1;
    public bool Dropped;

    public int Root => Code.Length >= 2 ? (Code[0] - '0') * 10 + (Code[1] - '0') : 0;

    /// <summary>Back to the state of a new draft (drafts are reused from one article to the next).</summary>
    public void Reset()
    {
        Code = "";
        Agent = -1;
        Counterparts.Clear();
        Location = -1;
        TimeFirst = -1;
        TimeEnd = -1;
        Date = null;
        Modality = default;
        Sentence = 0;
        Trigger = 0;
        TriggerEnd = 0;
        Source = -1;
        Headline = false;
        FromNoun = false;
        Passive = false;
        TriggerStrength = EventConfidence.VerbDefault;
        AgentCertainty = 1.0;
        ComplementEnd = -1;
        OwnActFrom = -1;
        Dropped = false;
    }
}
