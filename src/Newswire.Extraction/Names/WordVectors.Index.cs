using System.Runtime.CompilerServices;
using System.Threading;

namespace Newswire.Extraction.Names;

/// <summary>
/// A bucket index over a model's stored feature keys (<see cref="NameModel.Keys"/>, ascending and spread evenly
/// over 32 bits, being the top bits of an avalanched hash): the top bits of a key name its bucket, a bucket holds
/// one or two keys on average, so a lookup reads two adjacent bucket bounds and a key or two, where the binary search
/// over some 200,000 keys takes 18 dependent reads, most of them cache misses. <see cref="WordVectors"/> looks up
/// every feature of each new word type through it (about 60 per word), which a fresh process (one compiler run,
/// one CLI call) pays for every distinct word it meets. Built in one sequential pass over the keys; read-only
/// once built, so one instance serves every thread.
/// </summary>
internal sealed class FeatureIndex
{
    private static FeatureIndex? _last;

    private readonly uint[] _keys;

    // _start[b] is the first row whose key is in bucket b or later; _start[buckets] is the key count.
    private readonly int[] _start;
    private readonly int _shift;

    [MethodImpl(Hot.Once)]
    private FeatureIndex(uint[] keys)
    {
        _keys = keys;
        var bits = 1;
        while (bits < 24 && (1 << (bits + 1)) <= keys.Length)
        {
            bits++;
        }

        var buckets = 1 << bits;
        _shift = 32 - bits;
        _start = new int[buckets + 1];
        var row = 0;
        for (var b = 0; b <= buckets; b++)
        {
            while (row < keys.Length && (keys[row] >> _shift) < (uint)b)
            {
                row++;
            }

            _start[b] = row;
        }
    }

    /// <summary>The index of <paramref name="model"/>'s keys (built on first use; a race only builds it twice).</summary>
    public static FeatureIndex For(NameModel model)
    {
        // Models that differ only in decoding or calibration share their keys, and so this index.
        var last = Volatile.Read(ref _last);
        if (last == null || !ReferenceEquals(last._keys, model.Keys))
        {
            last = new FeatureIndex(model.Keys);
            Volatile.Write(ref _last, last);
        }

        return last;
    }

    /// <summary>As <see cref="NameModel.Find"/>: the row of feature <paramref name="hash"/>, or -1.</summary>
    public int Find(ulong hash)
    {
        var key = NameModel.KeyOf(hash);
        var keys = _keys;
        var b = (int)(key >> _shift);
        var end = _start[b + 1];
        for (var row = _start[b]; row < end; row++)
        {
            var k = keys[row];
            if (k >= key)
            {
                return k == key ? row : -1;
            }
        }

        return -1;
    }
}
