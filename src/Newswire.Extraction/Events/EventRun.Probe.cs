using System.Runtime.CompilerServices;
using Newswire.Extraction.Events.Stages;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// The per-token probe that opens each sentence's run (its own file: EventRun.cs is at the size limit).
internal sealed partial class EventRun
{
    /// <summary>One probe per word (WordFacts; per token when the tagger numbered no words): Words.Info plus which event tables hold the word; returns the bits of any token.</summary>
    [MethodImpl(Hot.Path)]
    private int ProbeTokens()
    {
        // The arrays in locals: a store into one would otherwise make the loop reload every field.
        var facts = _lex.FactsProbe;
        var memo = _scratchArrays.WordFacts;
        var words = memo.Prepare(_text, facts);
        var text = _s;
        var tokens = _tokens;
        var stageBits = _stageBits;
        var targets = _targets;
        var cls = _cls;
        var key = _key;
        var bitsOf = _bits;
        var candAt = _candAt;
        var inTime = _inTime;
        var s0 = _s0;
        var any = 0;
        var keys = 0UL;
        var stageAny = StageSet.None;
        for (var i = s0; i < _s1; i++)
        {
            ref readonly var tok = ref tokens[i];

            // A miss leaves the facts empty (every probe path answers default then): no copy of each field first.
            TokenFacts f = default;
            if (tok.Kind != TokenKind.Possessive)
            {
                if (words != null)
                {
                    memo.Get(facts, text, tok, words[i], out f);
                }
                else
                {
                    facts.TryGet(text, tok, out f);
                }
            }

            stageAny |= stageBits[i - s0] = f.Stage;
            targets[i - s0] = f.Target;

            var info = f.Info;
            cls[i] = (WordClass)(info & 0xFFFFFF);
            key[i] = (byte)(info >> 24);
            keys |= 1UL << (info >> 24);
            bitsOf[i] = f.Bits;
            candAt[i] = -1;
            inTime[i] = false;
            any |= f.Bits;
        }

        _sentenceKeys = keys;
        _sentenceStage = stageAny;
        return any;
    }
}
