using System.Collections.Generic;

namespace Newswire.Extraction.Model;

/// <summary>One real-world actor as found in one article, with every mention of it merged.</summary>
public sealed class ExtractedActor
{
    /// <summary>Creates an actor.</summary>
    public ExtractedActor(
        string name,
        ActorKind kind,
        string? country,
        IReadOnlyList<string> roles,
        IReadOnlyList<string> aliases,
        IReadOnlyList<MentionSpan> mentions)
        : this(name, kind, country, roles, aliases, mentions, 1f)
    {
    }

    /// <summary>Creates an actor with its confidence.</summary>
    public ExtractedActor(
        string name,
        ActorKind kind,
        string? country,
        IReadOnlyList<string> roles,
        IReadOnlyList<string> aliases,
        IReadOnlyList<MentionSpan> mentions,
        float confidence)
    {
        Confidence = confidence;
        Name = name;
        Kind = kind;
        Country = country;
        Roles = roles;
        Aliases = aliases;
        Mentions = mentions;
    }

    /// <summary>Canonical name: the fullest form the article (or the lexicon) gives.</summary>
    public string Name { get; }

    /// <summary>Person, organization or location.</summary>
    public ActorKind Kind { get; }

    /// <summary>ISO 3166-1 alpha-3 country code, or null when unknown or not tied to one country.</summary>
    public string? Country { get; internal set; }

    /// <summary>Roles and titles in their display form ("Defense Minister").</summary>
    public IReadOnlyList<string> Roles { get; }

    /// <summary>Other names the article uses ("Putin", "the Russian leader").</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Every mention, in text order.</summary>
    public IReadOnlyList<MentionSpan> Mentions { get; }

    /// <summary>How sure the extractor is that this is a real actor of this kind, in [0, 1] (its best name mention).</summary>
    public float Confidence { get; }

    /// <summary>Stable identity across articles: kind plus the normalized canonical name.</summary>
    public string Key => ActorKeys.For(Kind, Name);

    /// <summary>
    /// The gazetteer entry a location resolved to (see <see cref="Newswire.Place"/>), or null when unresolved or not a
    /// place. Set by the place stage, which also fills <see cref="Country"/> from it when the actor had none.
    /// </summary>
    public Place? Place { get; internal set; }

    /// <summary>Whether the built-in or consumer lexicon knows this actor (its country, or its having none, is a fact).</summary>
    internal bool FromLexicon { get; set; }

    /// <inheritdoc />
    public override string ToString() => Kind + " " + Name + (Country is null ? "" : " (" + Country + ")");
}
