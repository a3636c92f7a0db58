using System.Collections.Generic;
using Newswire.Extraction.Text;

// Resolve: "Cyclone hits Fiji", "Typhoon Karvo lashed the coast": a storm is no person, organization or place, and
// neither is the storm word a headline capitalizes.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // An actor with a name mention that is a storm word alone, a storm word before a capitalized name, or a name
        // right after a storm word left out of it ("Typhoon" opening a sentence) is the storm: every mention of it goes (its lone name "Karvo" later in the story too). The training text tags
        // such names as nothing ("Hurricane Gonzalo" O O in nearly every case).
        private void DropStormNames()
        {
            foreach (ref readonly var m in _mentions)
            {
                if (IsNameKind(m.Kind) && m.Actor.Entry == null && !m.Known
                    && (IsStormName(m.NameFirst, m.NameCount) || (m.NameFirst > 0 && IsStormName(m.NameFirst - 1, m.NameCount + 1))))
                {
                    (_storms ??= new HashSet<ActorBuilder>()).Add(m.Actor);
                }
            }

            DropStormMentions();
        }

        // The storms' mentions go, those the links made later too ("Karvo weakened" linked as a surname).
        private void DropStormMentions() => _mentions.RemoveAll(m => _storms != null && _storms.Contains(m.Actor));

        private HashSet<ActorBuilder>? _storms;

        // "Cyclone", "Typhoon Karvo", "Tropical Storm Karvo": a capitalized storm word opens the name, alone or before
        // capitalized words only.
        private bool IsStormName(int first, int count)
        {
            if (!_tokens[first].IsCapitalized || !StormWords.Contains(_text, _tokens[first]))
            {
                return false;
            }

            for (var t = first + 1; t < first + count; t++)
            {
                if (!_tokens[t].IsCapitalized)
                {
                    return false;
                }
            }

            return true;
        }

        private static readonly TermTable<bool> StormWords = WordTable("cyclone", "typhoon", "hurricane", "storm", "tropical");
    }
}
