using Newswire.Extraction.Events.Stages;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// Headline grammar: a past form with no object in a headline is a passive ("Senegal opposition leader freed after
// ..."). Reads the sentence only.
internal sealed partial class EventRun
{
    /// <summary>
    /// A headline tells a done act in the present ("Senegal frees opposition leader"); a past form there with no object,
    /// at the end or before a place or time link ("Senegal opposition leader freed after ...", "Two journalists
    /// detained in Minsk"), is a passive whose subject is the one acted on. Not before "at" ("fired at").
    /// </summary>
    private bool HeadlinePassive(int i)
    {
        if (!_text.Sentences[_sentence].IsHeadline)
        {
            return false;
        }

        var next = i + 1;
        if (next >= _s1 || _tokens[next].Kind != TokenKind.Word)
        {
            return true;
        }

        return (_stageBits[next - _s0] & (StageSet.TimeLink | StageSet.Locative)) != 0 && !Is(next, K.At);
    }
}
