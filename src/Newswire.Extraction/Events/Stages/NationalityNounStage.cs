using Newswire.Extraction.Lexicons;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A nationality noun counted as one or a few people is a private person, not the state: "An Irishman criticised
/// the government", "Two Britons attacked a guard". Cue: the agent's mention before the trigger is a single
/// nationality noun (a demonym, one with a person or plural ending, or a <c>[nationality-noun]</c>) right after an
/// <c>[indefinite]</c> word or a number, heading its phrase (not "a Ukrainian drone attack"). Judges statements too: "the coach, an
/// Irishman, said" is no statement of Ireland.
/// </summary>
internal sealed class NationalityNounStage : IStatementStage
{
    public string Name => "nationality-noun";

    public bool Rejects(EventContext c)
    {
        // "a Ukrainian drone attack": a demonym before an event noun is the attack's side.
        var m = c.FromNoun ? -1 : c.AgentMentionBefore(c.Trigger);
        if (m < 0)
        {
            return false;
        }

        var mention = c.Actors.Mentions[m];
        var first = mention.FirstToken;
        if (mention.EndToken != first + 1 || first <= c.SentenceStart || !Counted(c, first - 1) || !Head(c, first + 1))
        {
            return false;
        }

        return c.Has(first, StageSet.NationalityNoun) || Demonym(c, first);
    }

    // "Kenyan", and a demonym with a person or plural ending: "Irishman", "Frenchwomen", "Kenyans".
    private static bool Demonym(EventContext c, int i)
    {
        var t = c.Tokens[i];
        var lexicon = Lexicon.BuiltIn;
        return lexicon.TryDemonym(c.Text, t, out _) || lexicon.IsPersonOfPeople(c.Text, t)
               || (t.Length > 3 && c.Text[t.End - 1] == 's' && lexicon.TryDemonym(c.Text, t.Start, t.Length - 1, out _));
    }

    // The demonym heads its phrase ("an Irishman criticised", "an Irishman, ...", "an Irishman in his second season");
    // before a noun it only modifies it ("a Ukrainian drone attack").
    private static bool Head(EventContext c, int next) =>
        next >= c.SentenceEnd || next == c.Trigger || !c.IsWord(next) || c.Has(next, StageSet.Locative | StageSet.PerfectAux);

    private static bool Counted(EventContext c, int i) =>
        c.Has(i, StageSet.Indefinite) || c.Tokens[i].Kind == Newswire.Extraction.Text.TokenKind.Number;
}
