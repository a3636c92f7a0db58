using Newswire.Extraction.Lexicons;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A court or prosecutor acting on an unnamed private person is an ordinary criminal case, not a political act:
/// "a court in Karachi sentenced a man to ten years for robbery", "prosecutors in Seoul charged a businessman with
/// embezzlement", "a court in Lyon fined a local baker". Cue: a <c>[court-agent]</c> word in the clause before the
/// trigger, no counterpart, and an object that opens with an <c>[indefinite]</c> word or a number and names no
/// actor, no political head and no agent noun of a political CAMEO role in its first words ("sentenced an opposition
/// activist", "two journalists" (MED), "a US citizen" stay; "a man" (PPL), "a trader" (BUS) do not), in a
/// sentence whose charge is no protest or political head ("over the protests", "for insulting the president" stay).
/// </summary>
internal sealed class OrdinaryCaseStage : IEventStage
{
    // The object's first words: "a local fish trader", "two former bank managers".
    private const int ObjectReach = 5;

    public string Name => "ordinary-case";

    public bool Rejects(EventContext c)
    {
        if (c.FromNoun || c.Counterparts.Count > 0 || (c.Root != 17 && c.Root != 11) || !c.SentenceHas(StageSet.CourtAgent))
        {
            return false;
        }

        return c.Find(c.ClauseStart, c.Trigger, StageSet.CourtAgent) >= 0 && PrivateObject(c);
    }

    private static bool PrivateObject(EventContext c)
    {
        var start = c.TriggerEnd;
        if (start >= c.SentenceEnd || !(c.Has(start, StageSet.Indefinite) || IsNumber(c, start)))
        {
            return false;
        }

        for (var i = start; i < start + ObjectReach && i < c.SentenceEnd; i++)
        {
            if (c.MentionAt(i) >= 0 || c.Has(i, StageSet.PoliticalHead) || PoliticalRole(c, i))
            {
                return false;
            }

            if (!c.IsWord(i))
            {
                break;
            }
        }

        // The charge may make it political: "sentenced two men to death over the protests", "for insulting the president".
        return c.Find(start, c.SentenceEnd, StageSet.PoliticalHead | StageSet.ProtestNoun) < 0;
    }

    // The CAMEO roles of private people: ordinary people, civilians, business, criminals.
    private static readonly string[] PrivateRoles = { "PPL", "CVL", "BUS", "CRM" };

    /// <summary>Whether the word (or its singular) is an agent noun of a political role ("journalist" MED).</summary>
    internal static bool PoliticalRole(EventContext c, int i)
    {
        var t = c.Tokens[i];
        var lexicon = Lexicon.BuiltIn;
        if (!lexicon.TryAgent(c.Text, t.Start, t.Length, out var code)
            && !(t.Length > 3 && c.Text[t.Start + t.Length - 1] == 's' && lexicon.TryAgent(c.Text, t.Start, t.Length - 1, out code)))
        {
            return false;
        }

        foreach (var p in PrivateRoles)
        {
            if (code.StartsWith(p, System.StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNumber(EventContext c, int i)
    {
        var t = c.Tokens[i];
        return t.Length > 0 && char.IsDigit(c.Text[t.Start]);
    }
}
