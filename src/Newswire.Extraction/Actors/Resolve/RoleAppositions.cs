using System.Runtime.CompilerServices;
using Newswire.Extraction.Lexicons;

// Resolve: an unknown capitalized run set off by commas right after a role ("the governor of Harwick, Tobenna
// Adeyemi-Okafor, said") is that role holder's name: a person, whatever the words look like.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // How far back the role word may stand from the comma ("a spokeswoman for the army in Harwick ,").
        private const int RoleReach = 7;

        // Names from outside the training text's languages have no word the tagger knows, and after "<place> ," it
        // reads them as the rest of a place phrase ("Kessel, Ontario") or as nothing. The role before the comma says
        // otherwise; in the training text such a run after a role is a person 16 times in 21 (the rest are lists).
        [MethodImpl(Hot.Path)]
        private bool IsRoleApposition(int x, int y)
        {
            if (x < 2 || y >= _tokens.Length || !IsComma(x - 1) || !(IsComma(y) || IsSpeechVerb(y)))
            {
                return false;
            }

            var sentenceStart = _tt.Sentences[_tt.SentenceOf(x)].FirstToken;
            for (var k = x - 2; k >= sentenceStart && k >= x - 1 - RoleReach; k--)
            {
                ref readonly var token = ref _tokens[k];
                if (token.Kind == Text.TokenKind.Punctuation)
                {
                    return false; // a list or another clause: "Kessel, Harwick, Marlow"
                }

                if (token.Kind == Text.TokenKind.Word && (InList(WordClass.RoleNouns, k) || InList(WordClass.TitleHeads, k)))
                {
                    return token.IsLower || k == sentenceStart || !_tokens[k - 1].IsCapitalized;
                }
            }

            return false;
        }

        private bool IsSpeechVerb(int t) => _tt.Is(t, "said") || _tt.Is(t, "says") || _tt.Is(t, "told");
    }
}
