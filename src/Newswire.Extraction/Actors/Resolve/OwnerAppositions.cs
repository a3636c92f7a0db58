using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: "Ada Brelik, Freedonia's finance minister, said": the words before the comma are the person the apposition
// describes, not a place located in Freedonia ("Marlow, Freedonia's second city" stays a place: CityCountry).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Whether the country that ends at token `after` is the owner of a person's title: its possessive, then within
        // four lower-case or title words a title head, role or person noun ("chief economic adviser", "Finance Minister").
        private bool IsOwnerApposition(int after)
        {
            if (after >= _tokens.Length || _tokens[after].Kind != TokenKind.Possessive)
            {
                return false;
            }

            for (var k = after + 1; k < _tokens.Length && k <= after + 4; k++)
            {
                if (_tokens[k].Kind != TokenKind.Word)
                {
                    return false;
                }

                if (InList(WordClass.TitleHeads, k) || InList(WordClass.RoleNouns, k) || InList(WordClass.PersonNouns, k))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
