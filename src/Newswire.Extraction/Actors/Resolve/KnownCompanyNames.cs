using System.Runtime.CompilerServices;
using Newswire.Extraction.Text;

// Resolve: a one-word company name of the built-in company table (companies.tsv) that nothing else read is an
// organization ("Glencore said on Tuesday ..."): the tagger often leaves a rare brand at a sentence's start alone,
// and the table was read only for the company's country.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Only a lone capitalized word with lower-case letters (acronyms are the acronym rules'), not part of a longer
        // capitalized run ("Toyota Corolla", "Shell Oil" are other names), that no mention covers. The table writes
        // names that are also common words, surnames or places alone only in their full form; a table name the training
        // text also writes in lower case ("Shell", "Canon") needs more than the table to be a company here.
        private void AddKnownCompanyNames()
        {
            bool[]? covered = null;
            var tokens = _tokens;
            var capitals = _triggers.At(Trigger.Capitalized, out var n);
            for (var i = 0; i < n; i++)
            {
                var t = capitals[i];
                ref readonly var token = ref tokens[t];
                if (token.Kind != TokenKind.Word || (token.Flags & (TokenFlags.Capitalized | TokenFlags.AllCaps)) != TokenFlags.Capitalized
                    || token.Length < 3 || CapitalizedWord(t - 1) || CapitalizedWord(t + 1))
                {
                    continue;
                }

                // Covered first: most lone capitalized words are read already. Then the table's words, looked up in
                // the text (the two lookups after it allocate the word; most words are no company's name).
                covered ??= CoveredTokens();
                if (!covered[t] && Finish.CompanyCountries.MayKnow(_text, token)
                    && !Names.NameTagger.Default.IsCommonLower(_text, token.Start, token.Length)
                    && Finish.CompanyCountries.Knows(_text.Substring(token.Start, token.Length)))
                {
                    AddNamed(t, t + 1, ActorKind.Organization, null, null, _tt.SentenceOf(t), false);
                }
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool CapitalizedWord(int t) =>
            t >= 0 && t < _tokens.Length && _tokens[t].Kind == TokenKind.Word && (_tokens[t].Flags & TokenFlags.Capitalized) != 0;
    }
}
