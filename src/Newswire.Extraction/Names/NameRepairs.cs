using System;
using System.Collections.Generic;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Names;

/// <summary>
/// Span repairs after a sentence is tagged, for the CoNLL convention the tagger's greedy decoding cannot
/// always keep: a name neither starts nor ends with a word that has no capital letter, nor starts with an
/// article ("The Onion" → "Onion", "Sea Org group" → "Sea Org"); and an organization followed by "of" and
/// another name is one organization ("Church" + "of" + "Scientology"), and so is a place right before an
/// organization ("Boston" + "Red Sox").
/// </summary>
internal static class NameRepairs
{
    /// <summary>For the trainer's measurements only (with and without the repairs).</summary>
    internal static bool Enabled = true;

    public static void Apply(TokenizedText text, List<TaggedName> names, int from, List<float>? raw)
    {
        if (!Enabled || names.Count == from)
        {
            return;
        }

        var tokens = text.Tokens;
        var write = from;
        for (var i = from; i < names.Count; i++)
        {
            var n = names[i];
            int start = n.FirstToken, end = n.EndToken;
            while (start < end && (NoCapital(text, start) || IsArticle(text, start)))
            {
                start++;
            }

            while (end > start && (NoCapital(text, end - 1) || tokens[end - 1].Kind is TokenKind.Possessive or TokenKind.Punctuation))
            {
                end--;
            }

            if (end == start)
            {
                continue;
            }

            var repaired = new TaggedName(start, end - start, n.Type, n.Confidence);

            // "<organization> of <name>": one organization.
            if (write > from)
            {
                var prev = names[write - 1];
                if (prev.Type == NameType.Organization && n.Type != NameType.Person && prev.EndToken + 1 == start
                    && tokens[prev.EndToken].IsLower && text.Is(prev.EndToken, "of"))
                {
                    names[write - 1] = new TaggedName(prev.FirstToken, end - prev.FirstToken, NameType.Organization, Math.Min(prev.Confidence, n.Confidence));
                    if (raw != null)
                    {
                        raw[write - 1] = Math.Min(raw[write - 1], raw[i]);
                    }

                    continue;
                }
            }

            // "<place> <organization>" with nothing between: one organization ("Boston" + "Red Sox").
            if (write > from)
            {
                var prev = names[write - 1];
                if (prev.Type == NameType.Location && repaired.Type == NameType.Organization && prev.EndToken == start)
                {
                    names[write - 1] = new TaggedName(prev.FirstToken, end - prev.FirstToken, NameType.Organization, Math.Min(prev.Confidence, n.Confidence));
                    if (raw != null)
                    {
                        raw[write - 1] = Math.Min(raw[write - 1], raw[i]);
                    }

                    continue;
                }
            }

            names[write] = repaired;
            if (raw != null)
            {
                raw[write] = raw[i];
            }

            write++;
        }

        var remove = names.Count - write;
        if (remove > 0)
        {
            names.RemoveRange(write, remove);
            raw?.RemoveRange(write, remove);
        }
    }

    // A word with letters, none of them capitals ("bar", "group", "of"); numbers and punctuation are not words here.
    private static bool NoCapital(TokenizedText text, int token)
    {
        ref readonly var t = ref text.Tokens[token];
        if (t.Kind != TokenKind.Word || t.IsCapitalized || t.IsAllCaps)
        {
            return false;
        }

        var s = text.Text;
        for (var i = t.Start; i < t.End; i++)
        {
            if (char.IsUpper(s[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsArticle(TokenizedText text, int token) =>
        text.Tokens[token].Length <= 3 && (text.Is(token, "the") || text.Is(token, "a") || text.Is(token, "an"));
}
