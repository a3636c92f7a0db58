using System.Runtime.CompilerServices;

// Propose: Malaysian and Bruneian honorifics ("Datuk Seri", "Tan Sri", "Toh Puan") stand before a name as "Sir" does:
// a title, no part of the name and no office. Read as names they made "Datuk Seri Ahmad Faizal Osman" a person
// apart from "Ahmad Faizal", and "Tan Sri X" a person "Sri X". "Tan", "Toh" and "Puan" open an honorific only with
// their second word: alone they are surnames or given names. Burmese "Daw" (a woman's honorific) is one too; the
// men's "U" is a single letter, too ambiguous to drop.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Each row an honorific, its words in order (compared case-insensitively).
        private static readonly string[][] HonorificTitles =
        {
            new[] { "datuk", "seri" }, new[] { "datuk", "sri" }, new[] { "datin", "seri" }, new[] { "dato", "seri" },
            new[] { "dato", "sri" }, new[] { "tan", "sri" }, new[] { "puan", "sri" }, new[] { "toh", "puan" },
            new[] { "datuk" }, new[] { "datin" }, new[] { "daw" },
        };

        // The number of tokens of the honorific at p when a capitalized name word follows it before b, else 0.
        [MethodImpl(Hot.Path)]
        private int HonorificLength(int p, int b)
        {
            ref readonly var t = ref _tokens[p];
            if (t.Length < 3 || t.Length > 5 || !t.IsCapitalized || t.Kind != Text.TokenKind.Word)
            {
                return 0;
            }

            foreach (var row in HonorificTitles)
            {
                if (p + row.Length < b && _tokens[p + row.Length].IsCapitalized && Words(p, row))
                {
                    return row.Length;
                }
            }

            return 0;
        }

        private bool Words(int p, string[] row)
        {
            for (var k = 0; k < row.Length; k++)
            {
                if (!_tokens[p + k].IsCapitalized || _tokens[p + k].Length != row[k].Length || !_tt.Is(p + k, row[k]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
