using System.Collections.Generic;

namespace Newswire.Extraction.Dataset;

/// <summary>What the planner needs of one actor of one article.</summary>
public sealed class ActorEntry
{
    /// <summary>Creates an entry.</summary>
    public ActorEntry(string key, string name, ActorKind kind, string? country, IReadOnlyList<string> roles, IReadOnlyList<string> aliases)
    {
        Key = key;
        Name = name;
        Kind = kind;
        Country = country;
        Roles = roles;
        Aliases = aliases;
    }

    /// <summary>Cross-article identity (see <see cref="Model.ActorKeys"/>).</summary>
    public string Key { get; }

    /// <summary>Canonical name in this article.</summary>
    public string Name { get; }

    /// <summary>Kind.</summary>
    public ActorKind Kind { get; }

    /// <summary>Country in this article.</summary>
    public string? Country { get; }

    /// <summary>Roles in this article.</summary>
    public IReadOnlyList<string> Roles { get; }

    /// <summary>Aliases in this article.</summary>
    public IReadOnlyList<string> Aliases { get; }
}

/// <summary>What the planner needs of one article.</summary>
public sealed class ArticleEntry
{
    /// <summary>Creates an entry.</summary>
    public ArticleEntry(string path, string id, string title, bool explicitId, IReadOnlyList<ActorEntry> actors)
    {
        Path = path;
        Id = id;
        Title = title;
        ExplicitId = explicitId;
        Actors = actors;
    }

    /// <summary>Source path.</summary>
    public string Path { get; }

    /// <summary>Article id.</summary>
    public string Id { get; }

    /// <summary>Headline.</summary>
    public string Title { get; }

    /// <summary>Whether the id came from front matter or item metadata (then it names the member).</summary>
    public bool ExplicitId { get; }

    /// <summary>The article's actors.</summary>
    public IReadOnlyList<ActorEntry> Actors { get; }
}

/// <summary>One actor of the whole dataset, merged over every article that names it.</summary>
public sealed class MergedActor
{
    internal MergedActor(string key, string name, ActorKind kind)
    {
        Key = key;
        Name = name;
        Kind = kind;
    }

    /// <summary>Identity key.</summary>
    public string Key { get; }

    /// <summary>Name, from the first article that names the actor.</summary>
    public string Name { get; }

    /// <summary>Kind.</summary>
    public ActorKind Kind { get; }

    /// <summary>The country most articles give (first one on a tie).</summary>
    public string? Country { get; internal set; }

    /// <summary>Union of roles, in order of first appearance.</summary>
    public List<string> Roles { get; } = new List<string>();

    /// <summary>Union of aliases, in order of first appearance.</summary>
    public List<string> Aliases { get; } = new List<string>();

    /// <summary>Indexes of the articles naming this actor, ascending.</summary>
    public List<int> Articles { get; } = new List<int>();

    /// <summary>The generated member name (unique among actors).</summary>
    public string Identifier { get; internal set; } = "";
}

/// <summary>A name that had to change to stay unique.</summary>
public sealed class NameCollision
{
    internal NameCollision(string what, string source, string wanted, string given, int articleIndex)
    {
        What = what;
        Source = source;
        Wanted = wanted;
        Given = given;
        ArticleIndex = articleIndex;
    }

    /// <summary>"Article" or "Actor".</summary>
    public string What { get; }

    /// <summary>The headline, id or actor name the name came from.</summary>
    public string Source { get; }

    /// <summary>The name it wanted.</summary>
    public string Wanted { get; }

    /// <summary>The name it got.</summary>
    public string Given { get; }

    /// <summary>The article concerned (for an actor: the first article naming it).</summary>
    public int ArticleIndex { get; }

    /// <summary>For an article whose explicit id another article already has: that article's path (then it is NEWS015).</summary>
    public string? DuplicateOf { get; internal set; }

    /// <summary>What to do about it, in the words of this case.</summary>
    public string Advice { get; internal set; } = "";

    /// <summary>NEWS015 for a duplicate article id, else NEWS006.</summary>
    public Diagnostics.DiagnosticDefinition Definition =>
        DuplicateOf != null ? Diagnostics.DiagnosticCatalog.DuplicateArticleId : Diagnostics.DiagnosticCatalog.IdentifierCollision;

    /// <summary>The diagnostic message.</summary>
    public string Message => DuplicateOf != null
        ? Definition.Format(Source, DuplicateOf, Given)
        : Definition.Format(What, Source, Wanted, Given, Advice);
}

/// <summary>Member names for every article and the merged actors of the dataset.</summary>
public sealed class DatasetPlan
{
    internal DatasetPlan(string[] articleIdentifiers, List<MergedActor> actors, Dictionary<string, int> actorIndex, List<NameCollision> collisions)
    {
        ArticleIdentifiers = articleIdentifiers;
        Actors = actors;
        ActorIndex = actorIndex;
        Collisions = collisions;
    }

    /// <summary>Generated member name per article, in input order.</summary>
    public IReadOnlyList<string> ArticleIdentifiers { get; }

    /// <summary>Merged actors in order of first appearance.</summary>
    public IReadOnlyList<MergedActor> Actors { get; }

    /// <summary>Actor key to index in <see cref="Actors"/>.</summary>
    public IReadOnlyDictionary<string, int> ActorIndex { get; }

    /// <summary>Names that changed to stay unique.</summary>
    public IReadOnlyList<NameCollision> Collisions { get; }
}
