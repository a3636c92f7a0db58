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

    /// <summary>
    /// "said officers had been attacked by youths and accused the opposition of ...": after a passive reported in a
    /// speech verb's content, "and" + a directive verb (accuse, deny, demand, urge) with an object of its own is the
    /// speaker's next act, not passive; "was summoned by X and handed a note" stays passive.
    /// </summary>
    private bool SpeakerActsAgain(int verb, VerbEntry entry)
    {
        if (!entry.Has(VerbFlags.Directive) || !ObjectAfter(verb))
        {
            return false;
        }

        var and = PrevWord(verb);
        var k = and >= 0 ? CoordinatedPassive(and) : -1;
        return k >= 0 && ReportedAfterSpeech(_cands[k].Tok);
    }

    private bool ObjectAfter(int verb) =>
        verb + 1 < _s1 && (_mentionAt.At(verb + 1) >= 0 || (Class(verb + 1) & WordClass.Determiner) != 0);

    /// <summary>Whether an active speech verb ("said") comes before <paramref name="tok"/> in its sentence.</summary>
    private bool ReportedAfterSpeech(int tok)
    {
        for (var k = 0; k < _candCount; k++)
        {
            ref readonly var c = ref _cands[k];
            if (c.Tok >= _s0 && c.Tok < tok && c.IsVerb && !c.Passive && !c.Gerund && c.Verb != null && c.Verb.Has(VerbFlags.Speech))
            {
                return true;
            }
        }

        return false;
    }
}
