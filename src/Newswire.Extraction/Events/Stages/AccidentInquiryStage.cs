using Newswire.Extraction.Model;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// An inquiry into the cause of an accident is no political event (issue #11: investigations, root 09, in news where
/// nothing political happened): "investigators opened an inquiry into the derailment of a mountain train", "police
/// opened an investigation into the collapse of a school building", "launched an inquiry into the crash of a military
/// helicopter". Rejects an investigation (root 09) whose object, a few words after the trigger and after a preposition
/// ("into", "of", "over"), is a word of <c>[accident]</c> (crash, derailment, collapse, fire ...). An inquiry into
/// people, a crime, a killing or corruption ("into the killing of three activists", "into corruption at the ports
/// authority") stays: those words are in no table here. So does an accident that befell someone named ("into the plane
/// crash that killed Wagner leader X", "the crash of an Air India jet"): after the accident word only places may be named.
/// </summary>
internal sealed class AccidentInquiryStage : IEventStage
{
    // "an inquiry on Thursday into the derailment": the time phrase and the article before the accident word.
    private const int ObjectReach = 8;

    private static readonly string[] Prepositions = { "into", "of", "over" };

    public string Name => "accident-inquiry";

    public bool Rejects(EventContext c)
    {
        if (c.Root != 9)
        {
            return false;
        }

        var afterPreposition = false;
        for (var i = c.TriggerEnd; i < c.TriggerEnd + ObjectReach && i < c.SentenceEnd; i++)
        {
            if (!c.IsWord(i))
            {
                continue;
            }

            // "the cause of the crash": the accident word may follow a second "of".
            if (c.IsAnyWord(i, Prepositions))
            {
                afterPreposition = true;
            }
            else if (afterPreposition && c.Words.OnDemand(StageWords.Accident, c.Text, c.Tokens[i]))
            {
                return OnlyPlacesAfter(c, i);
            }
        }

        return false;
    }

    private static bool OnlyPlacesAfter(EventContext c, int from)
    {
        for (var i = from; i < c.SentenceEnd; i++)
        {
            var m = c.MentionAt(i);
            // A person the actors know by no country and no office is no one named ("near Andermatt" read as a name).
            var actor = m >= 0 ? c.Actors.Actors[c.Actors.Mentions[m].Actor] : null;
            if (actor != null && actor.Kind != ActorKind.Location && (actor.Kind != ActorKind.Person || actor.Country != null || actor.Roles.Count > 0))
            {
                return false;
            }
        }

        return true;
    }
}
