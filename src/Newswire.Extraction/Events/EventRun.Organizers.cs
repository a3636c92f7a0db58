using Newswire.Extraction.Events.Stages;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Events;

// Phase 2b, across sentences: a protest coded for a crowd gets its organizer when the next sentence names one.
internal sealed partial class EventRun
{
    // How many words may stand between the protest noun and "by" ("The march was called by").
    private const int OrganizerReach = 4;

    /// <summary>
    /// "Thousands of students marched ... The march was called by the X Federation": a protest of the previous
    /// sentence whose agent was borrowed for a crowd (the country's people) is the named organization's. Only
    /// sentences whose probe saw a protest noun are read.
    /// </summary>
    private void CreditProtestOrganizer()
    {
        if ((_sentenceStage & StageSet.ProtestNoun) == 0 || _events.Count == 0)
        {
            return;
        }

        for (var i = _s0; i < _s1; i++)
        {
            if ((_stageBits[i - _s0] & StageSet.ProtestNoun) != 0 && _mentionAt.At(i) < 0)
            {
                var organizer = OrganizerAfter(i);
                if (organizer >= 0)
                {
                    GiveCrowdProtests(organizer);
                    return;
                }
            }
        }
    }

    /// <summary>The organization named after "called/organised/led by" (or "by" alone) after the noun at <paramref name="noun"/>, or -1.</summary>
    private int OrganizerAfter(int noun)
    {
        for (var j = noun + 1; j < _s1 - 1 && j <= noun + OrganizerReach; j++)
        {
            if (!Is(j, K.By))
            {
                continue;
            }

            if (j > noun + 1 && (_stageBits[j - 1 - _s0] & StageSet.OrganizeVerb) == 0)
            {
                return -1;
            }

            var k = _mentionAt.At(j + 1) >= 0 || j + 2 >= _s1 ? j + 1 : j + 2; // "by the X Union"
            var m = _mentionAt.At(k);
            return m >= 0 && _actorList[_mentions[m].Actor].Kind == ActorKind.Organization ? _mentions[m].Actor : -1;
        }

        return -1;
    }

    /// <summary>Gives the crowd protests of the previous sentence to <paramref name="organizer"/>.</summary>
    private void GiveCrowdProtests(int organizer)
    {
        for (var i = _events.Count - 1; i >= 0 && _events[i].Sentence >= _sentence - 1; i--)
        {
            var e = _events[i];
            if (e.Sentence < _sentence && !e.Dropped && e.Root == 14 && e.AgentCertainty <= EventConfidence.BorrowedAgent
                && e.Agent >= 0 && _actorList[e.Agent].Kind == ActorKind.Location)
            {
                e.Agent = organizer;
            }
        }
    }
}
