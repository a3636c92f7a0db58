using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Newswire.Generators.Model;

namespace Newswire.Generators.Emit;

/// <summary>
/// Spreads the <c>Actors</c> members over files. A small dataset has one file; a large one (the same threshold
/// as <see cref="Shards"/>) has <see cref="Count"/> files chosen by a hash of the actor's key, so an edit that
/// changes one article's actors re-emits a few small files rather than every actor of the dataset.
/// </summary>
internal static class Buckets
{
    public const int Count = 64;

    public static ImmutableArray<ActorBucket> Split(ActorPlan plan, bool sharded)
    {
        if (!sharded)
        {
            return ImmutableArray.Create(new ActorBucket(-1, plan.Actors));
        }

        var groups = new List<PlannedActor>[Count];
        foreach (var actor in plan.Actors)
        {
            var index = (int)(Fnv(actor.Key) % Count);
            (groups[index] ??= new List<PlannedActor>()).Add(actor);
        }

        var result = ImmutableArray.CreateBuilder<ActorBucket>(Count);
        for (var i = 0; i < Count; i++)
        {
            result.Add(new ActorBucket(i, groups[i] is null ? EquatableArray<PlannedActor>.Empty : new EquatableArray<PlannedActor>(groups[i].ToArray())));
        }

        return result.MoveToImmutable();
    }

    public static string HintName(int index) =>
        index < 0 ? "Newswire.Actors.g.cs" : "Newswire.Actors/Bucket" + index.ToString("D2", CultureInfo.InvariantCulture) + ".g.cs";

    // FNV-1a over the UTF-16 code units: stable across processes and runtimes (string.GetHashCode is not).
    private static uint Fnv(string s)
    {
        var h = 2166136261u;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619u;
        }

        return h;
    }
}
