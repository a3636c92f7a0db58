using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Newswire.Extraction.Dataset;
using Newswire.Extraction.Diagnostics;
using Newswire.Generators.Model;

namespace Newswire.Generators;

/// <summary>
/// The cross-article steps of the pipeline: member names for articles, actors merged across articles, the
/// ordered list of article classes. Each takes every article's small input in path order and returns
/// equatable data, so the steps after it run again only when the result really changed.
/// </summary>
internal static class Planning
{
    /// <summary>The articles' inputs in path order, each path once (a file listed twice is one article).</summary>
    public static EquatableArray<PlanInput> Inputs(ImmutableArray<PlanInput?> inputs)
    {
        var list = new List<PlanInput>(inputs.Length);
        foreach (var input in inputs)
        {
            if (input != null)
            {
                list.Add(input);
            }
        }

        list.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
        var unique = new List<PlanInput>(list.Count);
        foreach (var input in list)
        {
            if (unique.Count == 0 || unique[unique.Count - 1].Path != input.Path)
            {
                unique.Add(input);
            }
        }

        return new EquatableArray<PlanInput>(unique.ToArray());
    }

    public static ArticleNamePlan NameArticles(EquatableArray<PlanInput> ordered)
    {
        var entries = new ArticleEntry[ordered.Count];
        var paths = new string[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            var a = ordered[i];
            entries[i] = new ArticleEntry(a.Path, a.Id, a.Title, a.ExplicitId, Array.Empty<ActorEntry>());
            paths[i] = a.Path;
        }

        var collisions = new List<NameCollision>();
        var names = DatasetPlanner.NameArticles(entries, collisions);
        return new ArticleNamePlan(
            new EquatableArray<string>(paths),
            new EquatableArray<string>(names),
            Report(collisions, i => ordered[i].FilePath));
    }

    public static ActorPlan MergeActors(EquatableArray<PlanInput> ordered)
    {
        var entries = new ArticleEntry[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            var actors = new ActorEntry[ordered[i].Actors.Count];
            for (var j = 0; j < actors.Length; j++)
            {
                var a = ordered[i].Actors[j];
                actors[j] = new ActorEntry(a.Key, a.Name, a.Kind, a.Country, a.Roles.AsList(), a.Aliases.AsList());
            }

            entries[i] = new ArticleEntry(ordered[i].Path, "", "", false, actors);
        }

        var collisions = new List<NameCollision>();
        var merged = DatasetPlanner.MergeActors(entries, new Dictionary<string, int>(StringComparer.Ordinal), collisions);
        var planned = new PlannedActor[merged.Count];
        for (var i = 0; i < planned.Length; i++)
        {
            var m = merged[i];
            planned[i] = new PlannedActor(
                i, m.Identifier, m.Key, m.Name, m.Kind, m.Country,
                new EquatableArray<string>(m.Roles.ToArray()), new EquatableArray<string>(m.Aliases.ToArray()), m.Articles.Count,
                ActorPlanCodec.Encode(i, m));
        }

        return new ActorPlan(new EquatableArray<PlannedActor>(planned), Report(collisions, i => ordered[i].FilePath));
    }

    // NEWS006 (NEWS015 for a duplicate id) at the start of the article that wanted the name, as the compiler knows its path so the IDE can open it.
    private static EquatableArray<DiagnosticInfo> Report(List<NameCollision> collisions, Func<int, string> filePath)
    {
        if (collisions.Count == 0)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var result = new DiagnosticInfo[collisions.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var c = collisions[i];
            result[i] = new DiagnosticInfo(c.Definition.Id, c.Message, filePath(c.ArticleIndex), 0, 0, 1, 1);
        }

        return new EquatableArray<DiagnosticInfo>(result);
    }
}
