using Newswire.Extraction.Lexicons;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// A nationality noun counted as one or a few people is a private person, not the state: "An Irishman criticised
/// the government", "Two Britons attacked a guard". Cue: the agent's mention before the trigger is a single
/// demonym word right after an <c>[indefinite]</c> word or a number.
/// </summary>
internal sealed class NationalityNounStage : IEventStage
{
    public string Name => "nationality-noun";

    public bool Rejects(EventContext c)
    {
        var m = c.AgentMentionBefore(c.Trigger);
        if (m < 0)
        {
            return false;
        }

        var mention = c.Actors.Mentions[m];
        var first = mention.FirstToken;
        if (mention.EndToken != first + 1 || first <= c.SentenceStart || !Counted(c, first - 1))
        {
            return false;
        }

        return Lexicon.BuiltIn.TryDemonym(c.Text, c.Tokens[first], out _);
    }

    private static bool Counted(EventContext c, int i) =>
        c.Has(i, StageSet.Indefinite) || c.Tokens[i].Kind == Newswire.Extraction.Text.TokenKind.Number;
}
