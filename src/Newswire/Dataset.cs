using System;
using System.Collections.Generic;
using System.IO;
using Newswire.Extraction;

namespace Newswire;

/// <summary>A set of articles with their actors merged into one identity each across articles.</summary>
public sealed class Dataset
{
    private readonly Dictionary<string, Article> _byId;
    private readonly Dictionary<string, Actor> _byName;
    private readonly Lazy<AliasIndex> _aliases;

    internal Dataset(List<Article> articles, List<Actor> actors, List<Event> events)
    {
        Articles = articles;
        Actors = actors;
        Events = events;
        _byId = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            if (!_byId.ContainsKey(a.Id))
            {
                _byId.Add(a.Id, a);
            }
        }

        // Names first; the first actor (in dataset order) wins among equals. Aliases come later, on first need
        // (they read mention text, which generated datasets load lazily).
        _byName = new Dictionary<string, Actor>(StringComparer.OrdinalIgnoreCase);
        foreach (var actor in actors)
        {
            actor.Owner = this;
            if (!_byName.ContainsKey(actor.Name))
            {
                _byName.Add(actor.Name, actor);
            }
        }

        _aliases = new Lazy<AliasIndex>(BuildAliases, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>All articles, ordered by source path.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>All actors, in order of first appearance.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>All events, article by article in text order.</summary>
    public IReadOnlyList<Event> Events { get; }

    /// <summary>
    /// One incident per happening: the events of every article reporting it (same CAMEO root, agent and target,
    /// compatible place, dates within a day), in order of their first report.
    /// </summary>
    public IReadOnlyList<Incident> Incidents => IncidentList;

    internal List<Incident> IncidentList { get; } = new List<Incident>();

    /// <summary>The article with this id, or null.</summary>
    public Article? FindArticle(string id) => _byId.TryGetValue(id, out var a) ? a : null;

    /// <summary>
    /// The actor with this name or alias (case-insensitive), or null. An alias finds an actor only when it is
    /// unambiguous across the dataset and not a description: "Iwaya" finds Takeshi Iwaya when an article calls
    /// him so, "the President" finds nobody (see <see cref="Extraction.Dataset.AliasRules"/>).
    /// </summary>
    public Actor? FindActor(string nameOrAlias)
    {
        var key = nameOrAlias.Trim();
        if (_byName.TryGetValue(key, out var a))
        {
            return a;
        }

        // "the Kremlin": a name with an article.
        var bare = Extraction.Dataset.AliasRules.WithoutDeterminer(key);
        if (bare != null && key.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && _byName.TryGetValue(bare, out a))
        {
            return a;
        }

        return _aliases.Value.ByAlias.TryGetValue(key, out a) ? a : null;
    }

    /// <summary>The actor's aliases: its own, then the short forms its articles use that find it (see <see cref="FindActor"/>).</summary>
    internal IReadOnlyList<string> AliasesOf(Actor actor) =>
        _aliases.Value.Lists.TryGetValue(actor, out var list) ? list : actor.PlannedAliases;

    private AliasIndex BuildAliases()
    {
        var names = new List<string>(Actors.Count);
        var candidates = new List<IEnumerable<string>>(Actors.Count);
        var textForms = new List<List<string>>(Actors.Count);
        foreach (var actor in Actors)
        {
            names.Add(actor.Name);
            var forms = new List<string>();
            if (actor.Kind == ActorKind.Person)
            {
                foreach (var m in actor.Mentions)
                {
                    var text = m.Text;
                    if (Extraction.Dataset.AliasRules.IsShortForm(text, actor.Name) && !Contains(forms, text) && !Contains(actor.PlannedAliases, text))
                    {
                        forms.Add(text);
                    }
                }
            }

            textForms.Add(forms);
            candidates.Add(Concat(actor.PlannedAliases, forms));
        }

        var index = new AliasIndex();
        foreach (var pair in Extraction.Dataset.AliasRules.Unambiguous(names, candidates))
        {
            index.ByAlias[pair.Key] = Actors[pair.Value];
        }

        // A short form becomes one of the actor's aliases only when it finds the actor.
        for (var i = 0; i < Actors.Count; i++)
        {
            var added = textForms[i].FindAll(f => index.ByAlias.TryGetValue(f, out var owner) && ReferenceEquals(owner, Actors[i]));
            if (added.Count > 0)
            {
                var list = new List<string>(Actors[i].PlannedAliases);
                list.AddRange(added);
                index.Lists[Actors[i]] = list.ToArray();
            }
        }

        return index;
    }

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        foreach (var s in list)
        {
            if (string.Equals(s, value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Concat(IReadOnlyList<string> first, List<string> second)
    {
        foreach (var s in first)
        {
            yield return s;
        }

        foreach (var s in second)
        {
            yield return s;
        }
    }

    private sealed class AliasIndex
    {
        public Dictionary<string, Actor> ByAlias { get; } = new Dictionary<string, Actor>(StringComparer.OrdinalIgnoreCase);

        public Dictionary<Actor, string[]> Lists { get; } = new Dictionary<Actor, string[]>();
    }

    /// <summary>Reads article files (and the .txt files of folders, recursively) with the generator's engine.</summary>
    public static Dataset Load(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = new List<string>(Directory.GetFiles(path, "*.txt", SearchOption.AllDirectories));
                found.Sort(StringComparer.Ordinal);
                files.AddRange(found);
            }
            else
            {
                files.Add(path);
            }
        }

        var builder = new Building.DatasetBuilder();
        foreach (var file in files)
        {
            builder.Add(ArticleExtractor.Extract(file, ArticleText.Decode(File.ReadAllBytes(file))));
        }

        return builder.Build();
    }
}
