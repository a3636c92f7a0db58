using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Resolve: "Second Freedonia Reef", "Fourth Coastal Fleet": a capitalized ordinal word opens the name it stands before.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // A place or body named with an ordinal ("near Second Harbour Shoal", "the Fifth Coastal Fleet") lost it when
        // the ordinal was read as a common sentence word; in the training text a capitalized ordinal before such a
        // name is part of it (21 of 22). Names the lexicon knows keep their own ("a Second Freedonia survey" is not a
        // place of its own), and so does a name that opens its sentence.
        private void JoinOrdinals()
        {
            for (var i = 0; i < _mentions.Count; i++)
            {
                var m = _mentions[i];
                var o = m.NameFirst - 1;
                if (o < 0 || m.Kind != MentionKind.Name || m.Actor.Entry != null || m.Actor.Kind == ActorKind.Person
                    || !_tokens[o].IsCapitalized || !IsOrdinalWord(o) || m.First < m.NameFirst && m.First != o)
                {
                    continue;
                }

                ReSpanName(i, o, m.NameFirst + m.NameCount);
            }
        }

        private bool IsOrdinalWord(int j) => _tokens[j].Kind == TokenKind.Word && OrdinalWords.Contains(_text, _tokens[j]);

        private static readonly TermTable<bool> OrdinalWords = Table(new[]
        {
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
        });
    }
}
