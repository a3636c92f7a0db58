using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Text;

/// <summary>
/// The tokens and sentences of an article's analysed regions (headline and paragraphs), built once per
/// article and shared by the actor and event extractors. See <c>Text/README.md</c> for the contract.
/// </summary>
internal sealed class TokenizedText
{
    // Words that start a new sentence after an ambiguous abbreviation ("... in the U.S. The talks ...").
    private static readonly TermTable<bool> SentenceOpeners = Openers();

    private static long _lastId;

    private TokenizedText(string text, Token[] tokens, Sentence[] sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Id = System.Threading.Interlocked.Increment(ref _lastId);
    }

    /// <summary>
    /// A number no other text of this process has: per-thread memos keyed by the article remember it instead of
    /// the text itself, which would keep the article's tokens alive into the next one (and through its collections).
    /// </summary>
    public long Id { get; }

    /// <summary>The full article text; every offset is into it.</summary>
    public string Text { get; }

    /// <summary>All tokens of all regions in text order.</summary>
    public Token[] Tokens { get; }

    /// <summary>All sentences in text order; each lies within one region and the headline is one sentence.</summary>
    public Sentence[] Sentences { get; }

    /// <summary>Tokenizes the document's regions.</summary>
    public static TokenizedText Build(IRegionText document) =>
        Build(document.Text, document.Regions, document.Headline);

    /// <summary>Tokenizes <paramref name="regions"/> of <paramref name="text"/>; a region starting where <paramref name="headline"/> does is the headline.</summary>
    public static TokenizedText Build(string text, IReadOnlyList<TextSpan> regions, TextSpan? headline = null)
    {
        var total = 0;
        for (var r = 0; r < regions.Count; r++)
        {
            total += regions[r].Length; // indexed: foreach over the interface would box an enumerator per article
        }

        var buffer = TokenBuffer.Rent(total / 4 + 16);
        var sentences = SentenceScratch ??= new List<Sentence>(64);
        sentences.Clear();
        var body = false;
        for (var r = 0; r < regions.Count; r++)
        {
            var region = regions[r];
            var first = buffer.Count;
            Tokenizer.Tokenize(text, region.Start, region.End, buffer);
            var isHeadline = headline is { } h && h.Start == region.Start;
            if (buffer.Count > first)
            {
                // The first body paragraph may open with a wire dateline: its own sentence.
                var dateline = isHeadline || body ? -1 : Dateline.End(text, buffer.ToArrayView(out var count), first, count);
                body |= !isHeadline && !(dateline < 0 && Dateline.IsByline(text, region.Start, region.End));
                Split(text, buffer, first, r, isHeadline, sentences, dateline);
            }
        }

        var result = new TokenizedText(text, buffer.ToArray(), sentences.ToArray());
        TokenBuffer.Return(buffer);
        if (sentences.Capacity > 1 << 14)
        {
            SentenceScratch = null;
        }

        return result;
    }

    [System.ThreadStatic]
    private static List<Sentence>? SentenceScratch;

    /// <summary>The text of token <paramref name="index"/> (allocates; for diagnostics and tests).</summary>
    public string TokenText(int index) => Text.Substring(Tokens[index].Start, Tokens[index].Length);

    /// <summary>Whether token <paramref name="index"/> equals <paramref name="normalized"/> (lower case, no periods).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Is(int index, string normalized)
    {
        ref readonly var t = ref Tokens[index];
        if (t.Length < normalized.Length)
        {
            return false;
        }

        // The first character decides most comparisons (as SpanEquals would, without the call): that test is made
        // where the question is asked, the rest of the comparison is not.
        var f = TermKey.Fold(Text[t.Start]);
        if (f != '\0' && (normalized.Length == 0 || normalized[0] != f))
        {
            return false;
        }

        return TermKey.SpanEquals(Text, t.Start, t.Length, normalized);
    }

    /// <summary>The span from token <paramref name="first"/> through token <paramref name="last"/>.</summary>
    public TextSpan Span(int first, int last) => new TextSpan(Tokens[first].Start, Tokens[last].End - Tokens[first].Start);

    // The last sentence SentenceOf found: callers mostly ask about tokens near the previous one (any value is only
    // a guess that is checked, so a stale one from another caller is harmless).
    private int _lastSentence;

    /// <summary>Index of the sentence holding token <paramref name="token"/> (the last answer, else a binary search).</summary>
    [MethodImpl(Hot.Path)]
    public int SentenceOf(int token)
    {
        var sentences = Sentences;
        var k = _lastSentence;
        if ((uint)k < (uint)sentences.Length && sentences[k].FirstToken <= token && token < sentences[k].EndToken)
        {
            return k;
        }

        int lo = 0, hi = sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (sentences[mid].EndToken <= token)
            {
                lo = mid + 1;
            }
            else if (sentences[mid].FirstToken > token)
            {
                hi = mid - 1;
            }
            else
            {
                _lastSentence = mid;
                return mid;
            }
        }

        return -1;
    }

    [MethodImpl(Hot.Path)]
    private static void Split(string text, TokenBuffer buffer, int first, int region, bool headline, List<Sentence> sentences, int dateline)
    {
        var tokens = buffer.ToArrayView(out var end);
        var start = first;
        if (dateline >= 0)
        {
            var d = Make(text, tokens, first, dateline, region, headline, first, end);
            sentences.Add(new Sentence(d.Span, d.FirstToken, d.TokenCount, region, Dateline.Flags(d.Flags)));
            start = dateline + 1;
            tokens[start] = Dateline.Opening(tokens[start]);
        }

        for (var t = start; t < end; t++)
        {
            ref readonly var tok = ref tokens[t];
            var last = -1;
            if ((tok.Flags & TokenFlags.Terminal) != 0)
            {
                last = EndAfterTerminal(text, tokens, t, end);
            }
            else if ((tok.Flags & TokenFlags.Abbreviation) != 0 && t + 1 < end && EndsAtAbbreviation(text, tokens, t))
            {
                last = t;
            }

            if (last >= 0)
            {
                sentences.Add(Make(text, tokens, start, last, region, headline, first, end));
                start = last + 1;
                t = last;
            }
        }

        if (start < end)
        {
            sentences.Add(Make(text, tokens, start, end - 1, region, headline, first, end));
        }
    }

    // The last token of a sentence that ends at the terminal punctuation tokens[t] (closing quotes and brackets
    // right after it belong to the sentence), or -1 when what follows does not open a new sentence.
    [MethodImpl(Hot.Path)]
    private static int EndAfterTerminal(string text, Token[] tokens, int t, int end)
    {
        var j = t + 1;
        while (j < end && tokens[j].Kind == TokenKind.Punctuation && (tokens[j].Flags & TokenFlags.Attached) != 0
               && Tokenizer.IsCloser(text[tokens[j].Start])
               && (j + 1 >= end || (tokens[j + 1].Flags & TokenFlags.Attached) == 0 || Tokenizer.IsCloser(text[tokens[j + 1].Start])))
        {
            j++;
        }

        if (j >= end)
        {
            return j - 1;
        }

        ref readonly var next = ref tokens[j];
        var attachedDot = text[tokens[t].Start] == '.' && (next.Flags & TokenFlags.Attached) != 0 && j == t + 1;
        var opens = next.IsCapitalized || next.Kind == TokenKind.Number
                    || (next.Kind == TokenKind.Punctuation && Tokenizer.IsOpener(text[next.Start]))
                    || (next.Flags & TokenFlags.NewlineBefore) != 0;
        return !attachedDot && opens ? j - 1 : -1;
    }

    // Whether a sentence ends at the abbreviation tokens[t] (not the last token): the next token starts a line, or
    // the abbreviation may end a sentence and a short capitalized sentence opener follows ("etc. The").
    [MethodImpl(Hot.Path)]
    private static bool EndsAtAbbreviation(string text, Token[] tokens, int t)
    {
        ref readonly var tok = ref tokens[t];
        ref readonly var next = ref tokens[t + 1];
        if ((next.Flags & TokenFlags.NewlineBefore) != 0)
        {
            return true;
        }

        return (tok.Flags & TokenFlags.Initial) == 0 && !Tokenizer.IsTitleAbbreviation(text, tok)
               && next.IsCapitalized && next.Length <= 12 && SentenceOpeners.Contains(text, next);
    }

    [MethodImpl(Hot.Path)]
    private static Sentence Make(string text, Token[] tokens, int first, int last, int region, bool headline, int regionFirst, int regionEnd)
    {
        var flags = SentenceFlags.None;
        if (headline)
        {
            flags |= SentenceFlags.Headline;
        }

        if (first == regionFirst)
        {
            flags |= SentenceFlags.RegionStart;
        }

        // Capitalization statistics over words long enough to be content words.
        int words = 0, capitalized = 0, allCaps = 0, letters = 0;
        for (var t = first; t <= last; t++)
        {
            ref readonly var tok = ref tokens[t];
            if (tok.Kind != TokenKind.Word || (tok.Flags & TokenFlags.HasDigit) != 0)
            {
                continue;
            }

            letters++;
            if ((tok.Flags & TokenFlags.AllCaps) != 0)
            {
                allCaps++;
            }

            if (tok.Length >= 4)
            {
                words++;
                if (tok.IsCapitalized)
                {
                    capitalized++;
                }
            }
        }

        if (letters >= 2 && allCaps * 10 >= letters * 8)
        {
            flags |= SentenceFlags.AllCaps;
        }

        // Title case only for a heading-like unit: the headline, or a whole region without final punctuation.
        // A line ending in a colon introduces a quote ("Foreign Office Minister, Tobias Ellwood, said:"): body text.
        var heading = headline || ((flags & SentenceFlags.RegionStart) != 0 && last == regionEnd - 1 && (tokens[last].Flags & TokenFlags.Terminal) == 0
                                   && !(tokens[last].Kind == TokenKind.Punctuation && tokens[last].Length == 1 && last > first && text[tokens[last].Start] == ':'));
        if (heading && words >= 2 && capitalized * 4 >= words * 3)
        {
            flags |= SentenceFlags.TitleCase;
        }

        var span = new TextSpan(tokens[first].Start, tokens[last].End - tokens[first].Start);
        return new Sentence(span, first, last - first + 1, region, flags);
    }

    [MethodImpl(Hot.Path)]
    private static TermTable<bool> Openers()
    {
        var t = new TermTable<bool>(64);
        foreach (var w in new[]
        {
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "in",
            "on", "at", "but", "and", "however", "meanwhile", "after", "before", "when", "while", "his", "her", "their",
            "its", "our", "as", "if", "for", "with", "according", "during", "since", "although", "yet", "so", "also",
            "some", "many", "one", "officials", "both", "no", "other", "then", "later", "earlier", "what", "why", "how",

            // Business copy opens the sentence after a company's legal form with its market ("... Holdings Corp.
            // Shares fell"); no company name goes on with these words.
            "shares", "analysts", "investors", "traders",
        })
        {
            t.Set(w, true);
        }

        return t;
    }
}
