using Newswire.Extraction.Text;

// Resolve: "an Irishman", "two Frenchwomen", "the Scotsman": a person of a people is no name (CoNLL's MISC), however
// the tagger reads it; the people's word and "man"/"woman" make it, whatever the people.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private bool IsPeopleNoun(int t)
        {
            ref readonly var token = ref _tokens[t];
            if (token.Kind != TokenKind.Word || !token.IsCapitalized)
            {
                return false;
            }

            var stem = token.Length - StemSuffixLength(token);
            return stem >= 3 && stem < token.Length
                && (_lex.TryDemonym(_text, token.Start, stem, out _) || PeopleStems.TryGet(_text, token.Start, stem, TermKey.Hash(_text, token.Start, stem), out _));
        }

        // The length of a "man", "men", "woman" or "women" ending, or 0.
        private int StemSuffixLength(in Token token)
        {
            var end = token.Start + token.Length;
            foreach (var suffix in PersonSuffixes)
            {
                if (token.Length > suffix.Length && string.CompareOrdinal(_text, end - suffix.Length, suffix, 0, suffix.Length) == 0)
                {
                    return suffix.Length;
                }
            }

            return 0;
        }

        private static readonly string[] PersonSuffixes = { "woman", "women", "man", "men" };

        // Peoples' words the demonym list does not hold (nations within a state: "Scotsman", "Englishwoman").
        private static readonly TermTable<bool> PeopleStems = TermTables.Words(
            "English", "Scots", "Welsh", "Irish", "Cornish", "Manx", "French", "Dutch", "Swiss");
    }
}
