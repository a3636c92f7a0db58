using Newswire.Extraction.Events.Stages;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// "Protesters gathered outside parliament in Tbilisi": a crowd named for protesting ([protest-crowd]) that gathers
// ([gathering-verb]) demonstrates (141), although "gather" alone codes nothing ("leaders gathered in Davos") and
// "assemble" reads a meeting. Reads the subject's head; gives the code.
internal sealed partial class EventRun
{
    /// <summary>"141" when the verb at <paramref name="verb"/> is a gathering verb whose subject's head, right before it
    /// (one adverb may stand between: "protesters again gathered"), is a protest crowd; else the verb's
    /// <paramref name="pattern"/> code.</summary>
    private string? CrowdGathering(int verb, string? pattern)
    {
        if (!_stages.Words.OnDemand(StageWords.GatheringVerb, _s, _tokens[verb]))
        {
            return pattern;
        }

        var head = (Class(verb - 1) & WordClass.Adverb) != 0 ? verb - 2 : verb - 1;
        return head >= _s0 && _tokens[head].Kind == TokenKind.Word && _stages.Words.OnDemand(StageWords.ProtestCrowd, _s, _tokens[head])
            ? "141"
            : pattern;
    }
}
