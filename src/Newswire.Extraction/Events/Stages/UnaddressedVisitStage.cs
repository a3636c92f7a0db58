namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A visit or meeting whose object names no actor is a leader's errand at home, not an interaction between actors:
/// "the governor visited camps for flood victims", "the president visited a hospital in Marseille", "met a group of
/// farmers at the fair". Rejects a consultation (040) or a visit (042) told by a verb with no counterpart whose
/// direct object is a common noun phrase (a lower-case word that is no <c>[preposition]</c> right after the verb) naming
/// no actor and holding no capitalised word in its first words ("met the Ugandan president" stays).
/// A place visited or a side met is a counterpart ("visited Kashmir", "met his Chinese counterpart"); a visit with
/// no object ("arrived on a three-day visit", the place in the dateline) and a host (043) keep their event.
/// </summary>
internal sealed class UnaddressedVisitStage : IEventStage
{
    // "visited the flood-hit western districts".
    private const int ObjectReach = 5;

    public string Name => "unaddressed-visit";

    public bool Rejects(EventContext c)
    {
        if (c.FromNoun || c.Counterparts.Count > 0 || (c.Code != "040" && c.Code != "042"))
        {
            return false;
        }

        var next = c.TriggerEnd;
        if (next >= c.SentenceEnd || !c.IsWord(next) || !c.IsLower(next) || c.Has(next, StageSet.Preposition))
        {
            return false;
        }

        // The object's words up to a punctuation mark or a preposition name no one, not even by a capitalised word
        // the actors left unresolved: "met the Ugandan president" stays.
        for (var i = next; i < next + ObjectReach && i < c.SentenceEnd && c.IsWord(i) && !c.Has(i, StageSet.Preposition); i++)
        {
            if (c.MentionAt(i) >= 0 || !c.IsLower(i))
            {
                return false;
            }
        }

        return true;
    }
}
