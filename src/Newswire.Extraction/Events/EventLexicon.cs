using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Text;

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
    public VerbPattern(int prep, int noun, string code)
    {
        Prep = prep;
        Noun = noun;
        Code = code;
    }

    /// <summary>Word id of the preposition, or -1 for a direct object.</summary>
    public readonly int Prep;

    /// <summary>Word id of the noun (any inflection maps to it), or -1 for a bare preposition ("call on").</summary>
    public readonly int Noun;

    public readonly string Code;
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

/// <summary>
/// The event vocabulary: CAMEO verbs (derived table) overlaid with the curated news patterns, event nouns,
/// and word ids for pattern objects. Built once from the embedded resources; read-only afterwards.
/// </summary>
internal sealed class EventLexicon
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
    internal TermTable<TokenFacts> Facts => _facts ??= TokenFacts.Build(this);

    private TermTable<TokenFacts>? _facts;

    public VerbEntry? Verb(string lemma) => _verbs.TryGetValue(lemma, out var v) ? v : null;

    public int VerbCount => _verbs.Count;

    /// <summary>The lines of an embedded lexicon file (see <see cref="Lexicons.LexiconResources"/>).</summary>
    internal static IEnumerable<string> ReadResource(string file) => Lexicons.LexiconResources.ReadLines(file);

    [MethodImpl(Hot.Once)]
    internal static EventLexicon Build(IEnumerable<string> derived, IEnumerable<string> curated)
    {
        var lex = new EventLexicon();
        var irregular = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var nextWordId = 0;
        var wordIds = new Dictionary<string, int>(StringComparer.Ordinal);

        int WordId(string word)
        {
            if (!wordIds.TryGetValue(word, out var id))
            {
                id = nextWordId++;
                wordIds[word] = id;
            }

            return id;
        }

        VerbPattern ParsePattern(string code, string obj)
        {
            var plus = obj.IndexOf('+');
            if (plus >= 0)
            {
                return new VerbPattern(WordId(obj.Substring(0, plus)), WordId(obj.Substring(plus + 1)), code);
            }

            // A bare word that is a known preposition ("call on") is a prep-only pattern.
            return IsPreposition(obj) ? new VerbPattern(WordId(obj), -1, code) : new VerbPattern(-1, WordId(obj), code);
        }

        VerbEntry Entry(string lemma)
        {
            if (!lex._verbs.TryGetValue(lemma, out var e))
            {
                e = new VerbEntry(lemma);
                var words = lemma.Split(' ');
                if (words.Length > 1)
                {
                    var particles = new string[words.Length - 1];
                    Array.Copy(words, 1, particles, 0, particles.Length);
                    e.Particles = particles;
                }

                lex._verbs[lemma] = e;
            }

            return e;
        }

        void AddIrregular(string lemma, string forms)
        {
            if (forms.Length == 0)
            {
                return;
            }

            if (!irregular.TryGetValue(lemma, out var list))
            {
                irregular[lemma] = list = new List<string>();
            }

            foreach (var f in forms.Split(','))
            {
                var t = f.Trim().Replace('_', ' ');
                if (t.Length > 0)
                {
                    list.Add(t);
                }
            }
        }

        foreach (var line in derived)
        {
            var cols = line.Split('\t');
            if (cols.Length < 2)
            {
                continue;
            }

            var e = Entry(cols[0]);
            e.Code = cols[1] == "---" ? null : cols[1];
            if (cols.Length > 2)
            {
                AddIrregular(cols[0], cols[2]);
            }

            if (cols.Length > 3 && cols[3].Length > 0)
            {
                foreach (var p in cols[3].Split(' '))
                {
                    var colon = p.IndexOf(':');
                    if (colon > 0)
                    {
                        e.Patterns.Add(ParsePattern(p.Substring(0, colon), p.Substring(colon + 1)));
                    }
                }
            }
        }

        // Curated lines override; their patterns go first so they win over derived ones.
        var curatedPatterns = new List<KeyValuePair<string, VerbPattern>>();
        foreach (var line in curated)
        {
            var cols = line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            if (cols.Length < 3)
            {
                continue;
            }

            var word = cols[1].Replace('_', ' ');
            var code = cols[2] == "---" ? null : cols[2];
            var flags = cols.Length > 3 && !cols[3].Contains(",") && IsFlagWord(cols[3]) ? cols[3] : "";
            var forms = cols.Length > 4 ? cols[4] : cols.Length > 3 && flags.Length == 0 ? cols[3] : "";
            switch (cols[0])
            {
                case "V":
                    var e = Entry(word);
                    e.Code = code;
                    e.Flags = VerbFlags.None;
                    foreach (var c in flags)
                    {
                        switch (c)
                        {
                            case 'L': e.Flags |= VerbFlags.Light; break;
                            case 'S': e.Flags |= VerbFlags.Speech; break;
                            case 'D': e.Flags |= VerbFlags.Directive; break;
                            case 'M': e.Flags |= VerbFlags.Movement; break;
                            case 'X': e.Patterns.Clear(); break;
                            case 'R': e.Flags |= VerbFlags.Reciprocal; break;
                            case 'T': e.Flags |= VerbFlags.NeedsObject; break;
                        }
                    }

                    AddIrregular(word, forms);
                    break;
                case "P":
                    if (code != null)
                    {
                        curatedPatterns.Add(new KeyValuePair<string, VerbPattern>(word, ParsePattern(code, cols[3])));
                    }

                    break;
                case "N":
                    if (code == null)
                    {
                        break;
                    }

                    var nf = NounFlags.None;
                    foreach (var c in flags)
                    {
                        nf |= c == 'O' ? NounFlags.ObjectOnly : c == 'M' ? NounFlags.Movement : NounFlags.None;
                    }

                    var noun = new NounEntry(word, code, nf);
                    var table = word.IndexOf(' ') >= 0 ? lex.Compounds : lex.Nouns;
                    table.Set(word, noun);
                    foreach (var plural in Plurals(word))
                    {
                        if (!table.TryGet(plural, out _))
                        {
                            table.Set(plural, noun);
                        }

                        if (table == lex.Compounds)
                        {
                            lex.CompoundTails.Set(plural.Substring(plural.LastIndexOf(' ') + 1), true);
                        }
                    }

                    if (table == lex.Compounds)
                    {
                        lex.CompoundTails.Set(word.Substring(word.LastIndexOf(' ') + 1), true);
                    }

                    break;
            }
        }

        for (var i = curatedPatterns.Count - 1; i >= 0; i--)
        {
            Entry(curatedPatterns[i].Key).Patterns.Insert(0, curatedPatterns[i].Value);
        }

        // Inflections: generated regular forms plus the listed irregular ones.
        var forms2 = new Dictionary<string, List<VerbForm>>(StringComparer.Ordinal);

        void AddForm(string form, VerbEntry e, VerbFormKind kind)
        {
            var key = TermKey.Normalize(form);
            if (!forms2.TryGetValue(key, out var list))
            {
                forms2[key] = list = new List<VerbForm>(1);
            }

            foreach (var f in list)
            {
                if (ReferenceEquals(f.Entry, e))
                {
                    return;
                }
            }

            // Multi-word entries first: they are checked for their particles, then single words.
            if (e.Particles.Length > 0)
            {
                list.Insert(0, new VerbForm(e, kind));
            }
            else
            {
                list.Add(new VerbForm(e, kind));
            }
        }

        foreach (var e in lex._verbs.Values)
        {
            var head = e.Particles.Length > 0 ? e.Lemma.Substring(0, e.Lemma.IndexOf(' ')) : e.Lemma;

            // Every dictionary verb, coded or not, helps tell where a noun phrase ends ("the visit marks ...").
            lex.AnyVerb.Set(head, true);
            foreach (var (form, _) in Inflect(head))
            {
                lex.AnyVerb.Set(form, true);
            }

            if (irregular.TryGetValue(e.Lemma, out var irr0))
            {
                foreach (var f in irr0)
                {
                    lex.AnyVerb.Set(f.IndexOf(' ') >= 0 ? f.Substring(0, f.IndexOf(' ')) : f, true);
                }
            }

            if (e.Code == null && e.Patterns.Count == 0 && (e.Flags & (VerbFlags.Light | VerbFlags.Speech | VerbFlags.Directive)) == 0)
            {
                continue;
            }

            AddForm(head, e, VerbFormKind.Base);
            foreach (var (form, kind) in Inflect(head))
            {
                AddForm(form, e, kind);
            }

            if (irregular.TryGetValue(e.Lemma, out var irr))
            {
                foreach (var f in irr)
                {
                    var first = f.IndexOf(' ') >= 0 ? f.Substring(0, f.IndexOf(' ')) : f;
                    AddForm(first, e, ClassifyIrregular(first));
                }
            }
        }

        foreach (var kv in forms2)
        {
            lex.VerbForms.Set(kv.Key, kv.Value.ToArray());
        }

        foreach (var kv in wordIds)
        {
            lex.WordIds.Set(kv.Key, kv.Value);
            foreach (var plural in Plurals(kv.Key))
            {
                if (!wordIds.ContainsKey(plural) && !lex.WordIds.TryGet(plural, out _))
                {
                    lex.WordIds.Set(plural, kv.Value);
                }
            }
        }

        return lex;
    }

    [MethodImpl(Hot.Once)]
    private static bool IsFlagWord(string s)
    {
        foreach (var c in s)
        {
            if ("LSDMXORT".IndexOf(c) < 0)
            {
                return false;
            }
        }

        return s.Length > 0;
    }

    private static bool IsPreposition(string w)
    {
        switch (w)
        {
            case "on":
            case "upon":
            case "for":
            case "with":
            case "at":
            case "to":
            case "in":
            case "against":
            case "from":
            case "by":
            case "over":
            case "into":
            case "off":
            case "out":
            case "up":
            case "down":
            case "about":
                return true;
            default:
                return false;
        }
    }

    private static VerbFormKind ClassifyIrregular(string form)
    {
        if (form.EndsWith("ing", StringComparison.Ordinal))
        {
            return VerbFormKind.Gerund;
        }

        return form.EndsWith("s", StringComparison.Ordinal) && !form.EndsWith("ss", StringComparison.Ordinal)
            ? VerbFormKind.ThirdPerson
            : VerbFormKind.Past;
    }

    private static bool IsVowel(char c) => c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';

    /// <summary>Regular inflections of a verb; a doubled final consonant is generated as an alternative.</summary>
    internal static IEnumerable<(string Form, VerbFormKind Kind)> Inflect(string w)
    {
        if (w.Length < 2)
        {
            yield break;
        }

        var last = w[w.Length - 1];
        var prev = w[w.Length - 2];
        if (last == 'y' && !IsVowel(prev))
        {
            var stem = w.Substring(0, w.Length - 1);
            yield return (stem + "ies", VerbFormKind.ThirdPerson);
            yield return (stem + "ied", VerbFormKind.Past);
            yield return (w + "ing", VerbFormKind.Gerund);
            yield break;
        }

        if (last == 's' || last == 'x' || last == 'z' || w.EndsWith("ch", StringComparison.Ordinal) || w.EndsWith("sh", StringComparison.Ordinal) || last == 'o')
        {
            yield return (w + "es", VerbFormKind.ThirdPerson);
        }
        else
        {
            yield return (w + "s", VerbFormKind.ThirdPerson);
        }

        if (last == 'e')
        {
            yield return (w + "d", VerbFormKind.Past);
            yield return (w.EndsWith("ee", StringComparison.Ordinal) ? w + "ing" : w.Substring(0, w.Length - 1) + "ing", VerbFormKind.Gerund);
            if (w.EndsWith("ie", StringComparison.Ordinal))
            {
                yield return (w.Substring(0, w.Length - 2) + "ying", VerbFormKind.Gerund);
            }

            yield break;
        }

        yield return (w + "ed", VerbFormKind.Past);
        yield return (w + "ing", VerbFormKind.Gerund);
        if (!IsVowel(last) && last != 'w' && last != 'x' && last != 'y' && IsVowel(prev) && (w.Length < 3 || !IsVowel(w[w.Length - 3])))
        {
            yield return (w + last + "ed", VerbFormKind.Past);
            yield return (w + last + "ing", VerbFormKind.Gerund);
        }
    }

    /// <summary>Regular plurals of a noun (of the last word of a compound).</summary>
    internal static IEnumerable<string> Plurals(string w)
    {
        if (w.Length < 2 || w.EndsWith("s", StringComparison.Ordinal))
        {
            yield break;
        }

        var last = w[w.Length - 1];
        if (last == 'y' && !IsVowel(w[w.Length - 2]))
        {
            yield return w.Substring(0, w.Length - 1) + "ies";
        }
        else if (last == 'x' || last == 'z' || w.EndsWith("ch", StringComparison.Ordinal) || w.EndsWith("sh", StringComparison.Ordinal))
        {
            yield return w + "es";
        }
        else
        {
            yield return w + "s";
        }
    }
}
