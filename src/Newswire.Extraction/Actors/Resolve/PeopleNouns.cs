using Newswire.Extraction.Text;

// Resolve: "an Irishman", "two Frenchwomen", "the Scotsman": a person of a people is no name (CoNLL's MISC), however
// the tagger reads it (Lexicon.IsPersonOfPeople).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private bool IsPeopleNoun(int t) =>
            _tokens[t].Kind == TokenKind.Word && _tokens[t].IsCapitalized && _lex.IsPersonOfPeople(_text, _tokens[t]);
    }
}
