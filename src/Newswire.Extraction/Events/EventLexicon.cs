using System;
using System.Collections.Generic;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

/// <summary>
/// The event vocabulary: CAMEO verbs (derived table) overlaid with the curated news patterns, event nouns,
/// and word ids for pattern objects. Built once from the embedded resources; read-only afterwards.
/// </summary>
internal sealed partial class EventLexicon
{
    private static EventLexicon? _default;

    private readonly Dictionary<string, VerbEntry> _verbs = new Dictionary<string, VerbEntry>(StringComparer.Ordinal);

    private EventLexicon()
    {
    }

    public static EventLexicon Default => _default ??= Build(ReadResource("cameo_verbs.txt"), ReadResource("cameo_news.txt"));

    /// <summary>Inflected verb form (first word of the verb) to the entries it may belong to.</summary>
    public TermTable<VerbForm[]> VerbForms { get; } = new TermTable<VerbForm[]>(8192);

    /// <summary>Every inflected form of every dictionary verb, with or without a code.</summary>
    public TermTable<bool> AnyVerb { get; } = new TermTable<bool>(8192);

    /// <summary>Single-word event nouns, plurals included.</summary>
    public TermTable<NounEntry> Nouns { get; } = new TermTable<NounEntry>(256);

    /// <summary>Two-word event nouns ("phone call", "drone attack"), keyed "a b".</summary>
    public TermTable<NounEntry> Compounds { get; } = new TermTable<NounEntry>(64);

    /// <summary>Last words of <see cref="Compounds"/>: only these make a two-word lookup worth trying.</summary>
    public TermTable<bool> CompoundTails { get; } = new TermTable<bool>(64);

    /// <summary>Word ids of pattern nouns and prepositions (plurals map to the singular's id).</summary>
    public TermTable<int> WordIds { get; } = new TermTable<int>(4096);

    /// <summary>
    /// Per-word facts for <see cref="EventRun"/>: the <see cref="Words.Info"/> value plus bits saying whether the
    /// word may be a time-expression starter, an event noun, a compound tail or a verb form, so a sentence needs
    /// one probe per token and the larger tables are probed only for words that are in them.
    /// </summary>
    internal TermTable<TokenFacts> Facts => BuiltFacts.Table;

    /// <summary>The per-token probe of <see cref="Facts"/> (punctuation and numbers without a hash probe).</summary>
    internal FactsProbe FactsProbe => BuiltFacts.Probe;

    /// <summary>The nouns and verb forms <see cref="TokenFacts.Target"/> numbers.</summary>
    internal FactTarget[] FactTargets => BuiltFacts.Targets;

    // The table and its targets are published together (threads racing to build make equal copies).
    private FactsBuilt BuiltFacts => _facts ??= new FactsBuilt(TokenFacts.Build(this, out var targets), targets);

    private FactsBuilt? _facts;

    private sealed class FactsBuilt
    {
        public FactsBuilt(TermTable<TokenFacts> table, FactTarget[] targets)
        {
            Table = table;
            Targets = targets;
            Probe = new FactsProbe(table);
        }

        public FactsProbe Probe { get; }

        public TermTable<TokenFacts> Table { get; }

        public FactTarget[] Targets { get; }
    }

    public VerbEntry? Verb(string lemma) => _verbs.TryGetValue(lemma, out var v) ? v : null;

    public int VerbCount => _verbs.Count;

    /// <summary>Every verb entry (for tests).</summary>
    internal IEnumerable<VerbEntry> Verbs => _verbs.Values;

    /// <summary>The lines of an embedded lexicon file (see <see cref="Lexicons.LexiconResources"/>).</summary>
    internal static IEnumerable<string> ReadResource(string file) => Lexicons.LexiconResources.ReadLines(file);
}
