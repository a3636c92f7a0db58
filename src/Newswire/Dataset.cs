using System;
using System.Collections.Generic;
using System.IO;
using Newswire.Extraction;

namespace Newswire
{
    /// <summary>A set of articles with their actors merged into one identity each across articles.</summary>
    public sealed class Dataset
    {
        private readonly Dictionary<string, Article> _byId;
        private readonly Dictionary<string, Actor> _byName;

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

            // Names win over aliases; the first actor (in dataset order) wins among equals.
            _byName = new Dictionary<string, Actor>(StringComparer.OrdinalIgnoreCase);
            foreach (var actor in actors)
            {
                if (!_byName.ContainsKey(actor.Name))
                {
                    _byName.Add(actor.Name, actor);
                }
            }

            foreach (var actor in actors)
            {
                foreach (var alias in actor.Aliases)
                {
                    if (!_byName.ContainsKey(alias))
                    {
                        _byName.Add(alias, actor);
                    }
                }
            }
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

        /// <summary>The actor with this name or alias (case-insensitive), or null.</summary>
        public Actor? FindActor(string nameOrAlias) => _byName.TryGetValue(nameOrAlias, out var a) ? a : null;

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
}
