using System.Collections.Generic;

namespace Newswire;

/// <summary>A named person, organization or location: one identity across the whole dataset.</summary>
public sealed class Actor
{
    internal readonly List<Mention> MentionList = new List<Mention>();
    internal readonly List<Article> ArticleList = new List<Article>();
    internal readonly List<Event> EventList = new List<Event>();
    internal readonly List<Incident> IncidentList = new List<Incident>();

    internal Actor(string id, string key, string name, ActorKind kind, string? country, IReadOnlyList<string> roles, IReadOnlyList<string> aliases)
    {
        Id = id;
        Key = key;
        Name = name;
        Kind = kind;
        Country = country;
        Roles = roles;
        PlannedAliases = aliases;
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

    /// <summary>
    /// Other names used for the actor ("Putin", "the Russian leader"), and the short forms its articles use that
    /// name it alone in the dataset ("Iwaya"). Descriptions are listed but <c>ByName</c> does not resolve them.
    /// </summary>
    public IReadOnlyList<string> Aliases => Owner is null ? PlannedAliases : Owner.AliasesOf(this);

    /// <summary>How sure the extractor is that this is a real actor of its kind, in [0, 1] (the best of its articles).</summary>
    public float Confidence { get; internal set; }

    /// <summary>Every mention in every article.</summary>
    public IReadOnlyList<Mention> Mentions => MentionList;

    /// <summary>The articles that name this actor.</summary>
    public IReadOnlyList<Article> Articles => ArticleList;

    /// <summary>Events in which this actor is agent, counterpart or location.</summary>
    public IReadOnlyList<Event> Events => EventList;

    /// <summary>
    /// Where the actor is on the map: the gazetteer entry a location resolved to (GeoNames id, name, kind, country,
    /// admin1, latitude, longitude), or null for people, organizations and locations left unresolved. A name that
    /// means different places in different articles takes the first article's; <see cref="Event.Place"/> is per article.
    /// </summary>
    public Place? Place { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>The aliases the articles give (lexicon, coreference), before the dataset adds short forms.</summary>
    internal IReadOnlyList<string> PlannedAliases { get; }

    /// <summary>The dataset the actor belongs to (it resolves aliases across articles).</summary>
    internal Dataset? Owner { get; set; }

    /// <summary>The incidents (happenings, however many articles report them) this actor took part in, as agent or target.</summary>
    public IReadOnlyList<Incident> Incidents => IncidentList;
}
