namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A minister meeting a company's chief ("the finance minister met the chief executive of Unilever") is business
/// lobbying, not an interaction between political actors: rejects a meeting (040) whose every counterpart is a
/// company (<see cref="CommercialStage.CompanyActor"/>). A state company's head met is a company too: the built-in
/// table says where a company is at home, not who owns it.
/// </summary>
internal sealed class CompanyMeetingStage : IEventStage
{
    public string Name => "company-meeting";

    public bool Rejects(EventContext c)
    {
        if (c.Code != "040" || c.Counterparts.Count == 0)
        {
            return false;
        }

        foreach (var a in c.Counterparts)
        {
            if (!CommercialStage.CompanyActor(c, c.Actors.Actors[a]))
            {
                return false;
            }
        }

        return true;
    }
}
