using System;
using System.Collections.Generic;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Names
{
    /// <summary>
    /// Document-level consistency: a name tagged once is the same name later in the article. Every occurrence of
    /// the same token sequence takes the type most of its tagged occurrences (weighted by confidence) have, and
    /// capitalized occurrences the sentence pass missed are added; a person's surname alone ("Bolsonaro" after
    /// "Jair Bolsonaro") is the person too.
    /// </summary>
    internal static class DocumentPass
    {
        public static void Apply(TokenizedText text, List<TaggedName> names, int first, List<float>? raw = null)
        {
            var count = names.Count - first;
            if (count == 0)
            {
                return;
            }

            var tokens = text.Tokens;
            var votes = new Dictionary<string, float[]>(StringComparer.Ordinal);
            var rawOf = new Dictionary<string, float>(StringComparer.Ordinal);
            var covered = new bool[tokens.Length];
            for (var i = first; i < names.Count; i++)
            {
                var name = names[i];
                for (var t = name.FirstToken; t < name.EndToken; t++)
                {
                    covered[t] = true;
                }

                Vote(votes, rawOf, Key(text, name.FirstToken, name.TokenCount), name.Type, name.Confidence, raw?[i] ?? 0f);

                // A multi-word person's last word stands for the person later on.
                if (name.Type == NameType.Person && name.TokenCount >= 2)
                {
                    var last = name.EndToken - 1;
                    if (tokens[last].IsCapitalized && tokens[last].Length >= 3)
                    {
                        Vote(votes, rawOf, Key(text, last, 1), NameType.Person, name.Confidence * 0.5f, raw?[i] ?? 0f);
                    }
                }
            }

            // Retype tagged names to their majority type.
            for (var i = first; i < names.Count; i++)
            {
                var name = names[i];
                var v = votes[Key(text, name.FirstToken, name.TokenCount)];
                var best = Best(v);
                if (best != name.Type && v[(int)best] > v[(int)name.Type] * 1.5f)
                {
                    names[i] = new TaggedName(name.FirstToken, name.TokenCount, best, name.Confidence);
                }
            }

            // Add untagged capitalized occurrences of known names (longest first at each token).
            var maxLen = 1;
            var firstWords = new HashSet<int>();
            foreach (var key in votes.Keys)
            {
                var len = 1;
                foreach (var c in key)
                {
                    if (c == ' ')
                    {
                        len++;
                    }
                }

                maxLen = Math.Max(maxLen, len);
            }

            for (var i = first; i < names.Count; i++)
            {
                firstWords.Add(tokens[names[i].FirstToken].Hash);
                if (names[i].Type == NameType.Person && names[i].TokenCount >= 2)
                {
                    firstWords.Add(tokens[names[i].EndToken - 1].Hash);
                }
            }

            var added = false;
            foreach (var sentence in text.Sentences)
            {
                for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
                {
                    if (covered[t] || !tokens[t].IsCapitalized || !firstWords.Contains(tokens[t].Hash))
                    {
                        continue;
                    }

                    for (var len = Math.Min(maxLen, sentence.EndToken - t); len >= 1; len--)
                    {
                        var free = true;
                        for (var k = t; k < t + len; k++)
                        {
                            free &= !covered[k];
                        }

                        if (!free || !votes.TryGetValue(Key(text, t, len), out var v))
                        {
                            continue;
                        }

                        // Only extend, never start, a name at a lower-case word; and the next word must not continue it.
                        if (t + len < sentence.EndToken && tokens[t + len].IsCapitalized && tokens[t + len].Kind == TokenKind.Word)
                        {
                            break;
                        }

                        var type = Best(v);
                        var confidence = v[(int)type] / Math.Max(1f, Sum(v));
                        names.Add(new TaggedName(t, len, type, Math.Min(confidence, 0.95f) * 0.9f));
                        raw?.Add(rawOf[Key(text, t, len)]);
                        for (var k = t; k < t + len; k++)
                        {
                            covered[k] = true;
                        }

                        added = true;
                        t += len - 1;
                        break;
                    }
                }
            }

            if (added)
            {
                Sort(names, first, raw);
            }
        }

        private static void Sort(List<TaggedName> names, int first, List<float>? raw)
        {
            var n = names.Count - first;
            var order = new int[n];
            var keys = new int[n];
            for (var i = 0; i < n; i++)
            {
                order[i] = i;
                keys[i] = names[first + i].FirstToken;
            }

            Array.Sort(keys, order);
            var copy = names.GetRange(first, n);
            var rawCopy = raw?.GetRange(first, n);
            for (var i = 0; i < n; i++)
            {
                names[first + i] = copy[order[i]];
                if (raw != null)
                {
                    raw[first + i] = rawCopy![order[i]];
                }
            }
        }

        private static void Vote(Dictionary<string, float[]> votes, Dictionary<string, float> rawOf, string key, NameType type, float weight, float raw)
        {
            if (!votes.TryGetValue(key, out var v))
            {
                v = new float[5];
                votes[key] = v;
                rawOf[key] = raw;
            }

            v[(int)type] += Math.Max(weight, 0.05f);
            rawOf[key] = Math.Max(rawOf[key], raw);
        }

        private static NameType Best(float[] v)
        {
            var best = 1;
            for (var t = 2; t < v.Length; t++)
            {
                if (v[t] > v[best])
                {
                    best = t;
                }
            }

            return (NameType)best;
        }

        private static float Sum(float[] v) => v[1] + v[2] + v[3] + v[4];

        private static string Key(TokenizedText text, int first, int count)
        {
            if (count == 1)
            {
                return text.TokenText(first);
            }

            var sb = new System.Text.StringBuilder();
            for (var t = first; t < first + count; t++)
            {
                if (t > first)
                {
                    sb.Append(' ');
                }

                sb.Append(text.Text, text.Tokens[t].Start, text.Tokens[t].Length);
            }

            return sb.ToString();
        }
    }
}
