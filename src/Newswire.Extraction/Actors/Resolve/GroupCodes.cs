using System.Collections.Generic;
using Newswire.Extraction.Text;

// Resolve: armed groups named by a letter-and-digit code ("the K19 rebels", "Q7 militiamen"): a code right before an
// armed group's head noun is that group's name, an organization, and so is every other lone mention of the same code
// in the article ("the K19 denied it"). The tagger reads such codes as no name (in the training text codes are
// products, roads and dates: 8 organizations of 156, none before these nouns), so the head noun must say it.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void AddArmedGroupCodes()
        {
            List<string>? codes = null;
            var tokens = _tokens;
            var digits = _triggers.At(Trigger.Digit, out var n);
            for (var i = 0; i < n && digits[i] + 1 < tokens.Length; i++)
            {
                var t = digits[i];
                if (tokens[t + 1].IsLower
                    && ArmedGroupHeads.Contains(_text, tokens[t + 1]) && IsRoadCode(t))
                {
                    (codes ??= new List<string>()).Add(_text.Substring(_tokens[t].Start, _tokens[t].Length));
                }
            }

            if (codes == null)
            {
                return;
            }

            var covered = CoveredTokens();
            for (var i = 0; i < n; i++)
            {
                var t = digits[i];
                if (!covered[t] && IsRoadCode(t)
                    && codes.Contains(_text.Substring(_tokens[t].Start, _tokens[t].Length)))
                {
                    AddNamed(t, t + 1, ActorKind.Organization, null, null, _tt.SentenceOf(t), false);
                }
            }
        }

        private static readonly TermTable<bool> ArmedGroupHeads = WordTable(
            "rebels", "rebel", "militia", "militias", "militiamen", "fighters", "insurgents", "militants", "guerrillas");
    }
}
