using System.Collections.Generic;

namespace Newswire.Extraction.Model;

/// <summary>
/// Who did what to whom, where and when: one CAMEO-coded event of an article. Every property with a setter is a
/// stored field and has its line in <c>Codec/EventFields</c> (format and JSON export) and a property on the runtime
/// <c>Newswire.Event</c>; <c>EventFieldTests</c> checks all three.
/// </summary>
public sealed class ExtractedEvent
{
    /// <summary>Creates an event. Actor references are indexes into <see cref="ExtractedArticle.Actors"/>.</summary>
    public ExtractedEvent(
        string code,
        int agent,
        IReadOnlyList<int> counterparts,
        int location,
        string? time,
        string? date,
        EventModality modality,
        TextSpan sentence,
        TextSpan trigger,
        int source,
        double confidence = 1.0)
    {
        Code = code;
        Agent = agent;
        Counterparts = counterparts;
        Location = location;
        Time = time;
        Date = date;
        Modality = modality;
        Sentence = sentence;
        Trigger = trigger;
        Source = source;
        Confidence = confidence;
    }

    /// <summary>An empty event, filled field by field by the codec.</summary>
    internal ExtractedEvent()
    {
        Code = "";
        Counterparts = System.Array.Empty<int>();
    }

    /// <summary>CAMEO event code, three or four digits ("042", "0311").</summary>
    public string Code { get; internal set; }

    /// <summary>The CAMEO root: the code's first two digits.</summary>
    public string Root => Code.Length >= 2 ? Code.Substring(0, 2) : Code;

    /// <summary>Index of the acting actor.</summary>
    public int Agent { get; internal set; }

    /// <summary>Indexes of the actors acted upon or with.</summary>
    public IReadOnlyList<int> Counterparts { get; internal set; }

    /// <summary>Index of the location actor, or -1.</summary>
    public int Location { get; internal set; }

    /// <summary>The time expression as written ("earlier that morning", "October 10"), or null.</summary>
    public string? Time { get; internal set; }

    /// <summary>The time normalized to an ISO date (yyyy-MM-dd) when the article's date allows it, or null.</summary>
    public string? Date { get; internal set; }

    /// <summary>Happened, planned or reported.</summary>
    public EventModality Modality { get; internal set; }

    /// <summary>The sentence the event was read from.</summary>
    public TextSpan Sentence { get; internal set; }

    /// <summary>The words that signalled the event ("inspected", "summit").</summary>
    public TextSpan Trigger { get; internal set; }

    /// <summary>Index of the actor the event is attributed to ("as reported by TASS"), or -1.</summary>
    public int Source { get; internal set; }

    /// <summary>How sure the coding is, in [0, 1]: a logistic model over the evidence, calibrated on labelled events (see README).</summary>
    public double Confidence { get; internal set; }
}
