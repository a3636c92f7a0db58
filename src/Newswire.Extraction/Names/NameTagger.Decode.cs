using System.Runtime.CompilerServices;

namespace Newswire.Extraction.Names;

// The tagger's decoding over the cached word vectors: greedy (the default) or Viterbi.
internal sealed partial class NameTagger
{
    // Emission scores and the greedy choice in one pass, over the allowed successors only; after O (or at the start)
    // O often wins by more than any other tag could score (OutsideBound), and the other tags are not scored.
    [MethodImpl(Hot.Path)]
    private void DecodeGreedy(Scratch s, float[] pool, int peakBase, int n, bool caps, int opening)
    {
        var T = _model.Tags.Count;
        var entries = s.Entries;
        var masked = _model.MaskedTransitions;
        var endRow = (T + 1) * T;
        // The arrays in locals: the loop would reload these fields at every token.
        var tags = s.Tags;
        var margins = s.Margins;
        var next = _next;
        var nextAtEnd = _nextAtEnd;
        var prev = T;
        for (var i = 0; i < n; i++)
        {
            var last = i == n - 1;
            if ((prev == 0 || prev == T) && OutsideWins(pool, masked, entries, i, peakBase, caps, opening, prev, last))
            {
                tags[i] = 0;
                margins[i] = float.PositiveInfinity; // never read (see OutsideBound)
                prev = 0;
                continue;
            }

            VectorStarts(entries, i, T, caps, opening, out var e0, out var em2, out var em1, out var ep1, out var ep2);

            var allowed = last ? nextAtEnd[prev] : next[prev];
            var bestTag = Choose(pool, masked, allowed, e0, em2, em1, ep1, ep2, prev * T, last ? endRow : -1, out var best, out var second);
            tags[i] = bestTag;
            margins[i] = second <= Decoding.Forbidden / 2 ? float.PositiveInfinity : best - second;
            prev = bestTag;
        }
    }

    // The full emission rows, then the best whole sequence.
    private void DecodeViterbi(Scratch s, float[] pool, int n, bool caps, int opening)
    {
        var T = _model.Tags.Count;
        var entries = s.Entries;
        var em = s.Emissions;
        for (var i = 0; i < n; i++)
        {
            VectorStarts(entries, i, T, caps, opening, out var e0, out var em2, out var em1, out var ep1, out var ep2);
            var o = i * T;
            for (var t = 0; t < T; t++)
            {
                em[o + t] = pool[e0 + t] + pool[em2 + t] + pool[em1 + t] + pool[ep1 + t] + pool[ep2 + t];
            }
        }

        Decoding.Viterbi(_model.Tags, _model.Transitions, em, n, s.Tags, s.Margins, s.Delta, s.Back);
    }

    // Where token i's five cached vectors start in the pool: its neighbours' at their offsets (entries are padded by
    // two on each side), its own in its sentence context (see WordFeatures.Context): all 2 in a caps-uninformative
    // sentence, else 1 up to the first word, then 0.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void VectorStarts(int[] entries, int i, int T, bool caps, int opening, out int e0, out int em2, out int em1, out int ep1, out int ep2)
    {
        var ctx = caps ? 2 : i <= opening ? 1 : 0;
        e0 = entries[i + 2] + (WordFeatures.Offsets + ctx) * T;
        em2 = entries[i];
        em1 = entries[i + 1] + T;
        ep1 = entries[i + 3] + 3 * T;
        ep2 = entries[i + 4] + 4 * T;
    }

    // OutsideBound's test for token i on the slot summaries (WordVectors.PeakBase) of the slots VectorStarts gives:
    // each O score is a copy of the vector's first score, so the sums are the same floats, from fewer cache lines.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool OutsideWins(float[] pool, float[] masked, int[] entries, int i, int peakBase, bool caps, int opening, int prev, bool last)
    {
        var ctx = caps ? 2 : i <= opening ? 1 : 0;
        var s0 = entries[i + 2] + peakBase + 2 * (WordFeatures.Offsets + ctx);
        var sm2 = entries[i] + peakBase;
        var sm1 = entries[i + 1] + peakBase + 2;
        var sp1 = entries[i + 3] + peakBase + 6;
        var sp2 = entries[i + 4] + peakBase + 8;
        return _outside.OutsideWins(pool, masked, s0, sm2, sm1, sp1, sp2, s0 + 1, sm2 + 1, sm1 + 1, sp1 + 1, sp2 + 1, prev, last);
    }

    // The best of the allowed tags for one token and the runner-up's score: the five cached vectors summed in
    // slot order, plus the transition (and, for the last token, the end row at endRow; -1 for none), exactly as
    // the full-row loop adds them. Plain array indexing: the engine runs inside the compiler, where a bad offset
    // must be an exception the generator reports, never a read of foreign memory.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Choose(float[] pool, float[] masked, int[] allowed, int e0, int em2, int em1, int ep1, int ep2, int row, int endRow,
        out float best, out float second)
    {
        best = float.NegativeInfinity;
        second = float.NegativeInfinity;
        var bestTag = 0;
        for (var k = 0; k < allowed.Length; k++)
        {
            var t = allowed[k];
            var score = pool[e0 + t] + pool[em2 + t] + pool[em1 + t] + pool[ep1 + t] + pool[ep2 + t] + masked[row + t];
            if (endRow >= 0)
            {
                score += masked[endRow + t];
            }

            if (score > best)
            {
                second = best;
                best = score;
                bestTag = t;
            }
            else if (score > second)
            {
                second = score;
            }
        }

        return bestTag;
    }
}
