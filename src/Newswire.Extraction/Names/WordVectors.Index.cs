using System.Threading;

namespace Newswire.Extraction.Names;

/// <summary>
/// A hash index over a model's stored feature keys (<see cref="NameModel.Keys"/>): the row of a feature in one or
/// two probes of adjacent slots, where the binary search over some 200,000 keys takes 18 dependent reads, most of
/// them cache misses. <see cref="WordVectors"/> looks up every feature of each new word type through it (about 60
/// per word), which a fresh process (one compiler run, one CLI call) pays for every distinct word it meets.
/// Read-only once built, so one instance serves every thread.
/// </summary>
internal sealed class FeatureIndex
{
    private static FeatureIndex? _last;

    // (key << 32) | (row + 1) per slot, 0 for an empty one; at most half the slots are used.
    private readonly ulong[] _slots;
    private readonly int _mask;

    private FeatureIndex(NameModel model)
    {
        var keys = model.Keys;
        Keys = keys;
        var size = 16;
        while (size < keys.Length * 2)
        {
            size <<= 1;
        }

        _slots = new ulong[size];
        _mask = size - 1;
        for (var row = 0; row < keys.Length; row++)
        {
            // Keys are the top bits of an avalanched hash: their low bits are as good a slot as any.
            var i = (int)(keys[row] & (uint)_mask);
            while (_slots[i] != 0 && (uint)(_slots[i] >> 32) != keys[row])
            {
                i = (i + 1) & _mask;
            }

            // Keys are unique (the trainer sums rows that share one); were one repeated, the first row would answer.
            if (_slots[i] == 0)
            {
                _slots[i] = ((ulong)keys[row] << 32) | (uint)(row + 1);
            }
        }
    }

    // The keys indexed: models that differ only in decoding or calibration share them, and so this index.
    private uint[] Keys { get; }

    /// <summary>The index of <paramref name="model"/> (built on first use; a race only builds it twice).</summary>
    public static FeatureIndex For(NameModel model)
    {
        var last = Volatile.Read(ref _last);
        if (last == null || !ReferenceEquals(last.Keys, model.Keys))
        {
            last = new FeatureIndex(model);
            Volatile.Write(ref _last, last);
        }

        return last;
    }

    /// <summary>As <see cref="NameModel.Find"/>: the row of feature <paramref name="hash"/>, or -1.</summary>
    public int Find(ulong hash)
    {
        var key = NameModel.KeyOf(hash);
        var slots = _slots;
        var i = (int)(key & (uint)_mask);
        while (true)
        {
            var slot = slots[i];
            if (slot == 0)
            {
                return -1;
            }

            if ((uint)(slot >> 32) == key)
            {
                return (int)(uint)slot - 1;
            }

            i = (i + 1) & _mask;
        }
    }
}
