namespace Newswire;

/// <summary>Whether an event took place, is planned or is only reported by a source.</summary>
public enum EventModality
{
    /// <summary>The article states the event happened.</summary>
    Happened = 0,

    /// <summary>The event is planned, scheduled or expected.</summary>
    Planned = 1,

    /// <summary>The event is attributed to a source ("according to", "as reported by") rather than asserted.</summary>
    Reported = 2,
}
