using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Reflection;

namespace Newswire.Building
{
    /// <summary>
    /// The dataset of a project's generated article classes, with the lookups the generated <c>Articles</c> and
    /// <c>Actors</c> members use. Generated code only. Members look articles up by class and actors by key rather
    /// than by position, so adding one article or actor changes no other member's code.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class GeneratedDataset
    {
        private readonly Dictionary<Type, Article> _byType;
        private readonly Dictionary<string, Actor> _byKey;

        private GeneratedDataset(Dataset dataset, Dictionary<Type, Article> byType)
        {
            Dataset = dataset;
            _byType = byType;
            _byKey = new Dictionary<string, Actor>(dataset.Actors.Count, StringComparer.Ordinal);
            foreach (var actor in dataset.Actors)
            {
                _byKey[actor.Key] = actor;
            }
        }

        /// <summary>The dataset.</summary>
        public Dataset Dataset { get; }

        /// <summary>
        /// Builds the dataset from generated article classes, in the order given (the generator passes them by path).
        /// Each class carries <see cref="ArticleDataAttribute"/> and <see cref="ArticleTextAttribute"/>; the text is read on first use.
        /// </summary>
        public static GeneratedDataset Build(Type[] articles)
        {
            var builder = new DatasetBuilder();
            var added = new List<KeyValuePair<Type, ArticleBuilder>>(articles.Length);
            foreach (var type in articles)
            {
                var data = type.GetCustomAttribute<ArticleDataAttribute>(inherit: false);
                if (data is null)
                {
                    throw new InvalidOperationException("Generated article class " + type.FullName + " has no article data; rebuild the project.");
                }

                var article = ArticleDataReader.Read(builder, data.Data, () => type.GetCustomAttribute<ArticleTextAttribute>(inherit: false)?.Text ?? "");
                added.Add(new KeyValuePair<Type, ArticleBuilder>(type, article));
            }

            var dataset = builder.Build();
            var byType = new Dictionary<Type, Article>(added.Count);
            foreach (var pair in added)
            {
                byType[pair.Key] = pair.Value.Article;
            }

            return new GeneratedDataset(dataset, byType);
        }

        /// <summary>The article of a generated article class.</summary>
        public Article Article(Type generatedClass) => _byType[generatedClass];

        /// <summary>The actor with this key (see <see cref="Newswire.Actor.Key"/>).</summary>
        public Actor Actor(string key) => _byKey[key];
    }
}
