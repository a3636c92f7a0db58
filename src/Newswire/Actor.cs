using System.Collections.Generic;

namespace Newswire
{
    /// <summary>A named person, organization or location: one identity across the whole dataset.</summary>
    public sealed class Actor
    {
        internal readonly List<Mention> MentionList = new List<Mention>();
        internal readonly List<Article> ArticleList = new List<Article>();
        internal readonly List<Event> EventList = new List<Event>();

        internal Actor(string id, string key, string name, ActorKind kind, string? country, IReadOnlyList<string> roles, IReadOnlyList<string> aliases)
        {
            Id = id;
            Key = key;
            Name = name;
            Kind = kind;
            Country = country;
            Roles = roles;
            Aliases = aliases;
        }

        /// <summary>The actor's identifier, the name of its generated member ("VladimirPutin").</summary>
        public string Id { get; }

        /// <summary>The identity key: kind and normalized name.</summary>
        public string Key { get; }

        /// <summary>Canonical name ("Vladimir Putin").</summary>
        public string Name { get; }

        /// <summary>Person, organization or location.</summary>
        public ActorKind Kind { get; }

        /// <summary>ISO 3166-1 alpha-3 code ("RUS"), or null when unknown.</summary>
        public string? Country { get; }

        /// <summary>Roles and titles ("President", "Defense Minister").</summary>
        public IReadOnlyList<string> Roles { get; }

        /// <summary>Other names used for the actor ("Putin", "the Russian leader").</summary>
        public IReadOnlyList<string> Aliases { get; }

        /// <summary>How sure the extractor is that this is a real actor of its kind, in [0, 1] (the best of its articles).</summary>
        public float Confidence { get; internal set; }

        /// <summary>Every mention in every article.</summary>
        public IReadOnlyList<Mention> Mentions => MentionList;

        /// <summary>The articles that name this actor.</summary>
        public IReadOnlyList<Article> Articles => ArticleList;

        /// <summary>Events in which this actor is agent, counterpart or location.</summary>
        public IReadOnlyList<Event> Events => EventList;

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}
