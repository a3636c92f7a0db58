using System;
using System.Runtime.CompilerServices;

namespace Newswire.Extraction.Text;

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

    // Inlined: the actor stage adds every lower-case word of an article, one call each.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
