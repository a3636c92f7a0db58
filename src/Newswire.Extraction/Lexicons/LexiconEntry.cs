using System;

namespace Newswire.Extraction.Lexicons;

/// <summary>What a lexicon entry is.</summary>
internal enum LexiconKind : byte
{
    Country = 0,
    Place = 1,
    Organization = 2,
    Person = 3,
}

/// <summary>One known actor: canonical name, kind, country, role and the surface forms that name it.</summary>
internal sealed class LexiconEntry
{
    public LexiconEntry(int id, LexiconKind kind, string name, string? country, string? role, string[] aliases)
    {
        Id = id;
        Kind = kind;
        Name = name;
        Country = country;
        Role = role;
        Aliases = aliases;
    }

    public int Id { get; }

    public LexiconKind Kind { get; }

    /// <summary>Canonical display name ("Vladimir Putin", "Commonwealth of Independent States").</summary>
    public string Name { get; }

    /// <summary>ISO 3166-1 alpha-3, or null.</summary>
    public string? Country { get; }

    /// <summary>Display role ("President"), or null.</summary>
    public string? Role { get; }

    public string[] Aliases { get; }

    public ActorKind ActorKind => Kind == LexiconKind.Person ? ActorKind.Person
        : Kind == LexiconKind.Organization ? ActorKind.Organization : ActorKind.Location;

    public override string ToString() => Kind + " " + Name + (Country is null ? "" : " (" + Country + ")");
}

/// <summary>How a surface form matched.</summary>
[Flags]
internal enum SurfaceFlags : byte
{
    None = 0,

    /// <summary>An acronym ("US", "IS", "AP"): the text must match its letter case exactly.</summary>
    Acronym = 1,

    /// <summary>A person's surname alone, derived from the full name (weaker evidence).</summary>
    Surname = 2,

    /// <summary>The surface starts lower case ("al-Qaeda"): no capital needed.</summary>
    LowerStart = 4,

    /// <summary>The surface is the entry's canonical name.</summary>
    Canonical = 8,
}

/// <summary>A lexicon hit at a token: the entry and how many tokens it covers.</summary>
internal readonly struct LexiconMatch
{
    public LexiconMatch(LexiconEntry entry, int tokenCount, SurfaceFlags flags)
    {
        Entry = entry;
        TokenCount = tokenCount;
        Flags = flags;
    }

    public readonly LexiconEntry Entry;
    public readonly int TokenCount;
    public readonly SurfaceFlags Flags;
}
