using System;
using System.Collections.Generic;
using Newswire.Extraction.Layout;
using Newswire.Extraction.Naming;

namespace Newswire.Extraction.Dataset;

/// <summary>
/// Names articles and merges actors across articles. The generator, the runtime builder and the CLI all
/// plan with this class, so <c>Actors.VladimirPutin</c> is the same actor everywhere.
/// </summary>
public static class DatasetPlanner
{
    /// <summary>Longest generated article name before it is cut at a word boundary.</summary>
    public const int MaxArticleNameLength = 40;

    /// <summary>Longest generated actor name.</summary>
    public const int MaxActorNameLength = 60;

    /// <summary>Members of the generated <c>Articles</c> class that no article may take.</summary>
    public static readonly string[] ReservedArticleNames = { "Articles", "All", "ById", "ByPath", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize" };

    /// <summary>Members of the generated <c>Actors</c> class that no actor may take.</summary>
    public static readonly string[] ReservedActorNames = { "Actors", "All", "ByName", "ById", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize" };

    /// <summary>Plans names and actors for <paramref name="articles"/> in the given order.</summary>
    public static DatasetPlan Plan(IReadOnlyList<ArticleEntry> articles)
    {
        var collisions = new List<NameCollision>();
        var names = NameArticles(articles, collisions);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var actors = MergeActors(articles, index, collisions);
        return new DatasetPlan(names, actors, index, collisions);
    }

    /// <summary>
    /// The member name of each article (only ids, titles and paths count, so the generator can re-plan names
    /// without looking at actors); name collisions are added to <paramref name="collisions"/>.
    /// </summary>
    public static string[] NameArticles(IReadOnlyList<ArticleEntry> articles, List<NameCollision> collisions)
    {
        var names = new string[articles.Count];
        var articleNames = new NameAllocator(ReservedArticleNames);

        // Explicit ids claim their names first, so a headline can never take an id's name away.
        var explicitIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < articles.Count; i++)
            {
                var a = articles[i];
                if (a.ExplicitId != (pass == 0))
                {
                    continue;
                }

                var source = a.ExplicitId ? a.Id : a.Title;
                var wanted = Identifiers.MakeValid(Identifiers.ToPascalCase(source, MaxArticleNameLength), "");
                if (wanted.Length == 0)
                {
                    wanted = Identifiers.MakeValid(Identifiers.ToPascalCase(a.Id, MaxArticleNameLength), "Article");
                }

                var disambiguator = Identifiers.ToPascalCase(ArticlePath.FileName(a.Path), MaxArticleNameLength);
                names[i] = articleNames.Allocate(wanted, disambiguator, out var collided);
                if (collided)
                {
                    var collision = new NameCollision("Article", source, wanted, names[i], i);
                    if (a.ExplicitId && explicitIds.TryGetValue(a.Id, out var first))
                    {
                        collision.DuplicateOf = articles[first].Path;
                    }

                    collision.Advice = a.ExplicitId
                        ? "its id and another article's id make the same name; change one of them to choose"
                        : "its headline makes the same name as another article's; set a front matter 'id' to choose its name";
                    collisions.Add(collision);
                }

                if (a.ExplicitId && !explicitIds.ContainsKey(a.Id))
                {
                    explicitIds.Add(a.Id, i);
                }
            }
        }

        return names;
    }

    /// <summary>
    /// Merges the articles' actors into one identity per key, in order of first appearance, and names them;
    /// <paramref name="index"/> receives each key's position and name collisions go to <paramref name="collisions"/>.
    /// </summary>
    public static List<MergedActor> MergeActors(IReadOnlyList<ArticleEntry> articles, Dictionary<string, int> index, List<NameCollision> collisions)
    {
        var actors = new List<MergedActor>();
        var countryVotes = new List<Dictionary<string, int>>();
        for (var i = 0; i < articles.Count; i++)
        {
            foreach (var entry in articles[i].Actors)
            {
                if (!index.TryGetValue(entry.Key, out var at))
                {
                    at = actors.Count;
                    index.Add(entry.Key, at);
                    actors.Add(new MergedActor(entry.Key, entry.Name, entry.Kind));
                    countryVotes.Add(new Dictionary<string, int>(StringComparer.Ordinal));
                }

                var actor = actors[at];
                if (actor.Articles.Count == 0 || actor.Articles[actor.Articles.Count - 1] != i)
                {
                    actor.Articles.Add(i);
                }

                if (entry.Country != null)
                {
                    var votes = countryVotes[at];
                    votes.TryGetValue(entry.Country, out var n);
                    votes[entry.Country] = n + 1;
                    if (actor.Country == null || votes[entry.Country] > votes[actor.Country])
                    {
                        actor.Country = entry.Country;
                    }
                }

                AddDistinct(actor.Roles, entry.Roles, null);
                if (!string.Equals(entry.Name, actor.Name, StringComparison.Ordinal))
                {
                    AddDistinct(actor.Aliases, new[] { entry.Name }, actor.Name);
                }

                AddDistinct(actor.Aliases, entry.Aliases, actor.Name);
            }
        }

        DropSharedShortForms(actors);
        var actorNames = new NameAllocator(ReservedActorNames);
        foreach (var actor in actors)
        {
            var wanted = Identifiers.MakeValid(Identifiers.ToPascalCase(actor.Name, MaxActorNameLength), actor.Kind.ToString());
            actor.Identifier = actorNames.Allocate(wanted, actor.Kind.ToString(), out var collided);
            if (collided)
            {
                collisions.Add(new NameCollision("Actor", actor.Name, wanted, actor.Identifier, actor.Articles[0])
                {
                    Advice = "another actor of another kind has the same name; both are kept, and Actors.ByName finds the first",
                });
            }
        }

        return actors;
    }

    // Each article lists the short forms it names its people by ("Moreau"); one that two people share across the
    // dataset is an alias of neither (the runtime adds the short forms that find one actor, AliasRules.Unambiguous).
    private static void DropSharedShortForms(List<MergedActor> actors)
    {
        var owners = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var shared = false;
        foreach (var actor in actors)
        {
            if (actor.Kind != ActorKind.Person)
            {
                continue;
            }

            foreach (var alias in actor.Aliases)
            {
                if (AliasRules.IsShortForm(alias, actor.Name))
                {
                    owners.TryGetValue(alias, out var n);
                    owners[alias] = n + 1;
                    shared |= n > 0;
                }
            }
        }

        if (!shared)
        {
            return;
        }

        foreach (var actor in actors)
        {
            if (actor.Kind == ActorKind.Person)
            {
                actor.Aliases.RemoveAll(alias => owners.TryGetValue(alias, out var n) && n > 1 && AliasRules.IsShortForm(alias, actor.Name));
            }
        }
    }

    private static void AddDistinct(List<string> target, IReadOnlyList<string> values, string? except)
    {
        foreach (var v in values)
        {
            if (except != null && string.Equals(v, except, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var seen = false;
            foreach (var t in target)
            {
                if (string.Equals(t, v, StringComparison.OrdinalIgnoreCase))
                {
                    seen = true;
                    break;
                }
            }

            if (!seen)
            {
                target.Add(v);
            }
        }
    }
}
