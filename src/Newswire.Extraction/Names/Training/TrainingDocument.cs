using System;
using System.Collections.Generic;
using System.Text;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Names.Training;

/// <summary>One sentence of a CoNLL file: tokens and their BIO tags ("B-PER", "I-ORG", "O").</summary>
internal sealed class ConllSentence
{
    public ConllSentence(string[] tokens, string[] tags)
    {
        Tokens = tokens;
        Tags = tags;
    }

    public string[] Tokens { get; }

    public string[] Tags { get; }
}

/// <summary>
/// A training or evaluation document as the engine sees an article: the CoNLL sentences rendered as text (the
/// first sentence as a headline line, then paragraphs of five sentences, like the dev/names documents), run
/// through the engine's own tokenizer and sentence splitter, with the gold names mapped onto engine tokens
/// (possessive clitics and edge punctuation trimmed, as in the CoNLL convention). So the tagger learns on
/// exactly the tokens and sentence flags it will see at run time.
/// </summary>
internal sealed class TrainingDocument
{
    private TrainingDocument(TokenizedText text, List<(int First, int Count, NameType Type)> names)
    {
        Text = text;
        Names = names;
    }

    public TokenizedText Text { get; }

    /// <summary>Gold names as engine token ranges, in text order.</summary>
    public List<(int First, int Count, NameType Type)> Names { get; }

    public static TrainingDocument From(IReadOnlyList<ConllSentence> sentences) => From(sentences, detokenize: true);

    /// <summary>As <see cref="From(IReadOnlyList{ConllSentence})"/>; without <paramref name="detokenize"/> every token is separated by a space.</summary>
    public static TrainingDocument From(IReadOnlyList<ConllSentence> sentences, bool detokenize)
    {
        var sb = new StringBuilder();
        var regions = new List<TextSpan>();
        var goldSpans = new List<(int Start, int End, NameType Type)>();
        var regionStart = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            // Line breaks: after the first sentence (the headline) and after every fifth sentence of the body.
            if (s > 0)
            {
                if (s == 1 || (s - 1) % 5 == 0)
                {
                    regions.Add(new TextSpan(regionStart, sb.Length - regionStart));
                    sb.Append('\n');
                    regionStart = sb.Length;
                }
                else
                {
                    sb.Append(' ');
                }
            }

            var sentence = sentences[s];
            var open = -1;
            var lastEnd = sb.Length;
            NameType type = 0;
            for (var i = 0; i < sentence.Tokens.Length; i++)
            {
                var token = sentence.Tokens[i];
                if (i > 0 && (!detokenize || SpaceBetween(sentence.Tokens[i - 1], token)))
                {
                    sb.Append(' ');
                }

                var tag = sentence.Tags[i];
                var t = TypeOf(tag);
                var inside = tag.StartsWith("I-", StringComparison.Ordinal) && open >= 0 && t == type;
                if (!inside && open >= 0)
                {
                    goldSpans.Add((open, lastEnd, type));
                    open = -1;
                }

                if (t != 0 && !inside)
                {
                    open = sb.Length;
                    type = t;
                }

                sb.Append(token);
                lastEnd = sb.Length;
            }

            if (open >= 0)
            {
                goldSpans.Add((open, lastEnd, type));
            }
        }

        if (sb.Length > regionStart)
        {
            regions.Add(new TextSpan(regionStart, sb.Length - regionStart));
        }

        var text = sb.ToString();
        var headline = regions.Count > 0 ? regions[0] : (TextSpan?)null;
        var tokenized = TokenizedText.Build(text, regions, headline);
        return new TrainingDocument(tokenized, MapSpans(tokenized, goldSpans));
    }

    // Detokenization as in the dev/names documents and real text: punctuation and clitics attach ("said.",
    // "Merkel's", "(Reuters)"), so the engine sees the tokens and flags it will see at run time.
    private static bool SpaceBetween(string previous, string token)
    {
        if (previous == "(" || previous == "[" || previous == "{")
        {
            return false;
        }

        switch (token)
        {
            case ",":
            case ".":
            case ";":
            case ":":
            case "!":
            case "?":
            case ")":
            case "]":
            case "}":
            case "%":
            case "'s":
            case "\u2019s":
            case "'S":
            case "n't":
            case "'re":
            case "'ll":
            case "'ve":
            case "'m":
            case "'d":
                return false;
            default:
                return true;
        }
    }

    private static List<(int, int, NameType)> MapSpans(TokenizedText text, List<(int Start, int End, NameType Type)> spans)
    {
        var names = new List<(int, int, NameType)>();
        var tokens = text.Tokens;
        var t = 0;
        foreach (var (start, end, type) in spans)
        {
            while (t < tokens.Length && tokens[t].Start < start)
            {
                t++;
            }

            var first = t;
            var last = t - 1;
            for (var k = t; k < tokens.Length && tokens[k].End <= end; k++)
            {
                last = k;
            }

            // Trim possessives and punctuation at the edges ("Obama's" -> Obama; "(Reuters" -> Reuters).
            while (first <= last && tokens[first].Kind is TokenKind.Punctuation or TokenKind.Possessive)
            {
                first++;
            }

            while (last >= first && tokens[last].Kind is TokenKind.Punctuation or TokenKind.Possessive)
            {
                last--;
            }

            if (last >= first && text.SentenceOf(first) == text.SentenceOf(last))
            {
                names.Add((first, last - first + 1, type));
            }
        }

        return names;
    }

    private static NameType TypeOf(string tag)
    {
        if (tag.Length < 3)
        {
            return 0;
        }

        switch (tag.Substring(2))
        {
            case "PER": return NameType.Person;
            case "ORG": return NameType.Organization;
            case "LOC": return NameType.Location;
            case "MISC": return NameType.Misc;
            default: return 0;
        }
    }

    /// <summary>Reads a CoNLL file (token TAB tag, blank lines between sentences, -DOCSTART- between documents).</summary>
    public static List<List<ConllSentence>> ReadConll(IEnumerable<string> lines)
    {
        var docs = new List<List<ConllSentence>>();
        var doc = new List<ConllSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();

        void EndSentence()
        {
            if (tokens.Count > 0)
            {
                doc.Add(new ConllSentence(tokens.ToArray(), tags.ToArray()));
                tokens.Clear();
                tags.Clear();
            }
        }

        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                EndSentence();
                if (doc.Count > 0)
                {
                    docs.Add(doc);
                }

                doc = new List<ConllSentence>();
                continue;
            }

            if (line.Trim().Length == 0)
            {
                EndSentence();
                continue;
            }

            var tab = line.LastIndexOf('\t');
            if (tab <= 0)
            {
                continue;
            }

            var token = line.Substring(0, tab).Trim();
            if (token.Length == 0)
            {
                continue;
            }

            tokens.Add(token);
            tags.Add(line.Substring(tab + 1).Trim());
        }

        EndSentence();
        if (doc.Count > 0)
        {
            docs.Add(doc);
        }

        return docs;
    }
}
