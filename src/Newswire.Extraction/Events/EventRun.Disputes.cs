using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Places;

namespace Newswire.Extraction.Events;

// "Uruguay and Argentina clash over dredging of the channel": two states that clash over or on an issue dispute it in
// words (110, disapprove), not by fighting; forces or groups that clash ("troops clashed with rebels") still fight.
internal sealed partial class EventRun
{
    private const string Fighting = "190";
    private const string Disapproval = "110";

    // "clashed with Uruguay on Tuesday over the pulp mill": the issue's preposition within a few words of the verb.
    private const int IssueReach = 8;

    private static readonly string[] ClashForms = { "clash", "clashes", "clashed", "clashing" };

    private string DisputeCode(EventDraft e)
    {
        if (e.Code != Fighting || e.FromNoun || e.Agent < 0 || e.Counterparts.Count == 0 || !IsClash(e.Trigger)
            || !StateSide(e.Agent) || !e.Counterparts.TrueForAll(StateSide))
        {
            return e.Code;
        }

        for (var i = e.TriggerEnd; i < e.TriggerEnd + IssueReach && i + 1 < _s1; i++)
        {
            // "clash on trade", not "clashed on Sunday".
            if (_text.Is(i, "over") || (_text.Is(i, "on") && !InTime(i) && !InTime(i + 1)))
            {
                return Disapproval;
            }
        }

        return e.Code;
    }

    private bool IsClash(int i)
    {
        foreach (var form in ClashForms)
        {
            if (_tokens[i].Length == form.Length && _text.Is(i, form))
            {
                return true;
            }
        }

        return false;
    }

    // A country by name, or by its capital ("Montevideo and Buenos Aires clash over"), whatever kind the tagger gave it
    // ("Argentina clashed with" reads as an organization); a place with no country yet is a state when the gazetteer
    // knows it as a country.
    private bool StateSide(int actor)
    {
        var a = _actors.Actors[actor];
        return a.Kind != ActorKind.Person && (a.Country != null ? Capitals.IsCountryOrCapital(a.Name, a.Country) : Gazetteer.Default.NamesCountry(a.Name));
    }
}
