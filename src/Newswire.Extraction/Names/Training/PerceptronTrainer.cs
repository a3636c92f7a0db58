using System;
using System.Collections.Generic;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Names.Training;

/// <summary>
/// Trains the name tagger: a structured averaged perceptron (Collins 2002) over the keys of
/// <see cref="WordFeatures"/>, decoding as the tagger does, then prunes small weights and quantises the rest to
/// 8 bits. Deterministic: feature ids follow the documents' order, the shuffle has a fixed seed, and the model
/// is written sorted.
/// </summary>
internal sealed class PerceptronTrainer
{
    private readonly TrainerOptions _options;
    private readonly TagSet _tags;
    private readonly Dictionary<string, WordClass> _words;
    private readonly IReadOnlyList<KeyValuePair<string, WordClass>> _wordList;
    private readonly Dictionary<ulong, int> _featureIds = new Dictionary<ulong, int>();
    private readonly List<ulong> _featureKeys = new List<ulong>();
    private readonly Dictionary<string, int> _typeIds = new Dictionary<string, int>(StringComparer.Ordinal);
    private readonly List<int[][]> _types = new List<int[][]>();
    private readonly List<ulong>[] _buffer = WordFeatures.NewBuffer();

    public PerceptronTrainer(IReadOnlyList<KeyValuePair<string, WordClass>> wordList, TrainerOptions options)
    {
        _options = options;
        _tags = TagSet.Of(options.Scheme);
        _wordList = wordList;
        _words = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        foreach (var kv in wordList)
        {
            _words[kv.Key] = kv.Value;
        }

        WordFeatures.CollectPad(_buffer);
        _types.Add(Intern(_buffer));
    }

    private sealed class Item
    {
        public int[] Types = Array.Empty<int>();
        public byte[] Contexts = Array.Empty<byte>();
        public int[] Gold = Array.Empty<int>();
    }

    // The perceptron's weights and transitions, their running sums for averaging (the lazy-update trick), and the
    // step counter (one step per sentence).
    private sealed class State
    {
        public State(int features, int tags)
        {
            W = new float[features * tags];
            U = new double[features * tags];
            Tw = new float[(tags + 1) * tags];
            Tu = new double[(tags + 1) * tags];
        }

        public float[] W { get; }

        public double[] U { get; }

        public float[] Tw { get; }

        public double[] Tu { get; }

        public long C { get; set; } = 1;
    }

    // Decoding scratch, grown for long sentences.
    private sealed class Buffers
    {
        public Buffers(int tags)
        {
            Em = new float[256 * tags];
            Pred = new int[256];
            Margins = new float[256];
            Delta = new float[256 * tags];
            Back = new int[256 * tags];
            Masked = new float[(tags + 2) * tags];
        }

        public float[] Em { get; private set; }

        public int[] Pred { get; private set; }

        public float[] Margins { get; private set; }

        public float[] Delta { get; private set; }

        public int[] Back { get; private set; }

        public float[] Masked { get; }

        public void Ensure(int n, int tags)
        {
            if (Em.Length < n * tags)
            {
                Em = new float[n * tags * 2];
                Delta = new float[n * tags * 2];
                Back = new int[n * tags * 2];
                Pred = new int[n * 2];
                Margins = new float[n * 2];
            }
        }
    }

    public NameModel Train(IReadOnlyList<TrainingDocument> documents, Action<string>? log = null)
    {
        // Sentences in document order; the shuffle permutes documents, keeping each document's sentences together.
        var docs = new List<List<Item>>();
        foreach (var d in documents)
        {
            docs.Add(Prepare(d));
        }

        // The mean of the runs' averaged weights (one run: its own weights, unchanged).
        var runs = Math.Max(1, _options.Runs);
        float[]? weights = null, transitions = null;
        for (var run = 0; run < runs; run++)
        {
            var state = Run(docs, _options.Seed + (uint)run, log);
            weights = TrainingRuns.Add(weights, TrainingRuns.Averaged(state.W, state.U, state.C));
            transitions = TrainingRuns.Add(transitions, TrainingRuns.Averaged(state.Tw, state.Tu, state.C));
        }

        return Quantise(TrainingRuns.Divide(weights!, runs), TrainingRuns.Divide(transitions!, runs), log);
    }

    // One training run: the epochs over the documents in the order the seed shuffles them.
    private State Run(List<List<Item>> docs, uint seed, Action<string>? log)
    {
        var state = new State(_featureKeys.Count, _tags.Count);
        var buffers = new Buffers(_tags.Count);
        var order = new int[docs.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var rng = seed == 0 ? 1u : seed;
        for (var epoch = 0; epoch < _options.Epochs; epoch++)
        {
            TrainingRuns.Shuffle(order, ref rng);
            long errors = 0, total = 0;
            foreach (var di in order)
            {
                foreach (var item in docs[di])
                {
                    errors += Step(item, state, buffers);
                    total += item.Types.Length;
                }
            }

            log?.Invoke($"epoch {epoch + 1}: token errors {errors}/{total} ({100.0 * errors / Math.Max(1, total):F2}%)");
        }

        return state;
    }

    // One perceptron step on one sentence: decode with the current weights, update on the errors; the number
    // of wrong tags.
    private long Step(Item item, State state, Buffers b)
    {
        var T = _tags.Count;
        var n = item.Types.Length;
        b.Ensure(n, T);
        var em = b.Em;
        Array.Clear(em, 0, n * T);
        var w = state.W;
        for (var i = 0; i < n; i++)
        {
            ForEachFeature(item, i, f =>
            {
                var o = f * T;
                for (var t = 0; t < T; t++)
                {
                    em[i * T + t] += w[o + t];
                }
            });
        }

        if (_options.Decoder == Decoder.Viterbi)
        {
            Decoding.Viterbi(_tags, state.Tw, em, n, b.Pred, b.Margins, b.Delta, b.Back);
        }
        else
        {
            Decoding.Greedy(T, Decoding.Mask(_tags, state.Tw, b.Masked), em, n, b.Pred, b.Margins);
        }

        var errors = Update(item, b.Pred, state);
        state.C++;
        return errors;
    }

    // Moves the weights toward the gold tags and away from the predicted ones where they differ; the number of
    // wrong tags.
    private long Update(Item item, int[] pred, State state)
    {
        var T = _tags.Count;
        var w = state.W;
        var u = state.U;
        var c = state.C;
        long errors = 0;
        for (var i = 0; i < item.Types.Length; i++)
        {
            var g = item.Gold[i];
            var p = pred[i];
            var gp = i > 0 ? item.Gold[i - 1] : _tags.Start;
            var pp = i > 0 ? pred[i - 1] : _tags.Start;
            if (g != p)
            {
                errors++;
                ForEachFeature(item, i, f =>
                {
                    w[f * T + g] += 1f;
                    u[f * T + g] += c;
                    w[f * T + p] -= 1f;
                    u[f * T + p] -= c;
                });
            }

            if (g != p || gp != pp)
            {
                state.Tw[gp * T + g] += 1f;
                state.Tu[gp * T + g] += c;
                state.Tw[pp * T + p] -= 1f;
                state.Tu[pp * T + p] -= c;
            }
        }

        return errors;
    }

    // The averaged weights: each weight minus its running sum over the steps.
    private NameModel Quantise(float[] avg, float[] transitions, Action<string>? log)
    {
        var T = _tags.Count;
        var nf = _featureKeys.Count;
        var keep = new List<int>();
        var maxAbs = 0f;
        for (var f = 0; f < nf; f++)
        {
            var m = 0f;
            for (var t = 0; t < T; t++)
            {
                m = Math.Max(m, Math.Abs(avg[f * T + t]));
            }

            if (m >= _options.Prune && m > 0f)
            {
                keep.Add(f);
                maxAbs = Math.Max(maxAbs, m);
            }
        }

        // Stored keys are 32 bits: sort by them; the rare features that share one are summed into one row.
        keep.Sort((a, b) =>
        {
            var c = NameModel.KeyOf(_featureKeys[a]).CompareTo(NameModel.KeyOf(_featureKeys[b]));
            return c != 0 ? c : _featureKeys[a].CompareTo(_featureKeys[b]);
        });
        var scale = maxAbs > 0 ? maxAbs / 127f : 1f;
        var keys = new List<uint>(keep.Count);
        var sums = new List<float>(keep.Count * T);
        foreach (var f in keep)
        {
            var key = NameModel.KeyOf(_featureKeys[f]);
            if (keys.Count == 0 || keys[keys.Count - 1] != key)
            {
                keys.Add(key);
                for (var t = 0; t < T; t++)
                {
                    sums.Add(0f);
                }
            }

            var row = (keys.Count - 1) * T;
            for (var t = 0; t < T; t++)
            {
                sums[row + t] += avg[f * T + t];
            }
        }

        var weights = new sbyte[keys.Count * T];
        for (var i = 0; i < weights.Length; i++)
        {
            var q = (int)Math.Round(sums[i] / scale, MidpointRounding.AwayFromZero);
            weights[i] = (sbyte)Math.Max(-127, Math.Min(127, q));
        }

        log?.Invoke($"features: {nf} trained, {keep.Count} kept (|w| >= {_options.Prune}), scale {scale}");
        return new NameModel(_options.Scheme, _options.Decoder, _options.DocumentConsistency, transitions, keys.ToArray(), weights, scale, _wordList,
            Array.Empty<float>(), Array.Empty<float>());
    }

    private void ForEachFeature(Item item, int i, Action<int> visit)
    {
        var n = item.Types.Length;
        var center = _types[item.Types[i]];
        Visit(center[2], visit);
        Visit(center[WordFeatures.Offsets + item.Contexts[i]], visit);
        Visit(_types[i >= 2 ? item.Types[i - 2] : 0][0], visit);
        Visit(_types[i >= 1 ? item.Types[i - 1] : 0][1], visit);
        Visit(_types[i + 1 < n ? item.Types[i + 1] : 0][3], visit);
        Visit(_types[i + 2 < n ? item.Types[i + 2] : 0][4], visit);
    }

    private static void Visit(int[] ids, Action<int> visit)
    {
        foreach (var id in ids)
        {
            visit(id);
        }
    }

    private List<Item> Prepare(TrainingDocument doc)
    {
        var text = doc.Text;
        var gold = new int[text.Tokens.Length];
        foreach (var (first, count, type) in doc.Names)
        {
            _tags.Encode(count, new[] { (0, count, type) }, gold, first);
        }

        var items = new List<Item>();
        foreach (var sentence in text.Sentences)
        {
            var n = sentence.TokenCount;
            var item = new Item { Types = new int[n], Contexts = new byte[n], Gold = new int[n] };
            for (var i = 0; i < n; i++)
            {
                var t = sentence.FirstToken + i;
                item.Types[i] = TypeId(text, text.Tokens[t]);
                item.Contexts[i] = (byte)WordFeatures.Context(sentence, t, text.Tokens);
                item.Gold[i] = gold[t];
            }

            items.Add(item);
        }

        return items;
    }

    private int TypeId(TokenizedText text, in Token token)
    {
        var word = text.Text.Substring(token.Start, token.Length);
        var key = word + "\u0001" + (char)('0' + (int)token.Kind);
        if (_typeIds.TryGetValue(key, out var id))
        {
            return id;
        }

        var classes = _words.TryGetValue(TermKey.Normalize(word), out var c) ? c : WordClass.None;
        WordFeatures.Collect(word, 0, word.Length, token.Kind, classes, _buffer);
        id = _types.Count;
        _types.Add(Intern(_buffer));
        _typeIds[key] = id;
        return id;
    }

    private int[][] Intern(List<ulong>[] perSlot)
    {
        var slots = new int[WordFeatures.Slots][];
        for (var s = 0; s < slots.Length; s++)
        {
            var ids = new int[perSlot[s].Count];
            for (var i = 0; i < ids.Length; i++)
            {
                var key = perSlot[s][i];
                if (!_featureIds.TryGetValue(key, out var id))
                {
                    id = _featureKeys.Count;
                    _featureIds[key] = id;
                    _featureKeys.Add(key);
                }

                ids[i] = id;
            }

            slots[s] = ids;
        }

        return slots;
    }
}
