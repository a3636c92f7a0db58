using System;
using System.Collections.Generic;

namespace Newswire.Extraction.Text
{
    /// <summary>
    /// A read-mostly hash table from <see cref="TermKey"/> normal forms to values that is probed with spans of
    /// the article text (a token, or any start/length) without allocating. Open addressing, power-of-two size.
    /// Not thread-safe for writes; build it once, then share it for reads.
    /// </summary>
    internal sealed class TermTable<T>
    {
        private string?[] _keys;
        private int[] _hashes;
        private T[] _values;
        private int _count;

        public TermTable(int capacity = 16)
        {
            var size = 16;
            while (size < capacity * 2)
            {
                size <<= 1;
            }

            _keys = new string?[size];
            _hashes = new int[size];
            _values = new T[size];
        }

        public int Count => _count;

        /// <summary>Adds or replaces; <paramref name="key"/> is normalized here.</summary>
        public void Set(string key, T value)
        {
            var normalized = TermKey.Normalize(key);
            if ((_count + 1) * 2 > _keys.Length)
            {
                Grow();
            }

            var hash = TermKey.Hash(normalized);
            var mask = _keys.Length - 1;
            var i = hash & mask;
            while (_keys[i] != null)
            {
                if (_hashes[i] == hash && string.Equals(_keys[i], normalized, StringComparison.Ordinal))
                {
                    _values[i] = value;
                    return;
                }

                i = (i + 1) & mask;
            }

            _keys[i] = normalized;
            _hashes[i] = hash;
            _values[i] = value;
            _count++;
        }

        /// <summary>Looks up a string key.</summary>
        public bool TryGet(string key, out T value) => TryGet(key, 0, key.Length, TermKey.Hash(key), out value);

        /// <summary>Looks up a token of <paramref name="text"/>.</summary>
        public bool TryGet(string text, in Token token, out T value) => TryGet(text, token.Start, token.Length, token.Hash, out value);

        /// <summary>Looks up a span whose <see cref="TermKey"/> hash is <paramref name="hash"/>.</summary>
        public bool TryGet(string text, int start, int length, int hash, out T value)
        {
            var mask = _keys.Length - 1;
            var i = hash & mask;
            while (true)
            {
                var k = _keys[i];
                if (k == null)
                {
                    value = default!;
                    return false;
                }

                if (_hashes[i] == hash && TermKey.SpanEquals(text, start, length, k))
                {
                    value = _values[i];
                    return true;
                }

                i = (i + 1) & mask;
            }
        }

        public bool Contains(string text, in Token token) => TryGet(text, token, out _);

        /// <summary>Every entry (for tests and merging).</summary>
        public IEnumerable<KeyValuePair<string, T>> Entries()
        {
            for (var i = 0; i < _keys.Length; i++)
            {
                if (_keys[i] is { } k)
                {
                    yield return new KeyValuePair<string, T>(k, _values[i]);
                }
            }
        }

        private void Grow()
        {
            var oldKeys = _keys;
            var oldHashes = _hashes;
            var oldValues = _values;
            var size = oldKeys.Length * 2;
            _keys = new string?[size];
            _hashes = new int[size];
            _values = new T[size];
            var mask = size - 1;
            for (var j = 0; j < oldKeys.Length; j++)
            {
                if (oldKeys[j] == null)
                {
                    continue;
                }

                var i = oldHashes[j] & mask;
                while (_keys[i] != null)
                {
                    i = (i + 1) & mask;
                }

                _keys[i] = oldKeys[j];
                _hashes[i] = oldHashes[j];
                _values[i] = oldValues[j];
            }
        }
    }
}
