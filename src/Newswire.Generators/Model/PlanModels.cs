using System;

namespace Newswire.Generators.Model
{
    /// <summary>What naming needs of one article: editing an article's body leaves it equal, so names are not re-planned.</summary>
    internal sealed record ArticleNameInput(string Path, string FilePath, string Id, string Title, bool ExplicitId);

    /// <summary>What actor merging needs of one article: equal across edits that leave its actors as they were.</summary>
    internal sealed record ActorInput(string Path, string FilePath, EquatableArray<ActorSummary> Actors);

    /// <summary>An article's place in the dataset: its path (for order) and the suffix of its generated class.</summary>
    internal sealed record IndexEntry(string Path, string Suffix);

    /// <summary>The member name of every article, by path, and the name collisions found (NEWS006).</summary>
    internal sealed record ArticleNamePlan(EquatableArray<string> Paths, EquatableArray<string> Names, EquatableArray<DiagnosticInfo> Collisions)
    {
        /// <summary>The planned name of the article at <paramref name="path"/> (paths are sorted ordinally).</summary>
        public string NameOf(string path)
        {
            int lo = 0, hi = Paths.Count - 1;
            while (lo <= hi)
            {
                var mid = lo + ((hi - lo) / 2);
                var c = string.CompareOrdinal(Paths[mid], path);
                if (c == 0)
                {
                    return Names[mid];
                }

                if (c < 0)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return "";
        }
    }

    /// <summary>One merged actor of the dataset, as its <c>Actors</c> member needs it.</summary>
    internal sealed record PlannedActor(
        int Index,
        string Identifier,
        string Key,
        string Name,
        Newswire.ActorKind Kind,
        string? Country,
        EquatableArray<string> Roles,
        EquatableArray<string> Aliases,
        int ArticleCount);

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
}
