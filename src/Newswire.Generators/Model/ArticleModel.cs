using System;

namespace Newswire.Generators.Model;

/// <summary>One actor of one article, as emitted.</summary>
internal sealed record ActorModel(
    string Key,
    string Name,
    Newswire.ActorKind Kind,
    string? Country,
    EquatableArray<string> Roles,
    EquatableArray<string> Aliases,
    EquatableArray<int> Mentions,
    int Confidence,
    Newswire.Place? Place = null);

/// <summary>One event of one article, as emitted; actor fields are local indexes.</summary>
internal sealed record EventModel(
    string Code,
    int Agent,
    EquatableArray<int> Counterparts,
    int Location,
    string? Time,
    string? Date,
    Newswire.EventModality Modality,
    int SentenceStart,
    int SentenceLength,
    int TriggerStart,
    int TriggerLength,
    int Source,
    int ConfidencePermille);

/// <summary>Everything the generator knows about one article: the per-article emitter's whole input.</summary>
internal sealed record ArticleModel(
    string Path,
    string FilePath,
    string HintName,
    string Suffix,
    string Id,
    bool ExplicitId,
    string Title,
    string? Outlet,
    string? Section,
    string? Published,
    string Text,
    EquatableArray<int> Paragraphs,
    EquatableArray<string> FrontMatter,
    EquatableArray<ActorModel> Actors,
    EquatableArray<EventModel> Events,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The first paragraph, or empty.</summary>
    public string Lede => Paragraphs.Count >= 2 ? Text.Substring(Paragraphs[0], Paragraphs[1]) : "";
}

/// <summary>What actor planning needs of one actor of one article (no mentions).</summary>
internal sealed record ActorSummary(string Key, string Name, Newswire.ActorKind Kind, string? Country, EquatableArray<string> Roles, EquatableArray<string> Aliases);
