namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A rescue of the public after an accident or disaster is no aid between actors: "navy boats rescued all 140
/// passengers and crew", "rescue teams evacuated 300 residents". Rejects aid (root 07) by a rescue verb of an agent
/// with a country (an international body's rescue is aid to the country) whose object, the first words
/// after the trigger up to a name or a mark, holds a <c>[public-addressee]</c> word, when no counterpart is of another
/// country than the agent's. "Sent rescuers to Mozambique", "rescued 40 migrants" and "rescued 120 Libyan fishermen"
/// (a foreign name in the object) stay.
/// </summary>
internal sealed class PublicRescueStage : IEventStage
{
    // "all 140 stranded passengers": a quantifier, a number and a modifier before the head.
    private const int ObjectReach = 5;

    public string Name => "public-rescue";

    public bool Rejects(EventContext c)
    {
        if (c.FromNoun || c.Root != 7 || c.AgentActor.Country == null || !RescueVerb(c) || ForeignCounterpart(c))
        {
            return false;
        }

        for (var i = c.TriggerEnd; i < c.TriggerEnd + ObjectReach && i < c.SentenceEnd; i++)
        {
            var m = c.MentionAt(i);
            if ((m >= 0 && c.Actors.Mentions[m].Actor != c.Agent) || c.Tokens[i].Kind == Text.TokenKind.Punctuation)
            {
                return false;
            }

            // "rescued 120 Libyan fishermen": a demonym of another country names foreigners, whom rescuing is aid.
            if (ForeignDemonym(c, i))
            {
                return false;
            }

            if (c.Words.OnDemand(StageWords.PublicAddressee, c.Text, c.Tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    // "rescued", "evacuating": not "distributing rations to families", which is aid whoever gets it.
    private static bool RescueVerb(EventContext c) => c.StartsWith(c.Trigger, "rescu") || c.StartsWith(c.Trigger, "evacu");

    private static bool ForeignDemonym(EventContext c, int i)
    {
        var t = c.Tokens[i];
        return t.Kind == Text.TokenKind.Word && !t.IsLower && Lexicons.Lexicon.BuiltIn.TryDemonym(c.Text, t, out var country)
            && country.Length == 3 && country != c.AgentActor.Country;
    }

    private static bool ForeignCounterpart(EventContext c)
    {
        var country = c.AgentActor.Country;
        foreach (var k in c.Counterparts)
        {
            if (k != c.Agent && c.Actors.Actors[k].Country != country)
            {
                return true;
            }
        }

        return false;
    }
}
