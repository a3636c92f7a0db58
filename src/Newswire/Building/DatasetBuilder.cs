using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using Newswire.Extraction.Codec;
using Newswire.Extraction.Dataset;
using Newswire.Extraction.Model;

namespace Newswire.Building;

/// <summary>
/// Assembles a <see cref="Dataset"/>. Called by generated code (and by <see cref="Article.Parse"/>);
/// not meant to be used directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DatasetBuilder
{
    private readonly List<ArticleBuilder> _articles = new List<ArticleBuilder>();

    /// <summary>Adds an article. <paramref name="paragraphs"/> holds start/length pairs into the text; <paramref name="frontMatter"/> key/value pairs.</summary>
    public ArticleBuilder Article(
        string id,
        bool explicitId,
        string sourcePath,
        string title,
        string? outlet,
        string? section,
        string? published,
        Func<string> text,
        int[] paragraphs,
        string[] frontMatter)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < frontMatter.Length; i += 2)
        {
            map[frontMatter[i]] = frontMatter[i + 1];
        }

        DateTime? date = null;
        if (published != null && DateTime.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
        }

        var article = new Article(id, sourcePath, title, outlet, section, date, text, paragraphs, map);
        var builder = new ArticleBuilder(article, explicitId);
        _articles.Add(builder);
        return builder;
    }

    /// <summary>Adds an extraction result as it is.</summary>
    public void Add(ExtractedArticle extracted)
    {
        var text = extracted.Text;
        Add(ArticleData.From(extracted), () => text);
    }

    /// <summary>
    /// Adds an article's data (from an extraction, or decoded from a generated <c>[ArticleData]</c> attribute by
    /// <see cref="ArticleDataCodec"/>); <paramref name="text"/> gives its text when first asked for.
    /// </summary>
    internal ArticleBuilder Add(ArticleData data, Func<string> text)
    {
        var article = Article(
            data.Id, data.ExplicitId, data.Path, data.Title, data.Outlet, data.Section, data.Published, text,
            ToArray(data.Paragraphs), ToArray(data.FrontMatter));
        foreach (var actor in data.Actors)
        {
            const int stride = ArticleBuilder.MentionStride;
            var mentions = new int[actor.Mentions.Count * stride];
            for (var i = 0; i < actor.Mentions.Count; i++)
            {
                var m = actor.Mentions[i];
                mentions[stride * i] = m.Start;
                mentions[(stride * i) + 1] = m.Length;
                mentions[(stride * i) + 2] = m.Line;
                mentions[(stride * i) + 3] = m.Column;
                mentions[(stride * i) + 4] = (int)m.Form;
                mentions[(stride * i) + 5] = ArticleBuilder.PerMille(m.Confidence);
            }

            var local = article.Actor(actor.Name, actor.Kind, actor.Country, ToArray(actor.Roles), ToArray(actor.Aliases), mentions, ArticleBuilder.PerMille(actor.Confidence));
            if (actor.Place != null)
            {
                article.Place(local, actor.Place);
            }
        }

        article.Events.AddRange(data.Events);
        return article;
    }

    /// <summary>Merges actors across articles and links everything.</summary>
    public Dataset Build() => Build(byPath: false, merged: null);

    /// <summary>
    /// Builds, first ordering the articles by path when they were added in no particular order; takes the actors
    /// the generator merged (<paramref name="merged"/>, by index) when they cover every article's actors, and
    /// otherwise merges them here (<see cref="DatasetPlanner.MergeActors"/>, the generator's code path).
    /// </summary>
    internal Dataset Build(bool byPath, List<KeyValuePair<int, MergedActor>>? merged)
    {
        if (byPath)
        {
            _articles.Sort(static (a, b) => string.CompareOrdinal(a.Article.SourcePath, b.Article.SourcePath));
        }

        var entries = new List<ArticleEntry>(_articles.Count);
        foreach (var a in _articles)
        {
            entries.Add(new ArticleEntry(a.Article.SourcePath, a.Article.Id, a.Article.Title, a.ExplicitId, a.Actors));
        }

        var (planned, actorIndex) = Merge(entries, merged);
        var actors = new List<Actor>(planned.Count);
        foreach (var m in planned)
        {
            actors.Add(new Actor(m.Identifier, m.Key, m.Name, m.Kind, m.Country, m.Roles.ToArray(), m.Aliases.ToArray()));
        }

        var articles = new List<Article>(_articles.Count);
        var events = new List<Event>();
        foreach (var builder in _articles)
        {
            var article = builder.Article;
            articles.Add(article);
            var local = new Actor[builder.Actors.Count];
            for (var i = 0; i < local.Length; i++)
            {
                var actor = actors[actorIndex[builder.Actors[i].Key]];
                local[i] = actor;
                if (!article.ActorList.Contains(actor))
                {
                    article.ActorList.Add(actor);
                    actor.ArticleList.Add(article);
                }

                actor.Confidence = Math.Max(actor.Confidence, builder.Confidences[i]);
                if (actor.Place is null && builder.Places.TryGetValue(i, out var place))
                {
                    actor.Place = place; // the first article that locates the actor gives its place
                }

                var m = builder.Mentions[i];
                const int stride = ArticleBuilder.MentionStride;
                for (var j = 0; j + stride - 1 < m.Length; j += stride)
                {
                    actor.MentionList.Add(new Mention(article, m[j], m[j + 1], m[j + 2], m[j + 3], (MentionForm)m[j + 4], m[j + 5] / 1000f));
                }
            }

            foreach (var e in builder.Events)
            {
                if (e.Agent < 0 || e.Agent >= local.Length)
                {
                    continue;
                }

                var ev = new Event(article, e, local);
                ev.Place = e.Location >= 0 && builder.Places.TryGetValue(e.Location, out var where) ? where : null;
                article.EventList.Add(ev);
                events.Add(ev);
                Link(ev.Agent, ev);
                foreach (var c in ev.Counterparts)
                {
                    Link(c, ev);
                }

                if (ev.Location != null)
                {
                    Link(ev.Location, ev);
                }
            }
        }

        var dataset = new Dataset(articles, actors, events);
        LinkIncidents(dataset);
        return dataset;
    }

    // The actors merged across articles and each key's index among them: the generator's merge when it is given and
    // covers every actor (the planner runs once per consumer), else the same merge run here.
    private static (IReadOnlyList<MergedActor> Actors, Dictionary<string, int> Index) Merge(List<ArticleEntry> entries, List<KeyValuePair<int, MergedActor>>? merged)
    {
        if (merged != null && merged.Count > 0)
        {
            merged.Sort(static (a, b) => a.Key.CompareTo(b.Key));
            var actors = new MergedActor[merged.Count];
            var index = new Dictionary<string, int>(merged.Count, StringComparer.Ordinal);
            var whole = true;
            for (var i = 0; i < actors.Length; i++)
            {
                actors[i] = merged[i].Value;
                index[actors[i].Key] = i;
                whole &= merged[i].Key == i;
            }

            if (whole && Covers(entries, index))
            {
                return (actors, index);
            }
        }

        var mergedHere = new Dictionary<string, int>(StringComparer.Ordinal);
        return (DatasetPlanner.MergeActors(entries, mergedHere, new List<NameCollision>()), mergedHere);
    }

    private static bool Covers(List<ArticleEntry> entries, Dictionary<string, int> index)
    {
        foreach (var e in entries)
        {
            foreach (var a in e.Actors)
            {
                if (!index.ContainsKey(a.Key))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>One <see cref="Incident"/> per happening (see <see cref="IncidentLinker"/>), linked to its events and actors.</summary>
    private static void LinkIncidents(Dataset dataset)
    {
        var events = dataset.Events;
        var articleIndex = new Dictionary<Article, int>(dataset.Articles.Count);
        for (var i = 0; i < dataset.Articles.Count; i++)
        {
            articleIndex[dataset.Articles[i]] = i;
        }

        var inputs = new IncidentInput[events.Count];
        for (var i = 0; i < inputs.Length; i++)
        {
            var e = events[i];
            var date = e.Date ?? e.Article.Published;
            inputs[i] = new IncidentInput(
                articleIndex[e.Article], e.Code, Identity(e.Agent), e.Counterparts.Count > 0 ? Identity(e.Counterparts[0]) : null, e.Location?.Key, e.Location?.Country,
                date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        var n = 0;
        foreach (var group in IncidentLinker.Link(inputs))
        {
            var reports = new Event[group.Length];
            for (var k = 0; k < group.Length; k++)
            {
                reports[k] = events[group[k]];
            }

            var incident = new Incident("I" + (++n).ToString(CultureInfo.InvariantCulture), reports);
            dataset.IncidentList.Add(incident);
            foreach (var r in reports)
            {
                r.Incident = incident;
            }

            incident.Agent.IncidentList.Add(incident);
            if (incident.Target != null && !ReferenceEquals(incident.Target, incident.Agent))
            {
                incident.Target.IncidentList.Add(incident);
            }
        }
    }

    private static string Identity(Actor a) => IncidentLinker.Identity(a.Kind, a.Key, a.Name, a.Country);

    private static void Link(Actor actor, Event ev)
    {
        if (actor.EventList.Count == 0 || !ReferenceEquals(actor.EventList[actor.EventList.Count - 1], ev))
        {
            actor.EventList.Add(ev);
        }
    }

    private static T[] ToArray<T>(IReadOnlyList<T> values)
    {
        if (values is T[] array)
        {
            return array;
        }

        var result = new T[values.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = values[i];
        }

        return result;
    }
}
