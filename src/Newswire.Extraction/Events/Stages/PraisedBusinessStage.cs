namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// Praise of a company, a team or a hospital's staff is no praise between political actors: "the minister thanked the
/// company for the laptops", "praised the national cricket team", "thanked the airline for its support". Rejects a
/// praise (051) whose object, within a few words of the trigger and before any named actor, is headed by a
/// <c>[private-head]</c> word or a word of <see cref="Heads"/>. "Praised Sylvania's mediation" stays.
/// </summary>
internal sealed class PraisedBusinessStage : IEventStage
{
    private const int Reach = 4;

    // Teams, staff and businesses a leader thanks at home.
    private static readonly string[] Heads =
    {
        "airline", "airlines", "team", "teams", "players", "athletes", "squad", "staff", "workers", "volunteers",
        "doctors", "nurses", "donors", "sponsors", "organisers", "organizers", "fans", "employees", "business",
        "businesses", "investors", "bank", "club",
    };

    public string Name => "praised-business";

    public bool Rejects(EventContext c)
    {
        if (c.Code != "051" || c.FromNoun)
        {
            return false;
        }

        for (var i = c.TriggerEnd; i < c.TriggerEnd + Reach && i < c.SentenceEnd && c.IsWord(i); i++)
        {
            if (c.MentionAt(i) >= 0 && !IsFollowUp(c, i))
            {
                return false;
            }

            if (c.Has(i, StageSet.PrivateHead) || c.IsAnyWord(i, Heads))
            {
                return true;
            }
        }

        return false;
    }

    // "thanked the company": the event stage links "the company" to the company named before; it is still the object.
    private static bool IsFollowUp(EventContext c, int i) => c.IsLower(i) || c.IsWord(i, "the");
}
