using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace Newswire.Extraction.Names;

/// <summary>How the tagger picks the tag sequence.</summary>
internal enum Decoder : byte
{
    /// <summary>Left to right, each token's best tag given the previous one.</summary>
    Greedy = 0,

    /// <summary>The best whole sequence (first-order Viterbi).</summary>
    Viterbi = 1,
}

/// <summary>
/// A trained tagger model: hashed feature keys with quantised weights per tag, tag transitions, the word lists
/// the features look words up in, and the confidence calibration. Stored gzip-compressed (see <see cref="Write"/>);
/// the file is fully determined by its contents (sorted keys, sorted word lists, no timestamps).
/// </summary>
internal sealed class NameModel
{
    private const int Magic = 0x544E574E; // "NWNT"
    private const int Version = 2;

    public NameModel(TagScheme scheme, Decoder decoder, bool documentConsistency, float[] transitions, uint[] keys, sbyte[] weights,
        float scale, IReadOnlyList<KeyValuePair<string, WordClass>> words, float[] calibrationRaw, float[] calibrationProbability)
    {
        Tags = TagSet.Of(scheme);
        Decoder = decoder;
        DocumentConsistency = documentConsistency;
        Transitions = transitions;
        Keys = keys;
        Weights = weights;
        Scale = scale;
        WordList = words;
        Words = new Dictionary<string, WordClass>(words.Count, StringComparer.Ordinal);
        foreach (var kv in words)
        {
            Words[kv.Key] = kv.Value;
        }

        MaskedTransitions = Decoding.Mask(Tags, transitions);
        CalibrationRaw = calibrationRaw;
        CalibrationProbability = calibrationProbability;
        if (transitions.Length != (Tags.Count + 1) * Tags.Count || weights.Length != keys.Length * Tags.Count
            || calibrationRaw.Length != calibrationProbability.Length)
        {
            throw new InvalidDataException("inconsistent name model");
        }
    }

    public TagSet Tags { get; }

    public Decoder Decoder { get; }

    /// <summary>Whether the tagger's document-level pass (a name tagged once is the same name later) runs.</summary>
    public bool DocumentConsistency { get; }

    /// <summary>[(prev or Start) * Tags.Count + cur] transition scores.</summary>
    public float[] Transitions { get; }

    /// <summary><see cref="Transitions"/> prepared for greedy decoding (<see cref="Decoding.Mask"/>).</summary>
    public float[] MaskedTransitions { get; }

    /// <summary>
    /// Feature keys, ascending: the top 32 bits of each feature's 64-bit hash (<see cref="KeyOf"/>). With about
    /// 200k features, an unseen feature matches a stored key about once in 20,000 lookups; halving the key size
    /// takes a third off the model file.
    /// </summary>
    public uint[] Keys { get; }

    /// <summary>Quantised weights, <c>Tags.Count</c> per key; the score is weight * <see cref="Scale"/>.</summary>
    public sbyte[] Weights { get; }

    public float Scale { get; }

    /// <summary>Word-list classes of normalized words (<see cref="Text.TermKey.Normalize"/>).</summary>
    public Dictionary<string, WordClass> Words { get; }

    /// <summary>The same word lists in ordinal order (as written).</summary>
    public IReadOnlyList<KeyValuePair<string, WordClass>> WordList { get; }

    /// <summary>Raw span scores (ascending) of the calibration steps.</summary>
    public float[] CalibrationRaw { get; }

    /// <summary>Precision of spans whose raw score is at least the matching <see cref="CalibrationRaw"/>.</summary>
    public float[] CalibrationProbability { get; }

    /// <summary>The stored key of a feature hash.</summary>
    public static uint KeyOf(ulong hash) => (uint)(hash >> 32);

    /// <summary>Row of feature <paramref name="hash"/> in <see cref="Weights"/> (times Tags.Count), or -1.</summary>
    public int Find(ulong hash)
    {
        var key = KeyOf(hash);
        int lo = 0, hi = Keys.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var k = Keys[mid];
            if (k < key)
            {
                lo = mid + 1;
            }
            else if (k > key)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>A calibrated probability for a raw span score.</summary>
    public float Calibrate(float raw)
    {
        var table = CalibrationRaw;
        if (table.Length == 0)
        {
            return 1f / (1f + (float)Math.Exp(-raw));
        }

        // The last step whose threshold the score reaches.
        int lo = 0, hi = table.Length - 1, found = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (table[mid] <= raw)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return CalibrationProbability[found];
    }

    /// <summary>Same model with another calibration.</summary>
    public NameModel WithCalibration(float[] raw, float[] probability) =>
        new NameModel(Tags.Scheme, Decoder, DocumentConsistency, Transitions, Keys, Weights, Scale, WordList, raw, probability);

    /// <summary>Same model with another decoder or document pass.</summary>
    public NameModel WithDecoding(Decoder decoder, bool documentConsistency) =>
        new NameModel(Tags.Scheme, decoder, documentConsistency, Transitions, Keys, Weights, Scale, WordList, CalibrationRaw, CalibrationProbability);

    public void Write(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var w = new BinaryWriter(gz, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Version);
        w.Write((byte)Tags.Scheme);
        w.Write((byte)Decoder);
        w.Write(DocumentConsistency);
        w.Write(Transitions.Length);
        foreach (var t in Transitions)
        {
            w.Write(t);
        }

        w.Write(Scale);
        w.Write(Keys.Length);

        // Keys ascending: store the gaps (smaller numbers compress better), then the weights column by column.
        uint prev = 0;
        foreach (var k in Keys)
        {
            Write7(w, k - prev);
            prev = k;
        }

        var n = Tags.Count;
        for (var t = 0; t < n; t++)
        {
            for (var i = 0; i < Keys.Length; i++)
            {
                w.Write(Weights[i * n + t]);
            }
        }

        w.Write(WordList.Count);
        foreach (var kv in WordList)
        {
            w.Write(kv.Key);
            Write7(w, (uint)kv.Value);
        }

        w.Write(CalibrationRaw.Length);
        for (var i = 0; i < CalibrationRaw.Length; i++)
        {
            w.Write(CalibrationRaw[i]);
            w.Write(CalibrationProbability[i]);
        }
    }

    public byte[] ToBytes()
    {
        using var ms = new MemoryStream();
        Write(ms);
        return ms.ToArray();
    }

    [System.Runtime.CompilerServices.MethodImpl(Hot.Once)]
    public static NameModel Read(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(new BufferedStream(gz, 1 << 16), Encoding.UTF8, leaveOpen: false);
        if (r.ReadInt32() != Magic || r.ReadInt32() != Version)
        {
            throw new InvalidDataException("not a Newswire name model");
        }

        var scheme = (TagScheme)r.ReadByte();
        var decoder = (Decoder)r.ReadByte();
        var doc = r.ReadBoolean();
        var transitions = new float[r.ReadInt32()];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = r.ReadSingle();
        }

        var scale = r.ReadSingle();
        var keys = new uint[r.ReadInt32()];
        uint prev = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            prev += (uint)Read7(r);
            keys[i] = prev;
        }

        var n = TagSet.Of(scheme).Count;
        var weights = new sbyte[keys.Length * n];
        var column = new byte[keys.Length];
        for (var t = 0; t < n; t++)
        {
            ReadExactly(r, column);
            for (var i = 0; i < keys.Length; i++)
            {
                weights[i * n + t] = unchecked((sbyte)column[i]);
            }
        }

        var words = new KeyValuePair<string, WordClass>[r.ReadInt32()];
        for (var i = 0; i < words.Length; i++)
        {
            var key = r.ReadString();
            words[i] = new KeyValuePair<string, WordClass>(key, (WordClass)(uint)Read7(r));
        }

        var calRaw = new float[r.ReadInt32()];
        var calP = new float[calRaw.Length];
        for (var i = 0; i < calRaw.Length; i++)
        {
            calRaw[i] = r.ReadSingle();
            calP[i] = r.ReadSingle();
        }

        return new NameModel(scheme, decoder, doc, transitions, keys, weights, scale, words, calRaw, calP);
    }

    private static void ReadExactly(BinaryReader r, byte[] buffer)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = r.Read(buffer, read, buffer.Length - read);
            if (n <= 0)
            {
                throw new EndOfStreamException();
            }

            read += n;
        }
    }

    private static void Write7(BinaryWriter w, ulong v)
    {
        while (v >= 0x80)
        {
            w.Write((byte)(v | 0x80));
            v >>= 7;
        }

        w.Write((byte)v);
    }

    private static ulong Read7(BinaryReader r)
    {
        ulong v = 0;
        var shift = 0;
        while (true)
        {
            var b = r.ReadByte();
            v |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return v;
            }

            shift += 7;
        }
    }
}
