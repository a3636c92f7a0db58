using System;
using System.Runtime.CompilerServices;

namespace Newswire.Extraction.Text;

/// <summary>
/// Per-thread scratch arrays reused from one article to the next, so per-token tables cost no allocation.
/// <see cref="Rent"/> hands the thread's instance out (a nested or concurrent caller on the same thread gets a
/// fresh one), <see cref="Return"/> keeps it for the next article. Nothing rented may outlive the article.
/// </summary>
internal sealed class Scratch
{
    [ThreadStatic]
    private static Scratch? _pooled;

    private const int KeepLimit = 1 << 18;

    public int[] Ints1 = Array.Empty<int>();
    public int[] Ints2 = Array.Empty<int>();
    public int[] Ints3 = Array.Empty<int>();
    public byte[] Bytes1 = Array.Empty<byte>();
    public byte[] Bytes2 = Array.Empty<byte>();
    public bool[] Bools1 = Array.Empty<bool>();
    public Events.WordClass[] Classes = Array.Empty<Events.WordClass>();
    public Lexicons.LexiconMatch[] Matches = Array.Empty<Lexicons.LexiconMatch>();
    public readonly IntSet Set = new IntSet();

    public static Scratch Rent()
    {
        var s = _pooled;
        if (s == null)
        {
            return new Scratch();
        }

        _pooled = null;
        return s;
    }

    public static void Return(Scratch s)
    {
        if (s.Ints1.Length <= KeepLimit && s.Ints2.Length <= KeepLimit && s.Ints3.Length <= KeepLimit && s.Matches.Length <= KeepLimit && s.Classes.Length <= KeepLimit && s.Bytes1.Length <= KeepLimit && s.Bytes2.Length <= KeepLimit && s.Bools1.Length <= KeepLimit && s.Set.Capacity <= KeepLimit)
        {
            _pooled = s;
        }
    }

    /// <summary>An array of at least <paramref name="n"/> elements; contents are whatever was there before.</summary>
    public static T[] AtLeast<T>(ref T[] array, int n)
    {
        if (array.Length < n)
        {
            array = new T[Math.Max(n, Math.Min(array.Length * 2, KeepLimit))];
        }

        return array;
    }
}

/// <summary>A set of ints cleared in O(1) (generation stamps); open addressing, power-of-two size.</summary>
internal sealed class IntSet
{
    private int[] _keys = new int[64];
    private int[] _stamps = new int[64];
    private int _stamp = 1;
    private int _count;

    public int Capacity => _keys.Length;

    public void Clear()
    {
        _count = 0;
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_stamps, 0, _stamps.Length);
            _stamp = 1;
        }
    }

    [MethodImpl(Hot.Path)]
    public void Add(int key)
    {
        if ((_count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        var mask = _keys.Length - 1;
        var i = Mix(key) & mask;
        while (_stamps[i] == _stamp)
        {
            if (_keys[i] == key)
            {
                return;
            }

            i = (i + 1) & mask;
        }

        _stamps[i] = _stamp;
        _keys[i] = key;
        _count++;
    }

    [MethodImpl(Hot.Path)]
    public bool Contains(int key)
    {
        var mask = _keys.Length - 1;
        var i = Mix(key) & mask;
        while (_stamps[i] == _stamp)
        {
            if (_keys[i] == key)
            {
                return true;
            }

            i = (i + 1) & mask;
        }

        return false;
    }

    private static int Mix(int key) => unchecked((int)((uint)key * 2654435769u >> 7) ^ key);

    [MethodImpl(Hot.Path)]
    private void Grow()
    {
        var oldKeys = _keys;
        var oldStamps = _stamps;
        var old = _stamp;
        _keys = new int[oldKeys.Length * 2];
        _stamps = new int[oldKeys.Length * 2];
        _stamp = 1;
        _count = 0;
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldStamps[i] == old)
            {
                Add(oldKeys[i]);
            }
        }
    }
}
