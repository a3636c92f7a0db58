using Newswire.Extraction.Events.Stages;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// "The Tihama Front said that its forces had struck an oil facility", "the army said on Monday that its troops had
// retaken the town": the speaker's own forces ("its"/"their"/"our" + a force word) opening the reported clause are
// the speaker's side, so the speaker acts; with no name in the clause the act was lost to the statement. Reads the
// subject; gives the agent.
internal sealed partial class EventRun
{
    // The most words between a speech verb and its "that" ("said in a statement that", "said on Monday that").
    private const int SpeechToThatReach = 4;

    // Armed men and units a side calls its own ("its forces", "their fighters", "our drones").
    private const StageSet OwnForceWords = AnyForce | StageSet.ArmedUnit;

    /// <summary>
    /// The speaker (not a person) of the speech verb before "that" when the possessive pronoun at
    /// <paramref name="i"/> (one adjective may follow: "its special forces") owns a force word; else -1.
    /// </summary>
    private int OwnForcesSpeaker(int i)
    {
        if (Is(i, K.His) || Is(i, K.Her) || i + 1 >= _s1 || !OwnForceWord(i + 1) && !(i + 2 < _s1 && _tokens[i + 1].IsLower && OwnForceWord(i + 2)))
        {
            return -1;
        }

        var k = SpeechVerbBeforeThat(i - 1);
        var speaker = k >= 0 ? FindSubject(k, null) : -1;
        return speaker >= 0 && _actorList[speaker].Kind != ActorKind.Person ? speaker : -1;
    }

    private bool OwnForceWord(int i) => _tokens[i].Kind == TokenKind.Word && _tokens[i].IsLower && (_stageBits[i - _s0] & OwnForceWords) != 0;

    /// <summary>The active speech verb whose "that" is at <paramref name="that"/>, a few plain words before it ("said in a
    /// statement that"); -1 when <paramref name="that"/> is no "that" or no such verb is there.</summary>
    private int SpeechVerbBeforeThat(int that)
    {
        if (that <= _s0 || !Is(that, K.That))
        {
            return -1;
        }

        for (var k = that - 1; k >= _s0 && k >= that - 1 - SpeechToThatReach; k--)
        {
            if (IsCandidateVerbAt(k))
            {
                ref readonly var cand = ref _cands[_candAt[k]];
                return cand.IsVerb && !cand.Passive && !cand.Gerund && cand.Verb!.Has(VerbFlags.Speech) ? k : -1;
            }

            if (_tokens[k].Kind != TokenKind.Word || _mentionAt.At(k) >= 0)
            {
                return -1;
            }
        }

        return -1;
    }
}
