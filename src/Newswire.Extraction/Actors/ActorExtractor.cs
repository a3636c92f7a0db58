using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Analysis;
using Newswire.Extraction.Diagnostics;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Actors;

/// <summary>
/// Finds the people, organizations and places of an article and links their mentions. One left-to-right pass
/// over each sentence builds capitalized chunks (lexicon phrases may bridge lower-case connectors), each chunk
/// is read as a titled person, a lexicon actor, an organization or place by its last word, or an unknown name;
/// a second pass links surnames, acronyms, headline words and descriptions ("the Russian leader") to them.
/// The run's stages live in Propose/ (chunks and what they name), Resolve/ (actors, identities, spans) and
/// Link/ (pronouns, descriptions, pending words); Run.cs orders them, Result.cs builds the output.
/// </summary>
internal static partial class ActorExtractor
{
    /// <summary>Extracts actors from the tokenized regions of <paramref name="document"/>.</summary>
    public static ActorExtractionResult Extract(AnalysisDocument document, TokenizedText tokens)
    {
        var lexicon = Lexicon.For(document.Options.LexiconText);
        var run = new Run(tokens, lexicon, document.Options.MaxActorsPerArticle);
        run.Execute();
        if (run.CapReached)
        {
            document.Diagnostics.Add(DiagnosticCatalog.TooManyActors, run.CapOffset, 0, document.Options.MaxActorsPerArticle);
        }

        var result = run.Result(document);
        run.Release();
        return result;
    }

    /// <summary>Extracts with default options (tests).</summary>
    internal static ActorExtractionResult Extract(TokenizedText tokens, Lexicon lexicon, int maxActors = ExtractionOptions.DefaultMaxActorsPerArticle)
    {
        var run = new Run(tokens, lexicon, maxActors);
        run.Execute();
        var result = run.Result(null);
        run.Release();
        return result;
    }

    // Per-thread lists of a run, reused from one article to the next (a nested run gets its own).
    private sealed class Lists
    {
        [ThreadStatic]
        private static Lists? _pooled;

        public readonly RefList<RawMention> Mentions = new RefList<RawMention>(64);
        public readonly RefList<RawMention> Named = new RefList<RawMention>(64);
        public readonly RefList<RawMention> Kept = new RefList<RawMention>(64);
        public readonly List<Segment> Segs = new List<Segment>(16);
        public readonly List<Names.TaggedName> Tagged = new List<Names.TaggedName>(64);
        public readonly List<Names.TaggedName> Fallback = new List<Names.TaggedName>(8);
        public readonly List<MentionState> States = new List<MentionState>(64);
        public readonly List<int> Overlapping = new List<int>(4);

        // The run's actor tables (lookups only, never enumerated), reused so they need not grow again per article.
        public readonly Dictionary<int, ActorBuilder> ByEntry = new Dictionary<int, ActorBuilder>();
        public readonly Dictionary<string, ActorBuilder> ByKey = new Dictionary<string, ActorBuilder>(StringComparer.Ordinal);
        public readonly List<ActorBuilder> Actors = new List<ActorBuilder>(16);
        public readonly List<(int Token, int Sentence)> Pending = new List<(int, int)>();
        public readonly List<(int First, int Count, int HeadToken, string? Country, bool Capitalized)> Descriptions = new List<(int, int, int, string?, bool)>();
        public readonly List<int> CapsSentences = new List<int>();
        public readonly List<(int Token, ActorKind Kind)> Pronouns = new List<(int, ActorKind)>();
        public readonly List<(int First, int End)> Vetoes = new List<(int First, int End)>();
        public readonly HashSet<int> PlaceEnds = new HashSet<int>();
        public readonly List<int> Later = new List<int>();
        public readonly List<ActorBuilder> Persons = new List<ActorBuilder>();
        public readonly List<ActorBuilder> Used = new List<ActorBuilder>();
        public readonly RefList<int> LowerAfterCapitals = new RefList<int>(16);
        public readonly RefList<int> CapitalsAfterLower = new RefList<int>(16);

        // The run's word tables (surname words, aliases, names by kind): lookups only, so a reused table answers as a new one.
        public TermTable<ActorBuilder> PersonWords = NewTable();
        public TermTable<ActorBuilder> Aliases = NewTable();
        public readonly TermTable<ActorBuilder>[] ByName = { NewTable(), NewTable(), NewTable() };

        public static Lists Rent()
        {
            var l = _pooled ?? new Lists();
            _pooled = null;
            l.Mentions.Clear();
            l.Segs.Clear();
            l.ByEntry.Clear();
            l.ByKey.Clear();
            l.Actors.Clear();
            l.Pending.Clear();
            l.Descriptions.Clear();
            l.CapsSentences.Clear();
            l.Pronouns.Clear();
            l.Vetoes.Clear();
            l.PlaceEnds.Clear();
            l.Later.Clear();
            l.Persons.Clear();
            l.Used.Clear();
            l.LowerAfterCapitals.Clear();
            l.CapitalsAfterLower.Clear();
            l.ClearTables();
            return l;
        }

        // Clearing costs the table's whole size: a table that grew past its first size is replaced instead, so a large
        // article does not make every later (small) article clear a large table.
        private void ClearTables()
        {
            PersonWords = Cleared(PersonWords);
            Aliases = Cleared(Aliases);
            for (var k = 0; k < ByName.Length; k++)
            {
                ByName[k] = Cleared(ByName[k]);
            }
        }

        private static TermTable<ActorBuilder> NewTable() => new TermTable<ActorBuilder>(TableEntries);

        private static TermTable<ActorBuilder> Cleared(TermTable<ActorBuilder> table)
        {
            if (table.Count > TableEntries)
            {
                return NewTable();
            }

            table.Clear();
            return table;
        }

        // Entries a new word table holds before it grows (16 slots: a table keeps at most half its slots full).
        private const int TableEntries = 8;

        public static void Return(Lists l)
        {
            if (l.Mentions.Capacity > 1 << 14 || l.Named.Capacity > 1 << 14 || l.Kept.Capacity > 1 << 14 || l.Tagged.Capacity > 1 << 14
                || l.ByKey.Count > 1 << 10 || l.ByEntry.Count > 1 << 10 || l.PlaceEnds.Count > 1 << 10)
            {
                return;
            }

            l.Mentions.Clear();
            l.Named.Clear();
            l.Kept.Clear();
            l.Segs.Clear();
            l.Tagged.Clear();
            l.ByEntry.Clear();
            l.ByKey.Clear();
            l.Actors.Clear();
            l.Pending.Clear();
            l.Descriptions.Clear();
            l.CapsSentences.Clear();
            l.Pronouns.Clear();
            l.Vetoes.Clear();
            l.PlaceEnds.Clear();
            l.Later.Clear();
            l.Persons.Clear();
            l.Used.Clear();
            l.ClearTables();
            _pooled = l;
        }
    }

    private sealed class ActorBuilder
    {
        public ActorBuilder(string name, ActorKind kind, string? country, LexiconEntry? entry, int first)
        {
            Name = name;
            Kind = kind;
            Country = country;
            Entry = entry;
            First = first;
        }

        public string Name;
        public readonly ActorKind Kind;
        public string? Country;
        public readonly LexiconEntry? Entry;
        public readonly int First;
        // Most actors get no role and many no alias: the lists are made on first use (RoleArray/AliasArray read without).
        private List<string>? _roles;
        private List<string>? _aliases;

        public List<string> Roles => _roles ??= new List<string>();

        public List<string> Aliases => _aliases ??= new List<string>();

        public int RoleCount => _roles?.Count ?? 0;

        public string[] RoleArray() => _roles == null ? Array.Empty<string>() : _roles.ToArray();

        public string[] AliasArray() => _aliases == null ? Array.Empty<string>() : _aliases.ToArray();

        public bool HasAliases => _aliases != null;
        public int Index = -1;
        public int ResultIndex = -1;
        public int SpanCount;
        public int LastMention;

        // Confirmed by the tagger's arbitration (a mention of it confirmed, added or kept as evidence; see ArbitrateNames).
        public bool TaggerConfirmed;

        // Where ResolveDescriptions last saw the person named (-1: not yet).
        public int LastSeen = -1;
        public bool EntrySurnameDone;

        // The best confidence of its exported mentions (set by Result).
        public float Confidence;
    }

    private struct RawMention
    {
        public int First;
        public int Count;
        public ActorBuilder Actor;
        public MentionKind Kind;

        // The name alone inside the mention (no determiner, title or place head: CoNLL spans); the whole span when the same.
        public int NameFirst;
        public int NameCount;

        // How sure the stage that made the mention is, in [0, 1].
        public float Confidence;

        // Its name is one the lexicon knows (the actor's entry, or a country acting as a state).
        public bool Known;

        // A name mention of [first, end) whose span is the name alone.
        public static RawMention Name(int first, int end, ActorBuilder actor, float confidence, bool known) => new RawMention
        {
            First = first,
            Count = end - first,
            Actor = actor,
            Kind = MentionKind.Name,
            NameFirst = first,
            NameCount = end - first,
            Confidence = confidence,
            Known = known,
        };
    }

    private enum Seg : byte
    {
        Name,
        Lex,
        Demonym,
        TitleHead,
        TitleModifier,
        Connector,
    }

    private struct Segment
    {
        public int Start;
        public int Count;
        public Seg Type;
        public LexiconEntry? Entry;
        public SurfaceFlags Flags;
        public string? Country;
    }
}
