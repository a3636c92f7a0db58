using System.Runtime.CompilerServices;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// Verb patterns may name a two-word object ("P halt 087 air_strike"): "air strikes" is no labour strike, and its
// last word alone would match "P suspend --- strikes". Only a token followed by a compound tail is looked up twice.
internal sealed partial class EventRun
{
    /// <summary>The pattern word id of the two words at <paramref name="i"/>, or -1.</summary>
    [MethodImpl(Hot.Path)]
    private int PairWordId(int i, int limit)
    {
        if (i + 1 >= limit || (_bits[i + 1] & TokenFacts.CompoundTail) == 0 || _tokens[i + 1].Kind != TokenKind.Word)
        {
            return -1;
        }

        var start = _tokens[i].Start;
        var len = _tokens[i + 1].End - start;
        return _lex.WordIds.TryGet(_s, start, len, TermKey.Hash(_s, start, len), out var id) ? id : -1;
    }
}
