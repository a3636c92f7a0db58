using System.Runtime.CompilerServices;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Propose: "Petroleum Minister Francisco da Costa Guterres" is not the lexicon's Antonio Guterres.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private const int MaxNameWordsBefore = 4;

        // A lexicon person's one-word short name ("Guterres") after a known given name that no word of the lexicon
        // person's names starts like ("Francisco" for "Antonio Guterres"; directly or across particles and surnames,
        // "Francisco da Costa Guterres") is another person's surname: the article's person, not the lexicon's. A given
        // name with the same first letter may be another spelling ("Sergei" for "Sergey Lavrov") and is left to the
        // lexicon. In the training text the one such name of another given name is another person ("Melania Trump").
        [MethodImpl(MethodImplOptions.NoInlining)]
        private bool OtherPersonsSurname(in LexiconMatch m, int p)
        {
            if (m.TokenCount != 1 || m.Entry.Kind != LexiconKind.Person || (m.Flags & SurfaceFlags.Canonical) != 0 || p == 0)
            {
                return false;
            }

            var given = -1;
            var sentence = _tt.SentenceOf(p);
            for (var j = p - 1; j >= 0 && p - j <= MaxNameWordsBefore && _tt.SentenceOf(j) == sentence && _tokens[j].Kind == TokenKind.Word; j--)
            {
                ref readonly var t = ref _tokens[j];
                if (t.IsCapitalized && !t.IsAllCaps && !IsTitleWord(j) && _lex.IsGivenName(_text, t))
                {
                    given = j;
                }
                else if (!(t.IsCapitalized && !t.IsAllCaps && !IsTitleWord(j)) && !(t.IsLower && t.Length <= 3 && j + 1 < p))
                {
                    break; // a title, a lower-case word that is no particle, or a shouted word ends the name
                }
            }

            return given >= 0 && !StartsLikeEntryWord(m.Entry, given);
        }

        // Whether a word of the entry's name or aliases opens with the token's first letter (accents folded).
        private bool StartsLikeEntryWord(LexiconEntry entry, int token)
        {
            var c = char.ToLowerInvariant(Diacritics.Fold(_text[_tokens[token].Start]));
            if (OpensWordLike(entry.Name, c))
            {
                return true;
            }

            foreach (var alias in entry.Aliases)
            {
                if (OpensWordLike(alias, c))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool OpensWordLike(string name, char c)
        {
            for (var i = 0; i < name.Length; i++)
            {
                if ((i == 0 || name[i - 1] == ' ' || name[i - 1] == '-') && char.ToLowerInvariant(Diacritics.Fold(name[i])) == c)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
