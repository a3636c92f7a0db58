using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// Building: the derived verb table, then the curated lines over it, then every verb's inflected forms and the
// pattern words' ids (see EventLexicon.cs and the format in the header of Lexicons/Data/cameo_news.txt).
internal sealed partial class EventLexicon
{
    [MethodImpl(Hot.Once)]
    internal static EventLexicon Build(IEnumerable<string> derived, IEnumerable<string> curated)
    {
        var builder = new Builder();
        builder.ReadDerived(derived);
        builder.ReadCurated(curated);
        builder.AddVerbForms();
        builder.AddWordIds();
        foreach (var e in builder.Lexicon._verbs.Values)
        {
            e.IndexPatterns();
        }

        return builder.Lexicon;
    }

    [MethodImpl(Hot.Once)]
    private static bool IsFlagWord(string s)
    {
        foreach (var c in s)
        {
            if ("LSDMXORTIA".IndexOf(c) < 0)
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

    /// <summary>The state of one <see cref="Build"/>: the lexicon so far, irregular forms and pattern word ids.</summary>
    private sealed class Builder
    {
        private readonly Dictionary<string, List<string>> _irregular = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _wordIds = new Dictionary<string, int>(StringComparer.Ordinal);
        private int _nextWordId;

        public EventLexicon Lexicon { get; } = new EventLexicon();

        /// <summary>The derived table: lemma, code, irregular forms, patterns ("code:object" or "code:prep+noun").</summary>
        [MethodImpl(Hot.Once)]
        public void ReadDerived(IEnumerable<string> derived)
        {
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
        }

        /// <summary>Curated lines override; their patterns go first so they win over derived ones.</summary>
        [MethodImpl(Hot.Once)]
        public void ReadCurated(IEnumerable<string> curated)
        {
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
                        AddVerb(word, code, flags, forms);
                        break;
                    case "P":
                        // "P break --- agreement": that object makes the verb no event at all.
                        curatedPatterns.Add(new KeyValuePair<string, VerbPattern>(word, ParsePattern(code ?? VerbPattern.NoEvent, cols[3], curated: true)));
                        break;
                    case "N":
                        if (code != null)
                        {
                            AddNoun(word, code, flags);
                        }

                        break;
                }
            }

            for (var i = curatedPatterns.Count - 1; i >= 0; i--)
            {
                Entry(curatedPatterns[i].Key).Patterns.Insert(0, curatedPatterns[i].Value);
            }
        }

        /// <summary>Inflections: generated regular forms plus the listed irregular ones.</summary>
        [MethodImpl(Hot.Once)]
        public void AddVerbForms()
        {
            var lex = Lexicon;
            var forms = new Dictionary<string, List<VerbForm>>(StringComparer.Ordinal);
            foreach (var e in lex._verbs.Values)
            {
                var head = e.Particles.Length > 0 ? e.Lemma.Substring(0, e.Lemma.IndexOf(' ')) : e.Lemma;

                // Every dictionary verb, coded or not, helps tell where a noun phrase ends ("the visit marks ...").
                lex.AnyVerb.Set(head, true);
                foreach (var (form, _) in Inflect(head))
                {
                    lex.AnyVerb.Set(form, true);
                }

                if (_irregular.TryGetValue(e.Lemma, out var irr0))
                {
                    foreach (var f in irr0)
                    {
                        lex.AnyVerb.Set(f.IndexOf(' ') >= 0 ? f.Substring(0, f.IndexOf(' ')) : f, true);
                    }
                }

                // A silenced phrasal verb ("strike down --- ") stays: it shadows its head word's code ("strike" 190).
                if (e.Code == null && e.Patterns.Count == 0 && (e.Flags & (VerbFlags.Light | VerbFlags.Speech | VerbFlags.Directive)) == 0 && e.Particles.Length == 0)
                {
                    continue;
                }

                AddForm(forms, head, e, VerbFormKind.Base);
                foreach (var (form, kind) in Inflect(head))
                {
                    AddForm(forms, form, e, kind);
                }

                if (_irregular.TryGetValue(e.Lemma, out var irr))
                {
                    foreach (var f in irr)
                    {
                        var first = f.IndexOf(' ') >= 0 ? f.Substring(0, f.IndexOf(' ')) : f;
                        AddForm(forms, first, e, ClassifyIrregular(first));
                    }
                }
            }

            foreach (var kv in forms)
            {
                lex.VerbForms.Set(kv.Key, kv.Value.ToArray());
            }
        }

        /// <summary>Pattern words and their plurals (which map to the singular's id).</summary>
        [MethodImpl(Hot.Once)]
        public void AddWordIds()
        {
            var lex = Lexicon;
            foreach (var kv in _wordIds)
            {
                lex.WordIds.Set(kv.Key, kv.Value);
                foreach (var plural in Plurals(kv.Key))
                {
                    if (!_wordIds.ContainsKey(plural) && !lex.WordIds.TryGet(plural, out _))
                    {
                        lex.WordIds.Set(plural, kv.Value);
                    }
                }
            }
        }

        private void AddVerb(string word, string? code, string flags, string forms)
        {
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
                    case 'I': e.Flags |= VerbFlags.Intransitive; break;
                    case 'A': e.Flags |= VerbFlags.Armed; break;
                }
            }

            AddIrregular(word, forms);
        }

        private void AddNoun(string word, string code, string flags)
        {
            var lex = Lexicon;
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
        }

        private int WordId(string word)
        {
            if (!_wordIds.TryGetValue(word, out var id))
            {
                id = _nextWordId++;
                _wordIds[word] = id;
            }

            return id;
        }

        private VerbPattern ParsePattern(string code, string obj, bool curated = false)
        {
            obj = obj.Replace('_', ' '); // "air_strike": a two-word object (EventRun.PairWordId)
            var plus = obj.IndexOf('+');
            if (plus >= 0)
            {
                return new VerbPattern(WordId(obj.Substring(0, plus)), WordId(obj.Substring(plus + 1)), code, curated);
            }

            // A bare word that is a known preposition ("call on") is a prep-only pattern.
            return IsPreposition(obj) ? new VerbPattern(WordId(obj), -1, code, curated) : new VerbPattern(-1, WordId(obj), code, curated);
        }

        private VerbEntry Entry(string lemma)
        {
            if (!Lexicon._verbs.TryGetValue(lemma, out var e))
            {
                e = new VerbEntry(lemma);
                var words = lemma.Split(' ');
                if (words.Length > 1)
                {
                    var particles = new string[words.Length - 1];
                    Array.Copy(words, 1, particles, 0, particles.Length);
                    e.Particles = particles;
                }

                Lexicon._verbs[lemma] = e;
            }

            return e;
        }

        private void AddIrregular(string lemma, string forms)
        {
            if (forms.Length == 0)
            {
                return;
            }

            if (!_irregular.TryGetValue(lemma, out var list))
            {
                _irregular[lemma] = list = new List<string>();
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

        private static void AddForm(Dictionary<string, List<VerbForm>> forms, string form, VerbEntry e, VerbFormKind kind)
        {
            var key = TermKey.Normalize(form);
            if (!forms.TryGetValue(key, out var list))
            {
                forms[key] = list = new List<VerbForm>(1);
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
    }
}
