namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A place hosting a show is no hosting of a visit: "the Web Summit, which Lisbon is hosting", "Riyadh will host the
/// film festival". Rejects 043 with no guest named (no counterpart) in a sentence holding a word of the on-demand
/// <c>[hosted-show]</c> table (tech, festival, expo, ...). A host receiving a side ("hosted a tech summit attended
/// by Modi", "welcomed Ruto") keeps its event, and so does a summit with no such word ("Egypt will host the talks").
/// A guest that is the public or a team of one's own ("received the national handball team after its title",
/// "welcomed the medallists home": <see cref="PublicAddresseeStage.HeadedByPublic"/>) is no side either.
/// </summary>
internal sealed class HostedShowStage : IEventStage
{
    public string Name => "hosted-show";

    public bool Rejects(EventContext c)
    {
        if (c.Code != "043" || c.Counterparts.Count > 0)
        {
            return false;
        }

        if (!c.FromNoun && PublicAddresseeStage.HeadedByPublic(c, c.TriggerEnd, foreignKeeps: true))
        {
            return true;
        }

        for (var i = c.SentenceStart; i < c.SentenceEnd; i++)
        {
            if (c.Words.OnDemand(StageWords.HostedShow, c.Text, c.Tokens[i]))
            {
                return true;
            }
        }

        return false;
    }
}
