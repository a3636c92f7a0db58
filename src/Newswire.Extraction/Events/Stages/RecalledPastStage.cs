namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// What a speaker recalls is background told again, not this story's event: "the minister recalled that in 1991 the
/// army had shelled the port", "reminded reporters that Russia had invaded Georgia". Cue: the event after a "that"
/// with a <c>[recall-verb]</c> word at most four words before it ("recalled on Sunday that"). "Recalled its
/// ambassador" has no "that" and stays a recall of an envoy (161). A gerund right after the recall word is recalled
/// too ("recalls meeting President X at the White House in 2008").
/// </summary>
internal sealed class RecalledPastStage : IEventStage
{
    // Words between the recall verb and "that": "reminded reporters on Friday that".
    private const int Reach = 4;

    // How far before the trigger the "that" may stand: the subject and auxiliaries of the recalled clause.
    private const int ClauseReach = 12;

    public string Name => "recalled-past";

    public bool Rejects(EventContext c)
    {
        if (!c.SentenceHas(StageSet.RecallVerb))
        {
            return false;
        }

        // "recalls meeting President X at the White House": the act is the recall verb's gerund object.
        if (c.Trigger > c.SentenceStart && c.Has(c.Trigger - 1, StageSet.RecallVerb) && Gerund(c, c.Trigger))
        {
            return true;
        }

        var first = c.Trigger - ClauseReach > c.SentenceStart ? c.Trigger - ClauseReach : c.SentenceStart;
        for (var i = c.Trigger - 1; i > first; i--)
        {
            if (IsThat(c, i))
            {
                return c.Find(i - Reach, i, StageSet.RecallVerb) >= 0;
            }

            // "..., and on Monday Kenya expelled": a new clause of the story's own.
            if (c.Tokens[i].Kind == Text.TokenKind.Punctuation && (c.Text[c.Tokens[i].Start] == ';' || c.IsWord(i + 1, "and") || c.IsWord(i + 1, "but")))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsThat(EventContext c, int i) => c.IsWord(i, "that");

    private static bool Gerund(EventContext c, int i)
    {
        var t = c.Tokens[i];
        return t.Length > 4 && string.CompareOrdinal(c.Text, t.Start + t.Length - 3, "ing", 0, 3) == 0;
    }
}
