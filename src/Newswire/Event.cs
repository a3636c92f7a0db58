using System;
using System.Collections.Generic;
using System.Globalization;
using Newswire.Extraction.Model;

namespace Newswire;

/// <summary>Who did what to whom, where and when: one CAMEO-coded event.</summary>
public sealed class Event
{
    private readonly ExtractedEvent _data;

    // The engine's record, its actor indexes resolved against the article's actors (an index outside them is none).
    internal Event(Article article, ExtractedEvent data, Actor[] actors)
    {
        Article = article;
        _data = data;
        Agent = actors[data.Agent];
        var counterparts = new List<Actor>(data.Counterparts.Count);
        foreach (var c in data.Counterparts)
        {
            if (c >= 0 && c < actors.Length)
            {
                counterparts.Add(actors[c]);
            }
        }

        Counterparts = counterparts;
        Location = Pick(actors, data.Location);
        Source = Pick(actors, data.Source);
        if (data.Date != null && DateTime.TryParseExact(data.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Date = date;
        }
    }

    /// <summary>The article the event was read from.</summary>
    public Article Article { get; }

    /// <summary>CAMEO event code ("042" make a visit).</summary>
    public string Code => _data.Code;

    /// <summary>The CAMEO root, the code's first two digits ("04" consult).</summary>
    public string RootCode => Code.Length >= 2 ? Code.Substring(0, 2) : Code;

    /// <summary>The acting actor.</summary>
    public Actor Agent { get; }

    /// <summary>The actors acted upon or with.</summary>
    public IReadOnlyList<Actor> Counterparts { get; }

    /// <summary>Where it happened, when the article says.</summary>
    public Actor? Location { get; }

    /// <summary>The time expression as written ("earlier that morning", "October 10").</summary>
    public string? Time => _data.Time;

    /// <summary>The time as a date, when the article's date makes it known.</summary>
    public DateTime? Date { get; }

    /// <summary>Happened, planned or reported.</summary>
    public EventModality Modality => _data.Modality;

    /// <summary>Who the article attributes the event to ("TASS"), when it does.</summary>
    public Actor? Source { get; }

    /// <summary>Offset of the sentence in <see cref="Newswire.Article.Text"/>.</summary>
    public int SentenceStart => _data.Sentence.Start;

    /// <summary>Length of the sentence.</summary>
    public int SentenceLength => _data.Sentence.Length;

    /// <summary>Offset of the words that signal the event.</summary>
    public int TriggerStart => _data.Trigger.Start;

    /// <summary>Length of the trigger words.</summary>
    public int TriggerLength => _data.Trigger.Length;

    /// <summary>The sentence the event was read from.</summary>
    public string Sentence => Article.Text.Substring(SentenceStart, SentenceLength);

    /// <summary>The words that signal the event ("inspected", "summit").</summary>
    public string Trigger => Article.Text.Substring(TriggerStart, TriggerLength);

    /// <summary>Goldstein conflict-cooperation score of the code (-10 to +10).</summary>
    public double Goldstein => global::Newswire.Extraction.Events.CameoScale.Goldstein(Code);

    /// <summary>The CAMEO label of the code ("Make a visit"), or null for a code outside the table.</summary>
    public string? Description => global::Newswire.Extraction.Events.CameoScale.Label(Code);

    /// <summary>CAMEO quad class of the code.</summary>
    public QuadClass QuadClass => (QuadClass)global::Newswire.Extraction.Events.CameoScale.QuadClass(Code);

    /// <summary>How sure the coding is, in [0, 1], from the evidence (trigger, agent, modality); filter with e.g. <c>Confidence &gt;= 0.7</c>.</summary>
    public double Confidence => _data.Confidence;

    /// <summary>The PLOVER event type beside the CAMEO code ("ASSAULT", "CONSULT"), or null for public statements (root 01).</summary>
    public string? PloverType => global::Newswire.Extraction.Events.PloverScale.EventType(Code);

    /// <summary>The PLOVER mode ("visit", "aerial", "arrest"), or null when the code gives none.</summary>
    public string? PloverMode => global::Newswire.Extraction.Events.PloverScale.Mode(Code);

    /// <summary>The PLOVER context ("military", "economic"), or null when the code does not say.</summary>
    public string? PloverContext => global::Newswire.Extraction.Events.PloverScale.Context(Code);

    /// <summary>The incident this event reports (one happening across articles), set when the dataset is built.</summary>
    public Incident? Incident { get; internal set; }

    /// <summary>
    /// Where it happened on the map: <see cref="Location"/> resolved in this event's article (a city, a state, a
    /// country, a landmark's city; regions have no point), or null when the article does not say or the place is unknown.
    /// </summary>
    public Place? Place { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => Code + " " + Agent.Name + (Counterparts.Count > 0 ? " -> " + string.Join(", ", Names(Counterparts)) : "") + (Location is null ? "" : " @ " + Location.Name) + (Time is null ? "" : " " + Time);

    private static Actor? Pick(Actor[] actors, int index) => index >= 0 && index < actors.Length ? actors[index] : null;

    private static IEnumerable<string> Names(IReadOnlyList<Actor> actors)
    {
        foreach (var a in actors)
        {
            yield return a.Name;
        }
    }
}

/// <summary>CAMEO quad classes.</summary>
public enum QuadClass
{
    /// <summary>Code not in the CAMEO table.</summary>
    Unknown = 0,

    /// <summary>Verbal cooperation (roots 01-05).</summary>
    VerbalCooperation = 1,

    /// <summary>Material cooperation (roots 06-08).</summary>
    MaterialCooperation = 2,

    /// <summary>Verbal conflict (roots 09-13).</summary>
    VerbalConflict = 3,

    /// <summary>Material conflict (roots 14-20).</summary>
    MaterialConflict = 4,
}
