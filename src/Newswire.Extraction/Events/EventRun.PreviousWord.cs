using System.Runtime.CompilerServices;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// The word before a verb candidate: adverbs, time phrases and a floating "both"/"each" stepped over.
internal sealed partial class EventRun
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // asked of every word PrevWord steps over; the AOT compiler kept the call
    private bool IsAdverb(int i)
    {
        ref readonly var t = ref _tokens[i];
        if (t.Kind != TokenKind.Word || _mentionAt.At(i) >= 0)
        {
            return false;
        }

        if ((Class(i) & WordClass.Adverb) != 0)
        {
            return true;
        }

        // "-ly" adverbs ("newly", "jointly"), not "rally"/"Italy".
        return t.Length > 4 && t.IsLower && _s[t.End - 1] == 'y' && _s[t.End - 2] == 'l' && _s[t.End - 3] != 'l';
    }

    /// <summary>Previous token skipping adverbs and time phrases ("North Korea on Thursday fired"), or -1.</summary>
    [MethodImpl(Hot.Path)]
    private int PrevWord(int i)
    {
        var j = i - 1;
        while (j >= _s0 && (IsAdverb(j) || InTime(j) || InThePast(j)))
        {
            j -= InThePast(j) ? 3 : 1;
        }

        return j >= _s0 ? j : -1;
    }

    /// <summary>
    /// "Kenya and Uganda both condemned", "the two countries each sent", "have both accused": "both" or "each" after
    /// the subject (or an auxiliary) floats off it and is no determiner of the verb; the word before it is.
    /// </summary>
    private int SkipFloatingQuantifier(int p)
    {
        if (!(Is(p, K.Both) || Is(p, K.Each)) || p - 1 < _s0 || _tokens[p - 1].Kind != TokenKind.Word
            || (Class(p - 1) & (WordClass.Determiner | WordClass.Preposition | WordClass.Conjunction)) != 0)
        {
            return p;
        }

        return PrevWord(p) is var q and >= 0 ? q : p;
    }

    /// <summary>
    /// "the migrants had been \"kidnapped\"": a quote opened right after an auxiliary marks the word as the speaker's
    /// (a scare quote), and the auxiliary still governs it, so the passive is read as one.
    /// </summary>
    private int SkipScareQuote(int p) =>
        _tokens[p].Is(TokenFlags.Quote) && p - 1 >= _s0 && (Class(p - 1) & (WordClass.BeAux | WordClass.HaveAux)) != 0 ? p - 1 : p;
}
