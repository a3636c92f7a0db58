using System;
using System.Collections.Generic;

namespace Newswire.Extraction.Events;

[Flags]
internal enum VerbFlags : byte
{
    None = 0,

    /// <summary>An event noun in the object decides the code ("held talks").</summary>
    Light = 1,

    /// <summary>Speech verb: closing "X said" attributes the sentence.</summary>
    Speech = 2,

    /// <summary>Directive: its complement is content, not a separate event ("urged X to negotiate").</summary>
    Directive = 4,

    /// <summary>Movement: "to X" / "in X" is the place visited.</summary>
    Movement = 8,

    /// <summary>Mutual: "X and Y agree" with no other party is an act of each toward the other.</summary>
    Reciprocal = 16,

    /// <summary>The default code needs a named object right after the verb ("called Macron").</summary>
    NeedsObject = 32,

    /// <summary>Intransitive: the default code only with no direct object ("protesters demonstrated outside the
    /// embassy"; "the strikes demonstrate its resolve" is showing, "rallied support" is gathering).</summary>
    Intransitive = 64,

    /// <summary>Armed use only: the default code needs a weapon or armed unit as the subject or the passive's doer
    /// ("Ukrainian drones hit a depot", "was hit by artillery fire"; "tariffs hit exports" is no attack).</summary>
    Armed = 128,
}

[Flags]
internal enum NounFlags : byte
{
    None = 0,

    /// <summary>Only an event as the object of a verb ("signed an agreement").</summary>
    ObjectOnly = 1,

    /// <summary>"visit to X": the place visited.</summary>
    Movement = 2,
}

internal enum VerbFormKind : byte
{
    Base = 0,
    ThirdPerson = 1,
    Past = 2,
    Gerund = 3,
}

/// <summary>"verb ... [prep] noun" gives <see cref="Code"/>.</summary>
internal readonly struct VerbPattern
{
    /// <summary>The code of a pattern whose object makes its verb no event ("broke an agreement").</summary>
    public const string NoEvent = "---";

    public VerbPattern(int prep, int noun, string code, bool curated = false)
    {
        Prep = prep;
        Noun = noun;
        Code = code;
        Curated = curated;
    }

    /// <summary>Word id of the preposition, or -1 for a direct object.</summary>
    public readonly int Prep;

    /// <summary>Word id of the noun (any inflection maps to it), or -1 for a bare preposition ("call on").</summary>
    public readonly int Noun;

    public readonly string Code;

    /// <summary>Hand-written (cameo_news.txt): it wins over a light verb's event noun ("gave them 14 days to allow aid").</summary>
    public readonly bool Curated;
}

internal sealed class VerbEntry
{
    public VerbEntry(string lemma)
    {
        Lemma = lemma;
    }

    public string Lemma { get; }

    /// <summary>Default code, or null when the verb is an event only through a pattern or an object noun.</summary>
    public string? Code { get; set; }

    public VerbFlags Flags { get; set; }

    /// <summary>Words that must follow the verb ("out" of "carry out"), normalized.</summary>
    public string[] Particles { get; set; } = Array.Empty<string>();

    public List<VerbPattern> Patterns { get; } = new List<VerbPattern>();

    /// <summary>
    /// Bit (id mod 64) set for each word id a pattern can match at its word (its noun, or the preposition of a
    /// prep-only pattern): a clear bit means no pattern of the verb matches that word, so it is not scanned.
    /// All bits until <see cref="IndexPatterns"/> runs.
    /// </summary>
    public ulong PatternIds { get; private set; } = ulong.MaxValue;

    /// <summary>Fills <see cref="PatternIds"/> from <see cref="Patterns"/> (once they are complete).</summary>
    public void IndexPatterns()
    {
        var ids = 0UL;
        foreach (var p in Patterns)
        {
            ids |= 1UL << (p.Noun == -1 ? p.Prep : p.Noun);
        }

        PatternIds = ids;
    }

    public bool Has(VerbFlags f) => (Flags & f) != 0;

    public override string ToString() => Lemma + " " + (Code ?? "---");
}

internal readonly struct VerbForm
{
    public VerbForm(VerbEntry entry, VerbFormKind kind)
    {
        Entry = entry;
        Kind = kind;
    }

    public readonly VerbEntry Entry;
    public readonly VerbFormKind Kind;
}

internal sealed class NounEntry
{
    public NounEntry(string noun, string code, NounFlags flags)
    {
        Noun = noun;
        Code = code;
        Flags = flags;
    }

    public string Noun { get; }

    public string Code { get; }

    public NounFlags Flags { get; }

    public bool Has(NounFlags f) => (Flags & f) != 0;

    public override string ToString() => Noun + " " + Code;
}
