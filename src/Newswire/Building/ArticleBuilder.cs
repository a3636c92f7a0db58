using System;
using System.Collections.Generic;
using System.ComponentModel;
using Newswire.Extraction.Dataset;
using Newswire.Extraction.Model;

namespace Newswire.Building;

/// <summary>Collects one article's actors and events for <see cref="DatasetBuilder"/>. Used by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArticleBuilder
{
    internal ArticleBuilder(Article article, bool explicitId)
    {
        Article = article;
        ExplicitId = explicitId;
    }

    internal Article Article { get; }

    internal bool ExplicitId { get; }

    internal List<ActorEntry> Actors { get; } = new List<ActorEntry>();

    internal List<int[]> Mentions { get; } = new List<int[]>();

    internal List<ExtractedEvent> Events { get; } = new List<ExtractedEvent>();

    /// <summary>The place of each actor with one, by local index.</summary>
    internal Dictionary<int, Place> Places { get; } = new Dictionary<int, Place>();

    internal List<float> Confidences { get; } = new List<float>();

    /// <summary>
    /// Adds an actor; <paramref name="mentions"/> holds start, length, line, column, form, confidence (per mille)
    /// sextuples (<see cref="MentionStride"/>); <paramref name="confidence"/> is per mille. Returns its local index.
    /// </summary>
    public int Actor(string name, ActorKind kind, string? country, string[] roles, string[] aliases, int[] mentions, int confidence = 1000)
    {
        Actors.Add(new ActorEntry(ActorKeys.For(kind, name), name, kind, country, roles, aliases));
        Mentions.Add(mentions);
        Confidences.Add(confidence / 1000f);
        return Actors.Count - 1;
    }

    /// <summary>Sets the place local actor <paramref name="actor"/> resolved to in this article.</summary>
    internal void Place(int actor, Place place)
    {
        if (actor >= 0 && actor < Actors.Count)
        {
            Places[actor] = place;
        }
    }

    /// <summary>Integers per mention in the mention arrays: start, length, line, column, form, confidence per mille.</summary>
    internal const int MentionStride = 6;

    /// <summary>A confidence in [0, 1] as the per-mille integer the generated data carries.</summary>
    internal static int PerMille(float confidence) => (int)Math.Round(Math.Max(0f, Math.Min(1f, confidence)) * 1000f);

    /// <summary>Adds an event; actor arguments are local indexes (-1 for none); <paramref name="confidence"/> in [0, 1].</summary>
    public void Event(
        string code,
        int agent,
        int[] counterparts,
        int location,
        string? time,
        string? date,
        EventModality modality,
        int sentenceStart,
        int sentenceLength,
        int triggerStart,
        int triggerLength,
        int source,
        double confidence = 1.0)
    {
        Events.Add(new ExtractedEvent(
            code, agent, counterparts, location, time, date, modality,
            new TextSpan(sentenceStart, sentenceLength), new TextSpan(triggerStart, triggerLength), source, confidence));
    }
}
