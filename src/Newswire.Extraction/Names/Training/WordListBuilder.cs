using System;
using System.Collections.Generic;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Names.Training;

/// <summary>
/// Builds the word lists the features consult (normalized word → <see cref="WordClass"/> bits) from name lists:
/// a one-word name marks its word "full", a longer name marks its capitalized words "part" (and its first and
/// last word where the caller asks). Words are split by the engine's tokenizer, as at tagging time.
/// </summary>
internal sealed class WordListBuilder
{
    private readonly Dictionary<string, WordClass> _map = new Dictionary<string, WordClass>(StringComparer.Ordinal);

    public int Count => _map.Count;

    public void AddWord(string word, WordClass cls)
    {
        var key = TermKey.Normalize(word.Trim());
        if (key.Length == 0)
        {
            return;
        }

        _map[key] = _map.TryGetValue(key, out var c) ? c | cls : cls;
    }

    public void AddName(string phrase, WordClass full, WordClass part, WordClass firstPart = WordClass.None, WordClass lastPart = WordClass.None)
    {
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return;
        }

        var buffer = new TokenBuffer(16);
        Tokenizer.Tokenize(phrase, 0, phrase.Length, buffer);
        var tokens = buffer.ToArrayView(out var count);
        var words = new List<Token>();
        for (var i = 0; i < count; i++)
        {
            if (tokens[i].Kind == TokenKind.Word || tokens[i].Kind == TokenKind.Number)
            {
                words.Add(tokens[i]);
            }
        }

        if (words.Count == 1)
        {
            AddWord(phrase.Substring(words[0].Start, words[0].Length), full);
            return;
        }

        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (!w.IsCapitalized && !w.IsAllCaps)
            {
                continue;
            }

            var cls = part;
            if (i == 0)
            {
                cls |= firstPart;
            }

            if (i == words.Count - 1)
            {
                cls |= lastPart;
            }

            AddWord(phrase.Substring(w.Start, w.Length), cls);
        }
    }

    /// <summary>Marks words written in lower case at least <paramref name="minimum"/> times in the documents (not at a sentence start).</summary>
    public void AddCommonLower(IEnumerable<TrainingDocument> documents, int minimum)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            var text = doc.Text;
            foreach (var s in text.Sentences)
            {
                for (var t = s.FirstToken + 1; t < s.EndToken; t++)
                {
                    var tok = text.Tokens[t];
                    if (tok.Kind == TokenKind.Word && tok.IsLower)
                    {
                        var key = TermKey.Normalize(text.TokenText(t));
                        counts[key] = counts.TryGetValue(key, out var c) ? c + 1 : 1;
                    }
                }
            }
        }

        foreach (var kv in counts)
        {
            if (kv.Value >= minimum)
            {
                AddWord(kv.Key, WordClass.CommonLower);
            }
        }
    }

    /// <summary>The lists in ordinal order of the words (what the model file stores).</summary>
    public List<KeyValuePair<string, WordClass>> Build()
    {
        var list = new List<KeyValuePair<string, WordClass>>(_map);
        list.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return list;
    }
}
