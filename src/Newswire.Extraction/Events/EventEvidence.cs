using Newswire.Extraction.Actors;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Events;

/// <summary>How an event's code was found.</summary>
internal enum TriggerEvidence : byte
{
    /// <summary>A verb's own default code ("expelled").</summary>
    VerbDefault = 0,

    /// <summary>A verb with its object pattern ("called for talks").</summary>
    Pattern = 1,

    /// <summary>A light verb's object noun ("held talks").</summary>
    LightVerbNoun = 2,

    /// <summary>An event noun alone ("the summit", "Putin's visit").</summary>
    Noun = 3,
}

/// <summary>How an event's agent was found.</summary>
internal enum AgentEvidence : byte
{
    /// <summary>The clause's own subject.</summary>
    Subject = 0,

    /// <summary>A passive "by" phrase.</summary>
    Passive = 1,

    /// <summary>A fronted phrase ("In talks with X, Y ...").</summary>
    Fronted = 2,

    /// <summary>A pronoun subject ("he", "they").</summary>
    Pronoun = 3,

    /// <summary>Borrowed from the sentence or the story (gerunds, bare nouns, security forces by their place).</summary>
    Borrowed = 4,
}

/// <summary>
/// The evidence behind one event, the input of <see cref="EventConfidence"/> and of the tool that fits it
/// (tools/FitEventConfidence). Read once per event when the article's events are finished.
/// </summary>
internal readonly struct EventEvidenceRecord
{
    public EventEvidenceRecord(
        TriggerEvidence trigger,
        AgentEvidence agent,
        MentionKind? agentForm,
        EventModality modality,
        bool agentHasCountry,
        bool hasCounterpart,
        bool counterpartHasCountry,
        bool headlineOnly,
        int distance,
        float agentConfidence,
        ActorKind agentKind,
        bool attributed)
    {
        Trigger = trigger;
        Agent = agent;
        AgentForm = agentForm;
        Modality = modality;
        AgentHasCountry = agentHasCountry;
        HasCounterpart = hasCounterpart;
        CounterpartHasCountry = counterpartHasCountry;
        HeadlineOnly = headlineOnly;
        Distance = distance;
        AgentConfidence = agentConfidence;
        AgentKind = agentKind;
        Attributed = attributed;
    }

    public TriggerEvidence Trigger { get; }

    public AgentEvidence Agent { get; }

    /// <summary>How the agent's mention in the event's sentence names it; null when the sentence does not name it.</summary>
    public MentionKind? AgentForm { get; }

    public EventModality Modality { get; }

    public bool AgentHasCountry { get; }

    public bool HasCounterpart { get; }

    public bool CounterpartHasCountry { get; }

    public bool HeadlineOnly { get; }

    /// <summary>Tokens between the agent's mention and the trigger (either side); -1 when not in the sentence.</summary>
    public int Distance { get; }

    /// <summary>The agent actor's own confidence (<see cref="ExtractedActor.Confidence"/>).</summary>
    public float AgentConfidence { get; }

    public ActorKind AgentKind { get; }

    /// <summary>An attribution ("as reported by TASS") names a source.</summary>
    public bool Attributed { get; }
}
