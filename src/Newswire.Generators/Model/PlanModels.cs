using System;
using System.Collections.Generic;

namespace Newswire.Generators.Model;

/// <summary>
/// What the cross-article steps need of one article: naming (path, id, headline) and actor merging (actors).
/// Editing an article's body leaves it equal, so those steps are not run again.
/// </summary>
internal sealed record PlanInput(string Path, string FilePath, string Id, string Title, bool ExplicitId, EquatableArray<ActorSummary> Actors);

/// <summary>The member name of every article, by path, and the name collisions found (NEWS006).</summary>
internal sealed record ArticleNamePlan(EquatableArray<string> Paths, EquatableArray<string> Names, EquatableArray<DiagnosticInfo> Collisions)
{
    private Dictionary<string, string>? _byPath;

    /// <summary>The planned name of the article at <paramref name="path"/>, or empty.</summary>
    public string NameOf(string path)
    {
        // Built once per plan; the plan instance is cached across runs while names stay the same.
        var map = _byPath;
        if (map is null)
        {
            map = new Dictionary<string, string>(Paths.Count, StringComparer.Ordinal);
            for (var i = 0; i < Paths.Count; i++)
            {
                map[Paths[i]] = Names[i];
            }

            _byPath = map;
        }

        return map.TryGetValue(path, out var name) ? name : "";
    }

    public bool Equals(ArticleNamePlan? other) =>
        other is not null && Paths.Equals(other.Paths) && Names.Equals(other.Names) && Collisions.Equals(other.Collisions);

    public override int GetHashCode() => Paths.Count;
}

/// <summary>One merged actor of the dataset, as its <c>Actors</c> member needs it; <c>Data</c> is the actor encoded for the runtime (<c>[ActorData]</c>).</summary>
internal sealed record PlannedActor(
    int Index,
    string Identifier,
    string Key,
    string Name,
    Newswire.ActorKind Kind,
    string? Country,
    EquatableArray<string> Roles,
    EquatableArray<string> Aliases,
    int ArticleCount,
    string Data);

/// <summary>Every merged actor in order of first appearance, and the actor name collisions found (NEWS006).</summary>
internal sealed record ActorPlan(EquatableArray<PlannedActor> Actors, EquatableArray<DiagnosticInfo> Collisions);

/// <summary>A group of actors emitted into one file (see <c>Emit.Buckets</c>).</summary>
internal sealed record ActorBucket(int Index, EquatableArray<PlannedActor> Actors);

/// <summary>One article with the member name planned for it: the per-article emitter's whole input.</summary>
internal sealed record ArticleOutput(ArticleModel Article, string Member);

/// <summary>The project-wide choices every emitter needs.</summary>
/// <param name="Namespace">Namespace of the generated classes.</param>
/// <param name="IsPublic">Whether <c>Articles</c>, <c>Actors</c> and <c>Events</c> are public.</param>
/// <param name="Nullable">C# 8+: nullable annotations and <c>#nullable enable</c>.</param>
internal readonly record struct EmitOptions(string Namespace, bool IsPublic, bool Nullable)
{
    public string Visibility => IsPublic ? "public" : "internal";
}
