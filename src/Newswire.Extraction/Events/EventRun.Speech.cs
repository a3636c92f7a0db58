using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// Reported speech without "that": "the ministry said Moscow would send troops" — Moscow sends, not the ministry.
internal sealed partial class EventRun
{
    /// <summary>Events of this sentence inside a "that"-less speech complement are reported, not seen happening.</summary>
    private void MarkSpeechComplements(int firstEvent)
    {
        for (var i = firstEvent; i < _events.Count; i++)
        {
            var e = _events[i];
            if (e.Dropped || e.Modality != EventModality.Happened)
            {
                continue;
            }

            for (var k = e.Trigger - 1; k >= _s0; k--)
            {
                if (SpeechWithoutThat(k, e.Trigger))
                {
                    e.Modality = EventModality.Reported;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Whether token <paramref name="i"/> is an active speech verb whose complement holds a named subject (or a
    /// national unit) before <paramref name="verb"/>: the reported clause then starts after it, as it would after "that".
    /// </summary>
    private bool SpeechWithoutThat(int i, int verb)
    {
        if (i < _s0 || i >= _s1 || _candAt[i] < 0)
        {
            return false;
        }

        ref readonly var cand = ref _cands[_candAt[i]];
        if (!cand.IsVerb || cand.Passive || cand.Gerund || cand.Verb == null || !cand.Verb.Has(VerbFlags.Speech))
        {
            return false;
        }

        // A name between the speech verb and the verb ("said Moscow would"), not its object ("told Moscow to").
        for (var k = cand.End; k < verb; k++)
        {
            if (_mentionAt.At(k) >= 0)
            {
                return !Is(verb - 1, K.To) && !_tokens[k].Is(TokenFlags.Quote);
            }

            if (_tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }
        }

        // "Russia said Ukrainian drones attacked": a unit named by its nationality is a subject as a name is.
        return !Is(verb - 1, K.To) && NationalUnitBetween(cand.End, verb);
    }
}
