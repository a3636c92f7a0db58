using System;

namespace Newswire.Extraction.Text;

/// <summary>A growable token array (a List without the indexer copy and bounds re-checks).</summary>
internal sealed class TokenBuffer
{
    [ThreadStatic]
    private static TokenBuffer? _pooled;

    private Token[] _items;

    // Rented buffers are reused by later articles, so their array is never handed out.
    private bool _reusable;

    public TokenBuffer(int capacity) => _items = new Token[Math.Max(16, capacity)];

    public int Count { get; private set; }

    public ref readonly Token Last => ref _items[Count - 1];

    /// <summary>
    /// An empty buffer of this thread, reused across articles (give it back with <see cref="Return"/>); only
    /// <see cref="ToArray"/> copies may outlive it. A nested caller simply gets a new buffer.
    /// </summary>
    public static TokenBuffer Rent(int capacity)
    {
        var b = _pooled;
        if (b == null)
        {
            b = new TokenBuffer(capacity);
        }
        else
        {
            _pooled = null;
            b.Count = 0;
            if (b._items.Length < capacity)
            {
                b._items = new Token[capacity];
            }
        }

        b._reusable = true;
        return b;
    }

    /// <summary>Keeps the buffer for the next <see cref="Rent"/> on this thread (unless it grew very large).</summary>
    public static void Return(TokenBuffer buffer)
    {
        if (buffer._reusable && buffer._items.Length <= 1 << 18)
        {
            _pooled = buffer;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Add(in Token token)
    {
        var items = _items;
        var n = Count;
        if ((uint)n < (uint)items.Length)
        {
            items[n] = token;
            Count = n + 1;
            return;
        }

        Grow(token);
    }

    /// <summary>
    /// Appends a token built from its fields. Writes them straight into the array: building a Token in a local and
    /// copying it makes the JIT store the fields one by one and reload them as one 16-byte block, which stalls on
    /// every token (a store-forwarding miss).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Add(int start, int length, TokenKind kind, TokenFlags flags, int hash)
    {
        var items = _items;
        var n = Count;
        if ((uint)n < (uint)items.Length)
        {
            items[n] = new Token(start, length, kind, flags, hash);
            Count = n + 1;
            return;
        }

        Grow(new Token(start, length, kind, flags, hash));
    }

    private void Grow(in Token token)
    {
        Array.Resize(ref _items, _items.Length * 2);
        _items[Count++] = token;
    }

    /// <summary>The backing array (valid up to <paramref name="count"/>) without copying.</summary>
    public Token[] ToArrayView(out int count)
    {
        count = Count;
        return _items;
    }

    public Token[] ToArray()
    {
        if (Count == _items.Length && !_reusable)
        {
            return _items;
        }

        var a = new Token[Count];
        Array.Copy(_items, a, Count);
        return a;
    }
}
