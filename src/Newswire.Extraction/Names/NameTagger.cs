using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Names;

/// <summary>
/// The statistical name tagger: an averaged perceptron over word, shape, affix, neighbour, sentence-context
/// and word-list features (see <see cref="WordFeatures"/>), trained on open NER data by <c>tools/TrainTagger</c>.
/// Thread-safe: the model is read-only and all scratch is per thread.
/// </summary>
internal sealed partial class NameTagger
{
    private const string ResourceName = "Newswire.Names.names.model";

    private static readonly Lazy<NameTagger> DefaultTagger = new Lazy<NameTagger>(LoadDefault, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

    [ThreadStatic]
    private static Scratch? _scratch;

    private readonly NameModel _model;

    // Per previous tag (and the start row), the tags greedy decoding may choose next, ascending; the second set
    // also leaves out the tags a sentence may not end on. The other tags score about Decoding.Forbidden, so they
    // can neither win nor be the runner-up that sets a finite margin: skipping them changes no result.
    private readonly int[][] _next;
    private readonly int[][] _nextAtEnd;
    private readonly OutsideBound _outside;

    internal NameTagger(NameModel model)
    {
        _model = model;
        (_next, _nextAtEnd) = Successors(model.Tags);
        _outside = new OutsideBound(model.Tags, model.MaskedTransitions);
    }

    /// <summary>The embedded model, loaded once; a tagger that finds nothing if the resource were missing or broken.</summary>
    public static NameTagger Default => _default ??= DefaultTagger.Value;

    // Lazy<T>.Value costs a little on every article; the loaded tagger is kept in a plain field too.
    private static NameTagger? _default;

    internal NameModel Model => _model;

    /// <summary>Whether the training text writes the word in lower case (the model's <see cref="WordClass.CommonLower"/> list).</summary>
    internal bool IsCommonLower(string text, int start, int length) =>
        _model.Words.TryGetValue(TermKey.NormalizeSpan(text, start, length), out var c) && (c & WordClass.CommonLower) != 0;

    /// <summary>Loads a model written by the trainer.</summary>
    public static NameTagger Load(Stream model) => new NameTagger(NameModel.Read(model));

    /// <summary>
    /// Numbers the words of every token of <paramref name="text"/> ahead of <see cref="Tag"/> (which then reuses the
    /// numbers), so that stages before tagging can key per-word memos by them too (<see cref="WordVectors.WordsOf"/>).
    /// </summary>
    public void Number(TokenizedText text)
    {
        if (_model.Keys.Length == 0)
        {
            return;
        }

        var vectors = WordVectors.For(_model);
        var words = vectors.BeginArticle(text);
        var tokens = text.Tokens;
        var source = text.Text;
        for (var i = 0; i < tokens.Length; i++)
        {
            words[i] = vectors.Find(source, tokens[i]);
        }

        vectors.EndArticle(text);
    }

    /// <summary>Tags every sentence of the text; appends names in text order (never overlapping, never crossing a sentence).</summary>
    public void Tag(TokenizedText text, List<TaggedName> output)
    {
        if (_model.Keys.Length == 0)
        {
            return;
        }

        var first = output.Count;

        // The thread's scratch and vector cache, fetched once per article (thread statics are slow to reach).
        var scratch = _scratch ??= new Scratch();
        var vectors = WordVectors.For(_model);
        // Words numbered ahead (Number) keep their numbers; otherwise they are numbered sentence by sentence here.
        var known = WordVectors.WordsOf(text, out var cache, out _);
        var numbered = known != null && ReferenceEquals(cache, vectors);
        var words = numbered ? known! : vectors.BeginArticle(text);
        foreach (var sentence in text.Sentences)
        {
            TagSentence(text, sentence, output, null, scratch, vectors, words, numbered);
        }

        if (!numbered)
        {
            vectors.EndArticle(text);
        }
        if (_model.DocumentConsistency)
        {
            DocumentPass.Apply(text, output, first);
        }
    }

    /// <summary>For the trainer: the raw (uncalibrated) span scores along with the names.</summary>
    internal void TagRaw(TokenizedText text, List<TaggedName> output, List<float> raw)
    {
        var scratch = _scratch ??= new Scratch();
        var vectors = WordVectors.For(_model);
        var words = vectors.BeginArticle(text);
        foreach (var sentence in text.Sentences)
        {
            TagSentence(text, sentence, output, raw, scratch, vectors, words, false);
        }

        vectors.EndArticle(text);

        if (_model.DocumentConsistency)
        {
            DocumentPass.Apply(text, output, 0, raw);
        }
    }

    [MethodImpl(Hot.Path)]
    private void TagSentence(TokenizedText text, in Sentence sentence, List<TaggedName> output, List<float>? raw, Scratch s, WordVectors vectors, int[] words, bool numbered)
    {
        var n = sentence.TokenCount;
        if (n == 0)
        {
            return;
        }

        s.Ensure(n, _model.Tags.Count);
        if (numbered)
        {
            EntriesOfNumbers(words, sentence.FirstToken, n, s.Entries, vectors.Stride);
        }
        else
        {
            ResolveEntries(text, sentence.FirstToken, n, s.Entries, vectors, words);
        }
        var caps = sentence.CapsUninformative;
        var opening = OpeningPunctuation(text.Tokens, sentence.FirstToken, n);
        if (_model.Decoder == Decoder.Greedy)
        {
            DecodeGreedy(s, vectors.Pool, vectors.PeakBase, n, caps, opening);
        }
        else
        {
            DecodeViterbi(s, vectors.Pool, n, caps, opening);
        }

        var from = output.Count;
        Emit(sentence.FirstToken, n, s, output, raw);
        NameRepairs.Apply(text, output, from, raw);
    }

    // Every token's cached vectors (two padding entries at each end, so neighbours need no bounds tests) and its word
    // number for the article (WordVectors.WordsOf); if the cache was cleared meanwhile, resolved again.
    [MethodImpl(Hot.Path)]
    private static void ResolveEntries(TokenizedText text, int first, int n, int[] entries, WordVectors vectors, int[] words)
    {
        var tokens = text.Tokens;
        var source = text.Text; // in a local: the store into entries made the loop reload it at every token
        var stride = vectors.Stride;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var generation = vectors.Generation;
            for (var i = 0; i < n; i++)
            {
                var word = vectors.Find(source, tokens[first + i]);
                words[first + i] = word;
                entries[i + 2] = word * stride;
            }

            if (generation == vectors.Generation)
            {
                break;
            }
        }

        entries[0] = entries[1] = entries[n + 2] = entries[n + 3] = WordVectors.Pad;
    }

    // ResolveEntries for an article whose words Number numbered (nothing was added to the cache since: no word is new).
    [MethodImpl(Hot.Path)]
    private static void EntriesOfNumbers(int[] words, int first, int n, int[] entries, int stride)
    {
        for (var i = 0; i < n; i++)
        {
            entries[i + 2] = words[first + i] * stride;
        }

        entries[0] = entries[1] = entries[n + 2] = entries[n + 3] = WordVectors.Pad;
    }

    // How many punctuation tokens open the sentence (not counting its last token): the first word after them is
    // still sentence-initial (see WordFeatures.Context).
    private static int OpeningPunctuation(Token[] tokens, int first, int n)
    {
        var opening = 0;
        while (opening < n - 1 && tokens[first + opening].Kind == TokenKind.Punctuation)
        {
            opening++;
        }

        return opening;
    }

    private void Emit(int first, int n, Scratch s, List<TaggedName> output, List<float>? raw)
    {
        var tags = _model.Tags;
        var start = -1;
        NameType type = 0;
        for (var i = 0; i <= n; i++)
        {
            var tag = i < n ? s.Tags[i] : 0;
            if (tag == 0 && start < 0)
            {
                continue;
            }

            var part = tags.PartOf(tag);
            var t = tags.TypeOf(tag);
            var continues = start >= 0 && t == type && (part == TagPart.Inside || part == TagPart.Last);
            if (!continues && start >= 0)
            {
                Add(first, start, i - start, type, s, output, raw);
                start = -1;
            }

            if (part != TagPart.Outside && !continues)
            {
                start = i;
                type = t;
            }

            if (start >= 0 && (part == TagPart.Last || part == TagPart.Unit))
            {
                Add(first, start, i - start + 1, type, s, output, raw);
                start = -1;
            }
        }
    }

    private void Add(int first, int start, int count, NameType type, Scratch s, List<TaggedName> output, List<float>? raw)
    {
        var score = float.PositiveInfinity;
        for (var i = start; i < start + count; i++)
        {
            score = Math.Min(score, s.Margins[i]);
        }

        // The decision to stop the name where it stops counts too.
        if (start + count < s.Length)
        {
            score = Math.Min(score, s.Margins[start + count]);
        }

        if (float.IsInfinity(score))
        {
            score = 100f;
        }

        raw?.Add(score);
        output.Add(new TaggedName(first + start, count, type, _model.Calibrate(score)));
    }

    internal static (int[][] Next, int[][] NextAtEnd) Successors(TagSet tags)
    {
        var T = tags.Count;
        var next = new int[T + 1][];
        var atEnd = new int[T + 1][];
        var list = new List<int>(T);
        var all = new int[T];
        for (var t = 0; t < T; t++)
        {
            all[t] = t;
        }

        for (var p = 0; p <= T; p++)
        {
            list.Clear();
            for (var t = 0; t < T; t++)
            {
                if (tags.Allowed(p, t))
                {
                    list.Add(t);
                }
            }

            next[p] = list.Count > 0 ? list.ToArray() : all;
            list.RemoveAll(t => !tags.CanEnd(t));
            atEnd[p] = list.Count > 0 ? list.ToArray() : all; // no allowed choice: scan every tag, as the full row does
        }

        return (next, atEnd);
    }

    private static NameTagger LoadDefault()
    {
        try
        {
            using var stream = typeof(NameTagger).Assembly.GetManifestResourceStream(ResourceName);
            if (stream != null)
            {
                return Load(stream);
            }
        }
        catch (Exception)
        {
            // A missing or damaged resource must not break extraction: the tagger then finds no names.
        }

        return new NameTagger(Empty());
    }

    private static NameModel Empty()
    {
        var tags = TagSet.Of(TagScheme.Bio);
        return new NameModel(TagScheme.Bio, Decoder.Greedy, false, new float[(tags.Count + 1) * tags.Count], Array.Empty<uint>(), Array.Empty<sbyte>(), 1f,
            Array.Empty<KeyValuePair<string, WordClass>>(), Array.Empty<float>(), Array.Empty<float>());
    }

    private sealed class Scratch
    {
        public int[] Entries = new int[64];
        public float[] Emissions = new float[64 * 17];
        public float[] Delta = new float[64 * 17];
        public int[] Back = new int[64 * 17];
        public int[] Tags = new int[64];
        public float[] Margins = new float[64];
        public int Length;

        public void Ensure(int n, int tags)
        {
            Length = n;
            if (Entries.Length < n + 4)
            {
                var size = Math.Max(n + 4, Entries.Length * 2);
                Entries = new int[size];
                Tags = new int[size];
                Margins = new float[size];
            }

            if (Emissions.Length < n * tags)
            {
                var size = Math.Max(n * tags, Emissions.Length * 2);
                Emissions = new float[size];
                Delta = new float[size];
                Back = new int[size];
            }
        }
    }
}
