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
            var tokens = _tokens; // in a local: the loop visits every token of the article
            for (var t = 0; t + 1 < tokens.Length; t++)
            {
                // The digit flag first, in the loop over every token: the calls cost more than the test.
                if ((tokens[t].Flags & TokenFlags.HasDigit) != 0 && tokens[t + 1].IsLower
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
            for (var t = 0; t < _tokens.Length; t++)
            {
                if ((_tokens[t].Flags & TokenFlags.HasDigit) != 0 && !covered[t] && IsRoadCode(t)
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
