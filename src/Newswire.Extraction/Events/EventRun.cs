using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Actors;
using Newswire.Extraction.Events.Stages;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// The run's state and its driver: per-article fields and per-sentence fields, the constructor, Run (one pass
// over the sentences) and Sentence (one sentence: attribution, candidates, then verb and noun events).
// The phases live in the other EventRun.*.cs files; they all read and write the fields declared here.
/// <summary>The per-article state of an extraction: scratch buffers reused across sentences.</summary>
internal sealed partial class EventRun
{
    private const int MaxWindow = 30;

    // A token with none of these bits neither triggers nor ends a two-word trigger.
    private const byte TriggerBits = TokenFacts.Noun | TokenFacts.VerbForm | TokenFacts.CompoundTail;

    // Per article: set by Start (a run is reused, article after article, as the thread's pooled run).
    private DateTime? _published;
    private int _datelineStart;
    private TokenizedText _text = null!;
    private string _s = "";
    private Token[] _tokens = Array.Empty<Token>();
    private ActorExtractionResult _actors = null!;

    // The actors' mentions and actors copied into arrays of the scratch: read by index in every phase, without an
    // interface call per read.
    private ResolvedMention[] _mentions = Array.Empty<ResolvedMention>();
    private ExtractedActor[] _actorList = Array.Empty<ExtractedActor>();
    private EventLexicon _lex = null!;
    private FactTarget[] _factTargets = Array.Empty<FactTarget>();
    private List<EventDraft> _events = null!;
    private TimeExpression[] _times = null!;
    private List<int> _scratch = null!;
    private WordClass[] _cls = null!;
    private byte[] _key = null!;
    private int[] _candAt = null!;
    private bool[] _inTime = null!;
    private byte[] _bits = null!;
    private Scratch _scratchArrays = null!;
    private MentionMap _mentionAt;
    private Candidate[] _cands = null!;
    private int _candCount;
    private int _draftsUsed;
    private int _timeCount;
    private int _lastAgent;
    private int _lastLocation;
    private bool _hasBody;
    private EventStages _stages = null!;
    private readonly EventContext _context = new EventContext();
    private StageSet[] _stageBits = null!;
    private ushort[] _targets = null!; // TokenFacts.Target per token of the sentence (index - _s0)
    private int _stageSentence;
    private bool _subjectPronoun;

    // The keyword ids (K) present in the current sentence, one bit per id (ids are below 64).
    private ulong _sentenceKeys;

    // Per sentence.
    private int _s0;
    private int _s1;
    private int _sentence;
    private bool _headline;
    private int _source;
    private bool _reported;
    private int _sentenceLocation;
    private int _sentenceAgent;
    private int _suppressFrom;
    private int _suppressTo;
    private int _nounSuppressFrom;
    private int _nounSuppressTo;
    private int _speaker;

    public EventRun(DateTime? published, TokenizedText text, ActorExtractionResult actors, EventLexicon lex, EventStages? stages = null, int datelineStart = -1)
    {
        Start(Scratch.Rent(), published, text, actors, lex, stages, datelineStart);
    }

    private EventRun()
    {
    }

    /// <summary>The thread's pooled run (kept with its scratch arrays), started on one article.</summary>
    public static EventRun Rent(DateTime? published, TokenizedText text, ActorExtractionResult actors, EventLexicon lex, int datelineStart)
    {
        var scratch = Scratch.Rent();
        var run = scratch.Run ??= new EventRun();
        run.Start(scratch, published, text, actors, lex, null, datelineStart);
        return run;
    }

    /// <summary>Sets every per-article field as a new run would have it.</summary>
    private void Start(Scratch scratch, DateTime? published, TokenizedText text, ActorExtractionResult actors, EventLexicon lex, EventStages? stages, int datelineStart)
    {
        _datelineStart = datelineStart;
        _stages = stages ?? EventStages.Default;
        _published = published;
        _text = text;
        _s = text.Text;
        _tokens = text.Tokens;
        _actors = actors;
        _lex = lex;
        _factTargets = lex.FactTargets;
        _scratchArrays = scratch;
        _cls = Scratch.AtLeast(ref scratch.Classes, _tokens.Length);
        _key = Scratch.AtLeast(ref scratch.Bytes1, _tokens.Length);
        _candAt = Scratch.AtLeast(ref scratch.Ints3, _tokens.Length);
        _inTime = Scratch.AtLeast(ref scratch.Bools1, _tokens.Length);
        _bits = Scratch.AtLeast(ref scratch.Bytes2, _tokens.Length);
        _mentionAt = MentionMap.Build(actors, _tokens.Length, ref scratch.Ints4);
        _mentions = CopyOf(actors.Mentions, ref scratch.MentionCopy);
        _actorList = CopyOf(actors.Actors, ref scratch.ActorCopy);

        // Per-sentence and per-event buffers: kept with the scratch arrays, so an article allocates only its events.
        _cands = scratch.Candidates;
        _stageBits = scratch.StageBits;
        _targets = scratch.Targets;
        _times = scratch.Times;
        _events = scratch.Drafts;
        _scratch = scratch.Ints;
        _events.Clear();
        _scratch.Clear();
        _candCount = _draftsUsed = _timeCount = 0;
        _lastAgent = _lastLocation = _stageSentence = _pairAgent = _pairPartner = -1;
        _hasBody = _subjectPronoun = _bodyRead = _ledeSport = false;
        _context.Reset();
    }

    internal struct Candidate
    {
        public int Tok;
        public int End;
        public VerbEntry? Verb;
        public VerbFormKind Form;
        public NounEntry? Noun;
        public bool IsVerb;
        public bool Passive;
        public bool Gerund;
        public bool Consumed;
        public bool Attribution;
    }

    [MethodImpl(Hot.Path)]
    public IReadOnlyList<ExtractedEvent> Run()
    {
        var sentences = _text.Sentences;
        for (var i = 0; i < sentences.Length; i++)
        {
            if (!sentences[i].IsHeadline)
            {
                _hasBody = true;
                break;
            }
        }

        for (var i = 0; i < sentences.Length; i++)
        {
            Sentence(i);
        }

        // A headline restates the lead: keep its events only when the body has nothing of the same root or agent.
        var result = new List<ExtractedEvent>(_events.Count);
        var bodyRoots = 0L;
        foreach (var e in _events)
        {
            e.Dropped |= IsPlainStatement(e); // before the headline test: a statement that is no event restates nothing
            if (!e.Dropped && !e.Headline)
            {
                bodyRoots |= 1L << e.Root;
            }
        }

        foreach (var e in _events)
        {
            if (e.Dropped || (e.Headline && ((bodyRoots & (1L << e.Root)) != 0 || BodyHasAgent(e.Agent) || SportBodyDrops(e.Root))))
            {
                continue;
            }

            var sentence = sentences[e.Sentence].Span;
            var trigger = new TextSpan(_tokens[e.Trigger].Start, _tokens[e.TriggerEnd - 1].End - _tokens[e.Trigger].Start);
            string? time = null;
            if (e.TimeFirst >= 0)
            {
                time = _s.Substring(_tokens[e.TimeFirst].Start, _tokens[e.TimeEnd - 1].End - _tokens[e.TimeFirst].Start);
            }

            var evidence = Evidence(e);
            var extracted = new ExtractedEvent(e.Code, e.Agent, e.Counterparts.ToArray(), e.Location, time, e.Date, e.Modality, sentence, trigger, e.Source, EventConfidence.Score(evidence));
            EventEvidenceLog.Record(extracted, evidence);
            result.Add(extracted);
        }

        result.Sort((a, b) => a.Trigger.Start.CompareTo(b.Trigger.Start));
        ReturnScratch();
        return result;
    }

    /// <summary>A blank draft: one of the thread's drafts not yet used by this article, or a new one.</summary>
    private EventDraft NewDraft()
    {
        var pool = _scratchArrays.DraftPool;
        if (_draftsUsed < pool.Count)
        {
            var reused = pool[_draftsUsed++];
            reused.Reset();
            return reused;
        }

        var e = new EventDraft();
        pool.Add(e);
        _draftsUsed++;
        return e;
    }

    /// <summary>The items of <paramref name="list"/> in <paramref name="pooled"/> (grown when short).</summary>
    private static T[] CopyOf<T>(IReadOnlyList<T> list, ref T[] pooled)
    {
        var array = Scratch.AtLeast(ref pooled, list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            array[i] = list[i];
        }

        return array;
    }

    /// <summary>Hands the buffers back (grown ones included), with no draft left in them.</summary>
    private void ReturnScratch()
    {
        Array.Clear(_actorList, 0, _actors.Actors.Length); // no actor of this article kept alive by the pool
        _events.Clear();
        _text = null!;
        _tokens = Array.Empty<Token>();
        _s = "";
        _actors = null!;
        _context.Release();
        _scratchArrays.Candidates = _cands;
        _scratchArrays.StageBits = _stageBits;
        _scratchArrays.Targets = _targets;
        Scratch.Return(_scratchArrays);
    }

    [MethodImpl(Hot.Path)]
    private bool BodyHasAgent(int agent)
    {
        foreach (var e in _events)
        {
            if (!e.Dropped && !e.Headline && e.Agent == agent)
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(Hot.Path)]
    private void Sentence(int index)
    {
        var sent = _text.Sentences[index];
        StartSentence(index, sent);
        var sentenceBits = ProbeTokens();
        ReadStoryKind(sent.IsHeadline);
        if ((sentenceBits & TriggerBits) == 0)
        {
            _candCount = 0;
            return; // no word of the sentence can trigger an event: nothing else to read
        }

        MarkTimes(sentenceBits);
        FindCandidates(sent.CapsUninformative || sent.IsHeadline);
        if (_candCount == 0)
        {
            return;
        }

        FindAttribution();
        FindSentenceLocation();
        ConsumeClaimContent(_sentenceStage);
        var firstEvent = _events.Count;
        CodeCandidates();
        DropStatementsOfEvents(firstEvent);
        MarkSpeechComplements(firstEvent);
        ClosingObligations(firstEvent);
        TrackStoryActors(firstEvent);
    }

    /// <summary>Resets the per-sentence fields.</summary>
    private void StartSentence(int index, in Sentence sent)
    {
        _s0 = sent.FirstToken;
        _s1 = sent.EndToken;
        _sentence = index;
        _headline = sent.IsHeadline && _hasBody;
        _source = -1;
        _reported = false;
        _sentenceLocation = -1;
        _sentenceAgent = -1;
        _suppressFrom = _suppressTo = -1;
        _nounSuppressFrom = _nounSuppressTo = -1;
        _speaker = -1;
        if (_stageBits.Length < _s1 - _s0)
        {
            _stageBits = new StageSet[Math.Max(_s1 - _s0, _stageBits.Length * 2)];
            _targets = new ushort[_stageBits.Length];
        }
    }

    /// <summary>Finds the sentence's time expressions and marks their tokens.</summary>
    private void MarkTimes(int sentenceBits)
    {
        if ((sentenceBits & TokenFacts.TimeStarter) == 0)
        {
            _timeCount = 0; // no word can start one
            return;
        }

        _timeCount = TimeExpressions.Find(_text, _s0, _s1, _times, _bits);
        for (var k = 0; k < _timeCount; k++)
        {
            for (var i = _times[k].First; i < _times[k].End; i++)
            {
                _inTime[i] = true;
            }
        }
    }

    /// <summary>Codes each candidate left to right, skipping attributions and the content of directives and speech.</summary>
    [MethodImpl(Hot.Path)]
    private void CodeCandidates()
    {
        for (var c = 0; c < _candCount; c++)
        {
            ref var cand = ref _cands[c];
            if (cand.Consumed || cand.Attribution)
            {
                continue;
            }

            if (cand.Tok >= _suppressFrom && cand.Tok < _suppressTo)
            {
                continue;
            }

            if (cand.IsVerb)
            {
                VerbEvent(c);
            }
            else if (!(cand.Tok >= _nounSuppressFrom && cand.Tok < _nounSuppressTo))
            {
                NounEvent(c);
            }
        }
    }
}
