using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Newswire.Extraction.Codec;
using Newswire.Extraction.Dataset;

namespace Newswire.Building;

/// <summary>
/// Builds the dataset of a project's generated <c>Articles</c> class and fills the generated members. Generated
/// code only. Each <c>Articles</c> member carries its article's text and data as attributes, and the
/// <c>Actors</c> class maps its members to actor keys (<see cref="ActorKeysAttribute"/>); the members are <c>static readonly</c> fields without initializers,
/// set here from the classes' static constructors. That keeps the generated code to declarations, which is far
/// cheaper to compile than an initializer or a getter per member.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class GeneratedDataset
{
    private const BindingFlags Members = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private readonly Dictionary<FieldInfo, Article> _articles;

    private GeneratedDataset(Dataset dataset, Dictionary<FieldInfo, Article> articles)
    {
        Dataset = dataset;
        _articles = articles;
    }

    /// <summary>The dataset.</summary>
    public Dataset Dataset { get; }

    /// <summary>
    /// Builds the dataset from the members of a generated <c>Articles</c> class that carry
    /// <see cref="ArticleDataAttribute"/>, ordered by article path; each text is read on first use. Actors are merged
    /// across articles here (code generated before <see cref="ActorDataAttribute"/> existed).
    /// </summary>
    public static GeneratedDataset Build(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.NonPublicFields)]
        Type articles) => Build(articles, null);

    /// <summary>
    /// Builds the dataset as <see cref="Build(Type)"/> does, taking the actors the generator merged from the
    /// <see cref="ActorDataAttribute"/>s of the generated <c>Actors</c> class instead of merging them again.
    /// </summary>
    public static GeneratedDataset Build(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.NonPublicFields)]
        Type articles,
        Type? actors)
    {
        var builder = new DatasetBuilder();
        var added = new List<KeyValuePair<FieldInfo, ArticleBuilder>>();
        foreach (var field in articles.GetFields(Members))
        {
            var data = field.GetCustomAttribute<ArticleDataAttribute>(inherit: false);
            if (data != null)
            {
                var member = field;
                added.Add(new KeyValuePair<FieldInfo, ArticleBuilder>(
                    field, builder.Add(ArticleDataCodec.Decode(data.Data), () => member.GetCustomAttribute<ArticleTextAttribute>(inherit: false)?.Text ?? "")));
            }
        }

        List<KeyValuePair<int, MergedActor>>? merged = null;
        if (actors != null)
        {
            merged = new List<KeyValuePair<int, MergedActor>>();
            foreach (var data in actors.GetCustomAttributes<ActorDataAttribute>(inherit: false))
            {
                ActorPlanCodec.Decode(data.Data, merged);
            }
        }

        var dataset = builder.Build(byPath: true, merged);
        var byField = new Dictionary<FieldInfo, Article>(added.Count);
        foreach (var pair in added)
        {
            byField[pair.Key] = pair.Value.Article;
        }

        return new GeneratedDataset(dataset, byField);
    }

    /// <summary>Sets every article member of the generated <c>Articles</c> class; called from its static constructor.</summary>
    public void FillArticles(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.NonPublicFields)]
        Type articles)
    {
        foreach (var field in articles.GetFields(Members))
        {
            if (_articles.TryGetValue(field, out var article))
            {
                field.SetValue(null, article);
            }
        }
    }

    /// <summary>Sets every actor member of the generated <c>Actors</c> class; called from its static constructor.</summary>
    public void FillActors(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.NonPublicFields)]
        Type actors)
    {
        var byKey = new Dictionary<string, Actor>(Dataset.Actors.Count, StringComparer.Ordinal);
        foreach (var actor in Dataset.Actors)
        {
            byKey[actor.Key] = actor;
        }

        // One pass over the fields: looking each one up by name rescans the type's fields (quadratic in actors).
        var fields = new Dictionary<string, FieldInfo>(StringComparer.Ordinal);
        foreach (var field in actors.GetFields(Members))
        {
            fields[field.Name] = field;
        }

        foreach (var keys in actors.GetCustomAttributes<ActorKeysAttribute>(inherit: false))
        {
            foreach (var line in keys.Map.Split('\n'))
            {
                var tab = line.IndexOf('\t');
                if (tab > 0 && byKey.TryGetValue(line.Substring(tab + 1), out var actor) && fields.TryGetValue(line.Substring(0, tab), out var member))
                {
                    member.SetValue(null, actor);
                }
            }
        }
    }
}
