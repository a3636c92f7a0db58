using System;
using System.Collections.Generic;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Names;

/// <summary>
/// Document-level consistency: a name tagged once is the same name later in the article. Every occurrence of
/// the same token sequence takes the type most of its tagged occurrences (weighted by confidence) have, and
/// capitalized occurrences the sentence pass missed are added; a person's surname alone ("Bolsonaro" after
/// "Jair Bolsonaro") is the person too, and so is an acronym in brackets after a name. Sequences are compared by their tokens' case-folded hashes (the
/// added occurrence must be capitalized), with per-thread scratch so the pass allocates almost nothing.
/// </summary>
internal static class DocumentPass
{
    private const int MaxLength = 8;
    private const ulong KeySeed = 14695981039346656037UL; // the FNV offset StableHash starts from

    [ThreadStatic]
    private static Scratch? _scratch;

    private sealed class Scratch
    {
        public readonly Dictionary<ulong, int> Index = new Dictionary<ulong, int>();
        public readonly List<float> Votes = new List<float>(); // 5 per sequence: [0] = best raw score, [1..4] = type weights
        public bool[] Covered = new bool[256];
        public readonly ulong[] Filter = new ulong[16]; // 1,024-bit filter of the first words' hashes
        public readonly ulong[] Keys = new ulong[MaxLength]; // AddAt's keys of every length at one token
        public readonly List<int> NameIndex = new List<int>(); // each tagged name's sequence (from first on), or -1
        public readonly List<TaggedName> Sorted = new List<TaggedName>();
        public readonly List<float> SortedRaw = new List<float>();
    }

    public static void Apply(TokenizedText text, List<TaggedName> names, int first, List<float>? raw = null)
    {
        if (names.Count == first)
        {
            return;
        }

        var s = _scratch ??= new Scratch();
        Reset(s, text.Tokens.Length);
        var maxLen = CollectVotes(s, text, names, first, raw);
        Retype(s, names, first);
        var count = names.Count;
        AddOccurrences(s, text, names, maxLen, raw);
        if (names.Count > count)
        {
            Merge(s, names, first, count, raw);
        }
    }

    private static void Reset(Scratch s, int tokenCount)
    {
        s.Index.Clear();
        s.Votes.Clear();
        s.NameIndex.Clear();
        Array.Clear(s.Filter, 0, s.Filter.Length);
        if (s.Covered.Length < tokenCount)
        {
            s.Covered = new bool[Math.Max(tokenCount, s.Covered.Length * 2)];
        }
        else
        {
            Array.Clear(s.Covered, 0, tokenCount);
        }
    }

    // Marks the tagged names' tokens as covered and votes for each name's type, for a bracketed acronym right
    // after it and for a person's last word; returns the longest name that voted.
    private static int CollectVotes(Scratch s, TokenizedText text, List<TaggedName> names, int first, List<float>? raw)
    {
        var tokens = text.Tokens;
        var covered = s.Covered;
        var maxLen = 1;
        for (var i = first; i < names.Count; i++)
        {
            var name = names[i];
            for (var t = name.FirstToken; t < name.EndToken; t++)
            {
                covered[t] = true;
            }

            var r = raw?[i] ?? 0f;
            if (name.TokenCount <= MaxLength)
            {
                s.NameIndex.Add(Vote(s, tokens, name.FirstToken, name.TokenCount, name.Type, name.Confidence, r));
                maxLen = Math.Max(maxLen, name.TokenCount);
            }
            else
            {
                s.NameIndex.Add(-1);
            }

            // "Democratic Alliance (DA)": the acronym in brackets right after a longer name is that name.
            var end = name.EndToken;
            if (name.TokenCount >= 2 && end + 2 < tokens.Length && IsChar(text, end, '(') && IsChar(text, end + 2, ')')
                && tokens[end + 1].IsAllCaps && tokens[end + 1].Length <= 8)
            {
                Vote(s, tokens, end + 1, 1, name.Type, name.Confidence * 0.8f, r);
            }

            // A multi-word person's last word stands for the person later on.
            var last = name.EndToken - 1;
            if (name.Type == NameType.Person && name.TokenCount >= 2 && tokens[last].IsCapitalized && tokens[last].Length >= 3)
            {
                Vote(s, tokens, last, 1, NameType.Person, name.Confidence * 0.5f, r);
            }
        }

        return maxLen;
    }

    // Retypes tagged names to their clear majority type (each name's sequence as CollectVotes found it: no rehashing).
    private static void Retype(Scratch s, List<TaggedName> names, int first)
    {
        for (var i = first; i < names.Count; i++)
        {
            var name = names[i];
            var index = s.NameIndex[i - first];
            if (index < 0)
            {
                continue;
            }

            var v = index * 5;
            var best = Best(s.Votes, v);
            if (best != name.Type && s.Votes[v + (int)best] > s.Votes[v + (int)name.Type] * 1.5f)
            {
                names[i] = new TaggedName(name.FirstToken, name.TokenCount, best, name.Confidence);
            }
        }
    }

    // Appends untagged capitalized occurrences of known names, longest first at each token (in text order).
    private static void AddOccurrences(Scratch s, TokenizedText text, List<TaggedName> names, int maxLen, List<float>? raw)
    {
        var tokens = text.Tokens;
        var covered = s.Covered;
        foreach (var sentence in text.Sentences)
        {
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                ref readonly var tok = ref tokens[t];
                if (covered[t] || !tok.IsCapitalized || !InFilter(s, tok.Hash))
                {
                    continue;
                }

                var added = AddAt(s, tokens, t, sentence.EndToken, maxLen, names, raw);
                t += Math.Max(added, 1) - 1;
            }
        }
    }

    // The longest known name at token t that fits before the sentence end and covered tokens, added as a name;
    // its length, or 0.
    private static int AddAt(Scratch s, Token[] tokens, int t, int sentenceEnd, int maxLen, List<TaggedName> names, List<float>? raw)
    {
        var covered = s.Covered;
        var free = 0;
        while (free < maxLen && t + free < sentenceEnd && !covered[t + free])
        {
            free++;
        }

        // The key of each length is the chain's value after that many tokens: one pass gives them all.
        var keys = s.Keys;
        var h = KeySeed;
        for (var k = 0; k < free; k++)
        {
            h = StableHash.Mix(h ^ (uint)tokens[t + k].Hash);
            keys[k] = h;
        }

        for (var len = free; len >= 1; len--)
        {
            if (!s.Index.TryGetValue(keys[len - 1], out var index))
            {
                continue;
            }

            // The next word must not continue the name ("Starmer Avenue").
            if (t + len < sentenceEnd && tokens[t + len].IsCapitalized && tokens[t + len].Kind == TokenKind.Word)
            {
                return 0;
            }

            var v = index * 5;
            var type = Best(s.Votes, v);
            var sum = s.Votes[v + 1] + s.Votes[v + 2] + s.Votes[v + 3] + s.Votes[v + 4];
            var confidence = s.Votes[v + (int)type] / Math.Max(1f, sum);
            names.Add(new TaggedName(t, len, type, Math.Min(confidence, 0.95f) * 0.9f));
            raw?.Add(s.Votes[v]);
            for (var k = t; k < t + len; k++)
            {
                covered[k] = true;
            }

            return len;
        }

        return 0;
    }

    // The added names (from count on) are in text order, as are the sentence pass's (first..count): merge them.
    private static void Merge(Scratch s, List<TaggedName> names, int first, int count, List<float>? raw)
    {
        s.Sorted.Clear();
        s.SortedRaw.Clear();
        int a = first, b = count;
        while (a < count || b < names.Count)
        {
            var takeA = b >= names.Count || (a < count && names[a].FirstToken < names[b].FirstToken);
            var i = takeA ? a++ : b++;
            s.Sorted.Add(names[i]);
            if (raw != null)
            {
                s.SortedRaw.Add(raw[i]);
            }
        }

        for (var i = 0; i < s.Sorted.Count; i++)
        {
            names[first + i] = s.Sorted[i];
            if (raw != null)
            {
                raw[first + i] = s.SortedRaw[i];
            }
        }
    }

    // Adds a vote for the sequence; its index (in Votes, by fives).
    private static int Vote(Scratch s, Token[] tokens, int first, int count, NameType type, float weight, float raw)
    {
        var key = Key(tokens, first, count);
        if (!s.Index.TryGetValue(key, out var index))
        {
            index = s.Votes.Count / 5;
            s.Index[key] = index;
            for (var i = 0; i < 5; i++)
            {
                s.Votes.Add(0f);
            }

            s.Votes[index * 5] = float.MinValue;
            var h = (uint)tokens[first].Hash & 1023;
            s.Filter[h >> 6] |= 1UL << (int)(h & 63);
        }

        s.Votes[index * 5 + (int)type] += Math.Max(weight, 0.05f);
        s.Votes[index * 5] = Math.Max(s.Votes[index * 5], raw);
        return index;
    }

    private static bool IsChar(TokenizedText text, int token, char c) =>
        text.Tokens[token].Kind == TokenKind.Punctuation && text.Text[text.Tokens[token].Start] == c;

    private static bool InFilter(Scratch s, int hash)
    {
        var h = (uint)hash & 1023;
        return (s.Filter[h >> 6] & (1UL << (int)(h & 63))) != 0;
    }

    private static NameType Best(List<float> votes, int v)
    {
        var best = 1;
        for (var t = 2; t <= 4; t++)
        {
            if (votes[v + t] > votes[v + best])
            {
                best = t;
            }
        }

        return (NameType)best;
    }

    // The sequence of case-folded token hashes (the name must be capitalized where it is added, so case is checked there).
    // A chain over the tokens' hashes (no length up front), so a sequence's prefixes are keyed on the way.
    private static ulong Key(Token[] tokens, int first, int count)
    {
        var h = KeySeed;
        for (var t = first; t < first + count; t++)
        {
            h = StableHash.Mix(h ^ (uint)tokens[t].Hash);
        }

        return h;
    }
}
