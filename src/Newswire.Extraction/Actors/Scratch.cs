using System;
using System.Collections.Generic;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Actors;

/// <summary>The actor extractor's per-thread scratch arrays (see <see cref="ScratchPool{TSelf}"/>).</summary>
internal sealed class Scratch : ScratchPool<Scratch>
{
    public int[] Ints1 = Array.Empty<int>();
    public int[] Ints2 = Array.Empty<int>();
    public int[] Ints3 = Array.Empty<int>();
    public long[] Longs1 = Array.Empty<long>();
    public bool[] Bools1 = Array.Empty<bool>();
    public LexiconMatch[] Matches = Array.Empty<LexiconMatch>();
    public readonly WordLookups WordLookups = new WordLookups();
    public readonly TokenTriggers Triggers = new TokenTriggers();
    public readonly IntSet Set = new IntSet();
    public readonly IntSet OtherNameKeys = new IntSet();
    public readonly IntSet CandidateKeys = new IntSet();
    public readonly IntSet CandidateFirstWords = new IntSet();
    public readonly List<(int Mention, int Key, int State)> Candidates = new List<(int, int, int)>();
    public readonly List<long> Found = new List<long>();
    public readonly List<int> OwnerSlots = new List<int>();

    protected override bool IsSmall() =>
        Ints1.Length <= KeepLimit && Ints2.Length <= KeepLimit && Ints3.Length <= KeepLimit && Bools1.Length <= KeepLimit && Longs1.Length <= KeepLimit
        && Matches.Length <= KeepLimit && Set.Capacity <= KeepLimit && Triggers.Capacity <= KeepLimit
        && OtherNameKeys.Capacity <= KeepLimit && CandidateKeys.Capacity <= KeepLimit && CandidateFirstWords.Capacity <= KeepLimit
        && Candidates.Capacity <= KeepLimit && Found.Capacity <= KeepLimit && OwnerSlots.Capacity <= KeepLimit;
}
