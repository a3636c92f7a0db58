namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// "Host" and "welcome" code a visit (043) only when someone is hosted: "welcomed Japanese investment", "will
/// host an exhibition", "welcomed the deal" are business or opinion. Rejects a 043 whose object, before any named
/// actor, is a <c>[business-object]</c> or <c>[sport]</c> noun, or whose guests are customers or the public
/// (<c>[public-addressee]</c>: "the company welcomed investors from Brazil and Spain", "hosted 70,000 visitors", "a
/// delegation of Chinese buyers").
/// </summary>
internal sealed class BusinessSenseStage : IEventStage
{
    private const int Reach = 5;

    // "welcomed a delegation of Chinese buyers": the guests are what follows "of" after a common noun ("hosted a
    // delegation of Chinese officials" stays a visit).
    private static bool GroupOfPublic(EventContext c)
    {
        for (var i = c.TriggerEnd; i < c.TriggerEnd + Reach && i < c.SentenceEnd && c.IsWord(i) && c.IsLower(i) && c.MentionAt(i) < 0; i++)
        {
            if (i > c.TriggerEnd && c.IsWord(i, "of"))
            {
                return PublicAddresseeStage.HeadedByPublic(c, i + 1, foreignKeeps: false);
            }
        }

        return false;
    }

    public string Name => "business-sense";

    public bool Rejects(EventContext c)
    {
        if (c.Code != "043" || c.FromNoun)
        {
            return false;
        }

        if (PublicAddresseeStage.HeadedByPublic(c, c.TriggerEnd, foreignKeeps: false) || GroupOfPublic(c))
        {
            return true;
        }

        for (var i = c.TriggerEnd; i < c.WindowEnd && i < c.TriggerEnd + Reach && i < c.SentenceEnd; i++)
        {
            if (c.Has(i, StageSet.BusinessObject | StageSet.Sport))
            {
                return true;
            }

            // "welcomed Japanese investment": a demonym modifying a business noun is no guest.
            var m = c.MentionAt(i);
            if (m >= 0)
            {
                var end = c.Actors.Mentions[m].EndToken;
                if (c.Actors.Mentions[m].Kind != Newswire.Extraction.Actors.MentionKind.Adjective || !c.Has(end, StageSet.BusinessObject))
                {
                    return false;
                }

                return true;
            }
        }

        return false;
    }
}
