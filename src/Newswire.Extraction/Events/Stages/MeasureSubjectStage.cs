namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// An economic or legal measure doing something hostile is no attack: "the new tariffs target steel makers", "The
/// measures, agreed by ministers on Monday, target three banks". Cue: the word before the trigger (stepping over one
/// comma-enclosed insert) is an <c>[economic-measure]</c> noun outside a name; only for material conflict (15+).
/// </summary>
internal sealed class MeasureSubjectStage : IEventStage
{
    // How far back the opening comma of an insert may lie.
    private const int InsertReach = 25;

    public string Name => "measure-subject";

    public bool Rejects(EventContext c)
    {
        if (c.Root < 15 || !c.SentenceHas(StageSet.EconomicMeasure))
        {
            return false;
        }

        var head = c.Trigger - 1;
        if (head > c.SentenceStart && IsComma(c, head))
        {
            head = OpeningComma(c, head) - 1;
        }

        return head >= c.SentenceStart && c.MentionAt(head) < 0 && c.Has(head, StageSet.EconomicMeasure);
    }

    /// <summary>The comma before the one at <paramref name="close"/>, or -1.</summary>
    private static int OpeningComma(EventContext c, int close)
    {
        for (var i = close - 1; i > c.SentenceStart && i > close - InsertReach; i--)
        {
            if (IsComma(c, i))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsComma(EventContext c, int i)
    {
        var t = c.Tokens[i];
        return t.Length == 1 && c.Text[t.Start] == ',';
    }
}
