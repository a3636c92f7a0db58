using Newswire.Extraction.Events.Stages;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// Verbs of armed use only (flag A in cameo_news.txt, "hit"): wire copy says "Ukrainian drones hit a depot" and "was hit
// by artillery fire", business copy "tariffs hit exports" and "was hit by the strike". The verb codes only when a
// weapon or armed unit is its subject or its passive's doer. Reads the sentence; writes nothing.
internal sealed partial class EventRun
{
    // How many words after a passive's "by" may name the weapon ("by a Turkish drone", "by artillery fire").
    private const int ArmedDoerReach = 4;

    /// <summary>Whether the subject of active <paramref name="cand"/>, or the "by" phrase right after it, names a weapon or armed unit.</summary>
    private bool ArmedUse(in Candidate cand)
    {
        // "soldiers hit back at critics", "the army chief hit out at politicians": words, not arms.
        if (cand.End < _s1 && (_text.Is(cand.End, "back") || _text.Is(cand.End, "out")))
        {
            return false;
        }

        // A passive's subject is what was hit ("an army post was hit by"): only its doer can be the weapon.
        if (!cand.Passive && OwnedWeaponSubject(ClauseStart(cand.Tok), cand.Tok))
        {
            return true;
        }

        var by = cand.End;
        return Is(by, K.By) && ArmedWords(by + 1, by + 1 + ArmedDoerReach);
    }

    /// <summary>
    /// An active subject with a weapon or armed unit whose owner it names, by a name or a demonym before it ("Ukrainian
    /// drones", "Houthi missiles"): "drones hit the plant" says nobody's act, and the story's other names are no doer.
    /// </summary>
    private bool OwnedWeaponSubject(int from, int verb)
    {
        var first = from < _s0 ? _s0 : from;
        for (var i = first; i < verb; i++)
        {
            if (_mentionAt.At(i) >= 0 || DemonymCountry(i) != null)
            {
                return ArmedWords(i + 1, verb);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a word from <paramref name="from"/> to <paramref name="to"/> is an <c>[armed-unit]</c> or force word
    /// ("drones", "artillery", "troops", "rebel fighters"). A bare "strike" counts only after such a word or a demonym
    /// ("a drone strike", "an Israeli strike"): "a general strike hit the port" is labour's.
    /// </summary>
    private bool ArmedWords(int from, int to)
    {
        var first = from < _s0 ? _s0 : from;
        var last = to > _s1 ? _s1 : to;
        for (var i = first; i < last; i++)
        {
            if (_tokens[i].Kind != TokenKind.Word || _mentionAt.At(i) >= 0 || (_stageBits[i - _s0] & StageSet.ArmedUnit) == 0 || _text.Is(i, "police"))
            {
                continue;
            }

            if (!_text.Is(i, "strike") && !_text.Is(i, "strikes"))
            {
                return true;
            }

            if (i > first && DemonymCountry(i - 1) != null)
            {
                return true;
            }
        }

        return false;
    }
}
