using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: "Jawhar Ben Mbarek", "Dalila Ben Mbarek Msaddek", "Samia Ben Amor": a given name, a capitalized "Ben" and a
// surname are a person's name (the North African spelling of "bin", which NasabNames reads in lower case).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Tunisian, Algerian and Moroccan surnames open with a capitalized "Ben" ("son of"). The tagger, which knows
        // "Ben" as an English given name and "Ben Arous" as a place, reads such a name as a place or an organization
        // when it has not seen the given name. A capitalized word before "Ben" (no title, occupation or sentence word,
        // no word the article uses in lower case), "Ben", the surname and at most one more capitalized word become one
        // person, replacing other readings; a name the lexicon knows keeps its reading.
        private void NameMaghrebBenPersons()
        {
            // "Ben" is capitalized: only the capitalized words are candidates.
            var capitals = _triggers.At(Trigger.Capitalized, out var n);
            var from = 1; // past the last name made
            for (var i = 0; i < n; i++)
            {
                var t = capitals[i];
                if (t < from || t + 1 >= _tokens.Length || !IsCapitalBen(t) || !IsGivenWordBefore(t) || !IsSurnameWord(t + 1, t))
                {
                    continue;
                }

                var end = IsSurnameWord(t + 2, t) && !IsRoleWord(t + 2) && !InList(WordClass.Weekdays, t + 2) ? t + 3 : t + 2;
                if (!HoldsKnownName(t - 1, end))
                {
                    ReplaceWithNewPerson(t - 1, end);
                    from = end + 1;
                }
            }
        }

        // Asked of every token: the length and first letter decide nearly all.
        private bool IsCapitalBen(int t) =>
            _tokens[t].Length == 3 && _text[_tokens[t].Start] == 'B' && _tokens[t].Kind == TokenKind.Word && _tt.Is(t, "ben") && !_tokens[t].IsAllCaps;

        private bool IsGivenWordBefore(int t) =>
            IsBareCapitalized(t - 1) && !IsRoleWord(t - 1) && !InList(WordClass.CommonCapitalized, t - 1) && !UsedInLowerCase(_tokens[t - 1].Hash)
            && _tt.SentenceOf(t - 1) == _tt.SentenceOf(t);

        private bool IsSurnameWord(int k, int ben) =>
            k < _tokens.Length && IsBareCapitalized(k) && (_tokens[k].Flags & TokenFlags.NewlineBefore) == 0 && _tt.SentenceOf(k) == _tt.SentenceOf(ben);
    }
}
