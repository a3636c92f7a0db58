using System.Collections.Generic;
using Newswire.Extraction.Lexicons;

// Resolve: an organization named after "<role> of" ("the president of the Harwick Society of Engineers", "leader of
// the Green Renewal Movement") is named in its own right as well: the whole phrase stays the person's description
// (events read it as one mention), and the organization inside it is exported beside it as a name, as CoNLL
// annotates it. One before the role ("the Kremlin spokesman", "a Foreign Office official") only qualifies it and
// stays inside the phrase.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Organizations seen in a "<role> of" complement, with the description mention around them; null until one is.
        private List<(RawMention Inner, RawMention Phrase)>? _roleComplements;

        // Called when a role phrase took the organization at [first, end): remembers it with the description just added.
        private void RememberRoleComplement(int first, int end, ActorBuilder organization)
        {
            var inner = RawMention.Name(first, end, organization, Confidences.For(MentionKind.Name, organization.Entry != null), organization.Entry != null);
            (_roleComplements ??= new List<(RawMention, RawMention)>()).Add((inner, _mentions[_mentions.Count - 1]));
        }

        // After AddLocatedIn (which starts the inner-name list afresh): the remembered organizations join the inner names.
        private void AddRoleComplementNames()
        {
            if (_roleComplements == null || _roleComplements.Count == 0)
            {
                return;
            }

            (_inner ??= new List<(RawMention, RawMention)>()).AddRange(_roleComplements);
            _roleComplements.Clear();
        }
    }
}
