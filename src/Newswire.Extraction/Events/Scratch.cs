using System;
using System.Collections.Generic;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

/// <summary>The event extractor's per-thread scratch arrays (see <see cref="ScratchPool{TSelf}"/>).</summary>
internal sealed class Scratch : ScratchPool<Scratch>
{
    public int[] Ints3 = Array.Empty<int>();
    public int[] Ints4 = Array.Empty<int>();
    public byte[] Bytes1 = Array.Empty<byte>();
    public byte[] Bytes2 = Array.Empty<byte>();
    public bool[] Bools1 = Array.Empty<bool>();
    public WordClass[] Classes = Array.Empty<WordClass>();
    public Extraction.Actors.ResolvedMention[] MentionCopy = Array.Empty<Extraction.Actors.ResolvedMention>();
    public Model.ExtractedActor[] ActorCopy = Array.Empty<Model.ExtractedActor>();

    // Per-sentence and per-event buffers of EventRun (it grows the first three by replacing them).
    public EventRun.Candidate[] Candidates = new EventRun.Candidate[32];
    public Stages.StageSet[] StageBits = new Stages.StageSet[64];
    public ushort[] Targets = new ushort[64];
    public TimeExpression[] Times = new TimeExpression[8];
    public List<EventDraft> Drafts = new List<EventDraft>();
    public List<int> Ints = new List<int>(8);

    /// <summary>Each word's facts, probed once per thread (<see cref="WordFacts"/>).</summary>
    public WordFacts WordFacts = new WordFacts();

    /// <summary>The thread's event run, reused article after article (<see cref="EventRun.Rent"/>).</summary>
    public EventRun? Run;

    /// <summary>Every draft an article has used; the next article resets and reuses them.</summary>
    public List<EventDraft> DraftPool = new List<EventDraft>();

    protected override bool IsSmall() =>
        Ints3.Length <= KeepLimit && Ints4.Length <= KeepLimit && Bytes1.Length <= KeepLimit && Bytes2.Length <= KeepLimit && Bools1.Length <= KeepLimit
        && Classes.Length <= KeepLimit && MentionCopy.Length <= KeepLimit && ActorCopy.Length <= KeepLimit && Candidates.Length <= KeepLimit && StageBits.Length <= KeepLimit
        && DraftPool.Count <= KeepLimit / 64;
}
