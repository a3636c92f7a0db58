using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Actors;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// What a filter stage sees of one event draft: the sentence's tokens with their stage tables, the clause
/// around the trigger and the actors. One instance per extraction run, refilled for each event.
/// </summary>
internal sealed class EventContext
{
    public string Text = "";
    public Token[] Tokens = Array.Empty<Token>();
    public ActorExtractionResult Actors = ActorExtractionResult.Empty;

    /// <summary>The mention covering each token of the article (the run's map of <see cref="Actors"/>).</summary>
    public MentionMap Mentions;

    /// <summary>The stage tables, for words outside the current sentence.</summary>
    public StageWords Words = StageWords.Default;
    public DateTime? Published;

    /// <summary>Stage tables per token of the current sentence (index: token - <see cref="SentenceStart"/>).</summary>
    public StageSet[] Bits = Array.Empty<StageSet>();

    /// <summary>The union of <see cref="Bits"/> over the sentence.</summary>
    public StageSet SentenceBits;

    /// <summary>The union of the stage tables over the article's headline lines: what kind of story this is.</summary>
    public StageSet StoryBits;

    /// <summary>Whether a headline word outside names is an accident's (<c>[accident]</c>: "mine collapse", "ferry fire").</summary>
    public bool AccidentHeadline;

    /// <summary>The body's evidence so far that the story reports a game (EventRun.ReadBodyKind).</summary>
    public int SportPoints;

    public int SentenceStart;
    public int SentenceEnd;
    public int ClauseStart;
    public int Trigger;
    public int TriggerEnd;
    public int WindowEnd;
    /// <summary>The draft's CAMEO code; setting it sets <see cref="Root"/>, which most stages ask first.</summary>
    public string Code
    {
        get => _code;
        set
        {
            _code = value;
            Root = value.Length >= 2 ? (value[0] - '0') * 10 + (value[1] - '0') : 0;
        }
    }

    private string _code = "";
    public int Agent = -1;
    public IReadOnlyList<int> Counterparts = Array.Empty<int>();
    public bool Passive;
    public bool FromNoun;

    /// <summary>The agent <see cref="TitledAnswer"/> answers for (ActorGate's per-article memo), or -1.</summary>
    public int TitledAgent = -1;

    /// <summary>Whether a mention of <see cref="TitledAgent"/> has a political head before it.</summary>
    public bool TitledAnswer;

    /// <summary>Forgets the article's memos (the run's context is reused for the next article).</summary>
    public void Reset()
    {
        _maxYear = -2;
        TitledAgent = -1;
        TitledAnswer = false;
        StoryBits = StageSet.None;
        AccidentHeadline = false;
        SportPoints = 0;
    }

    /// <summary>Drops the article's text, tokens and actors when the run ends: the thread's pooled run would keep them alive otherwise.</summary>
    public void Release()
    {
        Text = "";
        Tokens = Array.Empty<Token>();
        Actors = ActorExtractionResult.Empty;
        Counterparts = Array.Empty<int>();
    }

    /// <summary>The code's two-digit root (0 for a shorter code).</summary>
    public int Root { get; private set; }

    public bool Has(int i, StageSet set) => i >= SentenceStart && i < SentenceEnd && (Bits[i - SentenceStart] & set) != 0;

    public bool SentenceHas(StageSet set) => (SentenceBits & set) != 0;

    public bool StoryHas(StageSet set) => (StoryBits & set) != 0;

    /// <summary>The first token in [from, to) of <paramref name="set"/>, or -1.</summary>
    public int Find(int from, int to, StageSet set)
    {
        for (var i = Math.Max(from, SentenceStart); i < to && i < SentenceEnd; i++)
        {
            if ((Bits[i - SentenceStart] & set) != 0)
            {
                return i;
            }
        }

        return -1;
    }

    public int MentionAt(int i) => Mentions.At(i);

    public ExtractedActor AgentActor => Actors.Actors[Agent];

    public bool IsLower(int i) => Tokens[i].IsLower;

    public bool IsWord(int i) => Tokens[i].Kind == TokenKind.Word;

    /// <summary>Whether token <paramref name="i"/> is <paramref name="word"/>, in any case.</summary>
    public bool IsWord(int i, string word)
    {
        var t = Tokens[i];
        return t.Length == word.Length && SpanText.EqualsIgnoreCase(word, Text, t.Start);
    }

    /// <summary>Whether token <paramref name="i"/> is one of <paramref name="words"/>, in any case.</summary>
    public bool IsAnyWord(int i, string[] words)
    {
        // The token read once: the stages ask this of lists of a few to a dozen words.
        ref readonly var t = ref Tokens[i];
        var length = t.Length;
        foreach (var w in words)
        {
            if (w.Length == length && SpanText.EqualsIgnoreCase(w, Text, t.Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="i"/> starts with one of <paramref name="prefixes"/>, in any case.</summary>
    public bool StartsWithAny(int i, string[] prefixes)
    {
        foreach (var p in prefixes)
        {
            if (StartsWith(i, p))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="i"/> starts with <paramref name="prefix"/>, in any case.</summary>
    public bool StartsWith(int i, string prefix)
    {
        var t = Tokens[i];
        return t.Length >= prefix.Length && SpanText.EqualsIgnoreCase(prefix, Text, t.Start);
    }

    public bool IsPunctuation(int i, char c) => Tokens[i].Kind == TokenKind.Punctuation && Text[Tokens[i].Start] == c;

    /// <summary>
    /// A year such as "1990" (or a decade, "1980s") at token <paramref name="i"/>, or -1. A span of years ("the
    /// 1936-39 civil war", "1950-1953") gives its last year: a span that ended long ago is history.
    /// </summary>
    /// <remarks>Every year form starts with four ASCII digits: a token without one (most of a clause's, all of
    /// which HistoricalStage asks about) is answered at the call, without a call.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int YearAt(int i) => Tokens[i].Is(TokenFlags.HasDigit) ? YearOf(i) : -1;

    private int YearOf(int i)
    {
        ref readonly var t = ref Tokens[i];
        var len = t.Length;
        if ((len == 7 || len == 9) && Text[t.Start + 4] == '-')
        {
            return YearSpanEnd(t.Start, len);
        }

        if (len == 5 && (Text[t.End - 1] == 's'))
        {
            len = 4;
        }

        if (len != 4 || (len == t.Length && t.Kind != TokenKind.Number))
        {
            return -1;
        }

        var year = Digits(t.Start, 4);
        return year >= 1800 && year <= 2099 ? year : -1;
    }

    // "1936-39" -> 1939, "1950-1953" -> 1953; the end must follow the start.
    private int YearSpanEnd(int start, int len)
    {
        var first = Digits(start, 4);
        var last = Digits(start + 5, len - 5);
        if (first < 1800 || first > 2099 || last < 0)
        {
            return -1;
        }

        if (len == 7)
        {
            last += first - (first % 100);
        }

        return last > first && last <= 2099 ? last : -1;
    }

    // The number written by <paramref name="count"/> digits from <paramref name="start"/>, or -1.
    private int Digits(int start, int count)
    {
        var n = 0;
        for (var k = 0; k < count; k++)
        {
            var c = Text[start + k];
            if (c < '0' || c > '9')
            {
                return -1;
            }

            n = n * 10 + (c - '0');
        }

        return n;
    }

    private int _maxYear = -2;

    /// <summary>The latest year written anywhere in the article, or -1 (for undated articles).</summary>
    public int ArticleMaxYear
    {
        get
        {
            if (_maxYear == -2)
            {
                _maxYear = -1;
                for (var i = 0; i < Tokens.Length; i++)
                {
                    if (Tokens[i].Length >= 4 && Tokens[i].Length <= 9)
                    {
                        var y = YearAt(i);
                        if (y > _maxYear)
                        {
                            _maxYear = y;
                        }
                    }
                }
            }

            return _maxYear;
        }
    }

    /// <summary>The last mention of the agent before the trigger in this sentence, or -1.</summary>
    public int AgentMentionBefore(int trigger)
    {
        for (var i = trigger - 1; i >= SentenceStart; i--)
        {
            var m = Mentions.At(i);
            if (m >= 0 && Actors.Mentions[m].Actor == Agent)
            {
                return m;
            }
        }

        return -1;
    }
}

/// <summary>One named check an event draft must pass to be coded.</summary>
internal interface IEventStage
{
    /// <summary>Short name for tests and diagnostics ("sport", "hypothetical").</summary>
    string Name { get; }

    /// <summary>Whether the event described by <paramref name="c"/> is not a codable political event.</summary>
    bool Rejects(EventContext c);
}

/// <summary>A stage that also judges statements (root 01), which the other stages pass untouched.</summary>
internal interface IStatementStage : IEventStage
{
}
