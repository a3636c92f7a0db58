using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// "The ambassador was summoned by the ministry and handed a note of protest": a past form right after "and" that
// follows a passive verb is passive too and shares its "by" agent (read as active it would make the ambassador the
// protester). Reads candidates and word keys; writes nothing.
internal sealed partial class EventRun
{
    /// <summary>
    /// The passive verb candidate the "and" at <paramref name="and"/> joins to a following past form, or -1: the
    /// nearest verb candidate before it, with no punctuation between it and the "and".
    /// </summary>
    private int CoordinatedPassive(int and)
    {
        if (and <= _s0 || !Is(and, K.And))
        {
            return -1;
        }

        for (var k = _candCount - 1; k >= 0; k--)
        {
            ref readonly var c = ref _cands[k];
            if (c.Tok >= and || !c.IsVerb)
            {
                continue;
            }

            if (!c.Passive || c.Gerund || c.Tok < _s0)
            {
                return -1;
            }

            for (var i = c.End; i < and; i++)
            {
                if (_tokens[i].Kind == TokenKind.Punctuation)
                {
                    return -1;
                }
            }

            return k;
        }

        return -1;
    }

    /// <summary>The "by" agent of the passive a coordinated passive at <paramref name="verb"/> shares, or -1.</summary>
    private int SharedByAgent(int verb)
    {
        var k = CoordinatedPassive(verb - 1);
        return k >= 0 ? ByAgent(_cands[k].End, verb - 1) : -1;
    }
}
