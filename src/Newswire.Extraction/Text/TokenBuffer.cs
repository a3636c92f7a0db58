using System;

namespace Newswire.Extraction.Text
{
    /// <summary>A growable token array (a List without the indexer copy and bounds re-checks).</summary>
    internal sealed class TokenBuffer
    {
        private Token[] _items;

        public TokenBuffer(int capacity) => _items = new Token[Math.Max(16, capacity)];

        public int Count { get; private set; }

        public ref readonly Token Last => ref _items[Count - 1];

        public void Add(in Token token)
        {
            if (Count == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
            }

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
            if (Count == _items.Length)
            {
                return _items;
            }

            var a = new Token[Count];
            Array.Copy(_items, a, Count);
            return a;
        }
    }
}
