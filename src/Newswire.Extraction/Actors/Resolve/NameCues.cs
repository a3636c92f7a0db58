using System.Collections.Generic;
using Newswire.Extraction.Text;

// Resolve: where the case turns between two tokens, found in one pass for the rules that start there.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // A comma or a lower-case word right after a capitalized word: where an aged person ("Sulastri, 54,"), an
        // apposed organization ("Petrolar, the state oil firm"), a nasab chain ("Faisal bin Nasser") and a name before
        // its class noun ("the Kessel group") are found.
        private RefList<int> LowerAfterCapitals()
        {
            FindCaseTurns();
            return _lists.LowerAfterCapitals;
        }

        // A capitalized word right after a lower-case one: where a name after a class noun ("the company Kessel") or
        // after "<head> of" ("Society of Petroleum Engineers") starts.
        private RefList<int> CapitalsAfterLower()
        {
            FindCaseTurns();
            return _lists.CapitalsAfterLower;
        }

        // Each of those rules scanning every token cost more than the rule itself; they read these lists (a few per
        // cent of the tokens) instead, filled on first use (tokens never change in a run).
        private void FindCaseTurns()
        {
            if (_caseTurnsFound)
            {
                return;
            }

            _caseTurnsFound = true;
            // Both turns touch a capitalized word, so its positions (TokenTriggers) give them, each list in token order.
            var tokens = _tokens;
            var capitals = _triggers.At(Trigger.Capitalized, out var n);
            for (var i = 0; i < n; i++)
            {
                var c = capitals[i];
                if (c >= 1 && tokens[c - 1].IsLower)
                {
                    _lists.CapitalsAfterLower.Add(c);
                }

                var t = c + 1;
                if (t < tokens.Length && (tokens[t].IsLower || tokens[t].Length == 1 && _text[tokens[t].Start] == ','))
                {
                    _lists.LowerAfterCapitals.Add(t);
                }
            }
        }

        private bool _caseTurnsFound;
    }
}
