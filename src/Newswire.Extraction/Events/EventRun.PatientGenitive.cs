using System;

namespace Newswire.Extraction.Events;

// Phase 2b, noun events: whose act an event noun's "of"/"by"/"between" phrase names.
internal sealed partial class EventRun
{
    /// <summary>
    /// The actor a noun's own phrase names as its agent: "summit of CIS leaders", "visit by X", "talks between X and
    /// Y". A violent noun (roots 18-20) takes its "of" phrase as the one it is done to: "the invasion of Poland by
    /// Germany" is Germany's act, "after the invasion of Ukraine" names no one who did it (the country invaded is
    /// returned in <paramref name="patient"/>, the agent only after a later "by").
    /// </summary>
    private int PhraseAgent(NounEntry noun, int k, int windowEnd, out int patient)
    {
        patient = -1;
        if (!(Is(k, K.Of) || Is(k, K.By) || Is(k, K.Between)))
        {
            return -1;
        }

        var m = FirstMentionHead(k + 1, PrepositionAfter(k + 1, Math.Min(windowEnd, k + 6)));
        if (m < 0)
        {
            return -1;
        }

        var actor = _mentions[m].Actor;
        if (!Is(k, K.Of) || !IsViolenceNoun(noun))
        {
            return actor;
        }

        patient = actor;
        var by = ByAgent(_mentions[m].EndToken, windowEnd);
        return by == patient ? -1 : by;
    }

    // Roots 18-20 (assault, fight, mass violence): what is done to someone. Not arrests and expulsions (16, 17): "the
    // arrest of a Polish army clerk" is mostly his own state's act, which the "of" phrase names well enough.
    private static bool IsViolenceNoun(NounEntry noun) =>
        noun.Code.Length >= 2 && (noun.Code[0] == '2' ? noun.Code[1] == '0' : noun.Code[0] == '1' && noun.Code[1] >= '8');
}
