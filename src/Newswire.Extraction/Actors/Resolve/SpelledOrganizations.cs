using Newswire.Extraction.Text;

// Resolve: capitalized words right before a bracketed acronym that spells their initials name an organization
// ("the Harwick Tenants Action League (HTAL)", "Partito 9 Marzo (P9M)"), however the tagger read them.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // In the training text (../shared/train/ner) the words whose initials a bracketed acronym spells are an
        // organization's name 36 times in 43; the rest are terms ("Ground Controlled Approach (GCA)", "Compact
        // Fluorescent Light (CFL)", a survey), and the term heads below leave out all but one of them. The mentions
        // inside the words give way (a demonym opening the name, a last word read as a surname), unless one reaches
        // outside them or is a person the lexicon knows; the acronym then follows the name (BracketAcronyms.cs).
        private void NameSpelledOrganizations()
        {
            var tokens = _tokens;
            var caps = _triggers.At(Trigger.AllCaps, out var n); // the acronym's token: open + 1
            for (var i = 0; i < n && caps[i] + 1 < tokens.Length; i++)
            {
                var open = caps[i] - 1;
                if (open < 2 || !IsBracketedAcronym(open))
                {
                    continue;
                }

                var first = SpelledRunFirst(open);
                if (first < 0 || TermHeads.Contains(_text, _tokens[open - 1]) || !SpelledMentionsGiveWay(first, open))
                {
                    continue;
                }

                RemoveMentionsOver(first, open);
                AddNamed(first, open, ActorKind.Organization, null, null, _tt.SentenceOf(first), false);
            }
        }

        // The first word of the run before the bracket at `open` whose initials (and numbers) are the acronym's
        // letters in order, small words between them skipped ("Bureau of Statistics"); -1 when none spells it.
        private int SpelledRunFirst(int open)
        {
            var acronym = _tokens[open + 1];
            var sentence = _tt.SentenceOf(open);
            var t = open - 1;
            var words = 0;
            for (var k = acronym.End - 1; k >= acronym.Start; k--)
            {
                var letter = _text[k];
                if (!char.IsLetterOrDigit(letter))
                {
                    continue;
                }

                while (t >= 0 && _tt.SentenceOf(t) == sentence && t < open - 1 && _tokens[t].IsLower && SpelledSmallWords.Contains(_text, _tokens[t]))
                {
                    t--;
                }

                if (t < 0 || _tt.SentenceOf(t) != sentence || _tokens[t].Kind is not (TokenKind.Word or TokenKind.Number)
                    || char.ToUpperInvariant(_text[_tokens[t].Start]) != letter || (_tokens[t].Kind == TokenKind.Word && !_tokens[t].IsCapitalized))
                {
                    return -1;
                }

                t--;
                words++;
            }

            return words >= 2 ? t + 1 : -1;
        }

        // No mention over [first, open) reaches outside it (but for its article) or is a lexicon person, and none
        // already names it as an organization.
        private bool SpelledMentionsGiveWay(int first, int open)
        {
            foreach (ref readonly var m in _mentions)
            {
                if (m.First + m.Count > first && m.First < open
                    && (m.First + m.Count > open || (m.First < first && !(m.First == first - 1 && IsArticle(m.First)))
                        || (m.Actor.Kind == ActorKind.Person && m.Actor.Entry != null)
                        || (m.NameFirst == first && m.NameFirst + m.NameCount == open && m.Actor.Kind == ActorKind.Organization)))
                {
                    return false;
                }
            }

            return true;
        }

        private static readonly TermTable<bool> SpelledSmallWords = WordTable("of", "and", "for", "the", "on", "in", "de", "du", "des", "la", "di", "del");

        // Last words of terms, surveys, schemes and laws spelled by their initials ("Household Income Survey (HIS)").
        private static readonly TermTable<bool> TermHeads = WordTable(
            "approach", "light", "vehicle", "test", "survey", "program", "programme", "index", "model", "method", "technique",
            "protocol", "device", "disease", "syndrome", "scheme", "plan", "act", "law", "treaty", "rate", "scale", "format",
            "language", "code", "number", "tax", "virus", "system", "unit", "product", "project", "initiative", "strategy");
    }
}
