using System.Collections.Generic;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: "shares of Vexmoor Egypt", "the company Hitwise UK": a word right before a country's name that no mention
// reads, or a one-word organization there, is the first word of a body named with the country (a company's national
// arm, a federation), which the place lexicon cut to the country.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // In the training text a capitalized word (not an article or preposition) right before a country's name
        // opens one organization with it 40 times ("Badminton Canada", "Air India", "Groundwork UK", "Citilink
        // Indonesia") and is a name apart twice. Only inside a sentence, before a country, and never a word the
        // training text writes in lower case ("Reports Malaysia", "In Britain"); a sport's name opening a sentence
        // ("Cricket Australia said") was tried and cost an event check set its events (a body acting where the
        // country did not). A word some mention reads, a title, a given name, a compass or date word, a regime's
        // word, a demonym or a word the lexicon knows does not open it ("President Kenya", "East Timor", "Nazi
        // Germany"), nor does a capitalized word after the country go on.
        private void JoinCountryLedBodies()
        {
            var count = _mentions.Count;
            bool[]? covered = null;
            List<int>? replaced = null;
            for (var i = 0; i < count; i++)
            {
                var m = _mentions[i];
                var w = m.First - 1;
                if (m.Actor.Kind != ActorKind.Location || !IsNameKind(m.Kind) || m.Count != m.NameCount || !OpensCountryLedBody(w, m))
                {
                    continue;
                }

                covered ??= CoveredTokens(count);
                var company = covered[w] ? OneWordOrganizationAt(w, count) : -1;
                if (covered[w] && company < 0)
                {
                    continue;
                }

                var before = _mentions.Count;
                AddNamed(w, m.First + m.Count, ActorKind.Organization, m.Actor.Country, null, _tt.SentenceOf(w), false);
                if (_mentions.Count > before)
                {
                    (replaced ??= new List<int>()).Add(i);
                    if (company >= 0)
                    {
                        replaced.Add(company);
                    }
                }
            }

            replaced?.Sort();

            for (var r = (replaced?.Count ?? 0) - 1; r >= 0; r--)
            {
                _mentions.RemoveAt(replaced![r]);
            }
        }

        // Whether the word w right before the place mention m opens a body named with it (see above).
        private bool OpensCountryLedBody(int w, in RawMention m)
        {
            var end = m.First + m.Count;
            if (w < 0 || _tokens[w].Kind != TokenKind.Word || !_tokens[w].IsCapitalized || _tokens[w].IsAllCaps
                || _tt.SentenceOf(w) != _tt.SentenceOf(m.First) || CapitalsSayNothing(_tt.SentenceOf(w))
                || (end < _tokens.Length && _tokens[end].Kind == TokenKind.Word && _tokens[end].IsCapitalized && _tt.SentenceOf(end) == _tt.SentenceOf(w)))
            {
                return false;
            }

            var token = _tokens[w];
            if (RegimeWords.Contains(_text, token) || (token.Length > 4 && _text.IndexOf("ist", token.End - 3, 3, System.StringComparison.Ordinal) >= 0))
            {
                return false; // "Nazi Germany", "Baathist Iraq": the country under a regime is still a place
            }

            return m.Actor.Entry is { Kind: LexiconKind.Country } && w > _tt.Sentences[_tt.SentenceOf(w)].FirstToken
                   && !Names.NameTagger.Default.IsCommonLower(_text, token.Start, token.Length)
                   && !WordLists.TitleHeads.Contains(_text, token) && !WordLists.TitleModifiers.Contains(_text, token)
                   && !WordLists.CommonCapitalized.Contains(_text, token) && !WordLists.Weekdays.Contains(_text, token)
                   && !WordLists.Compass.Contains(_text, token) && !WordLists.NotActorHeads.Contains(_text, token)
                   && !_lex.IsGivenName(_text, token) && !_lex.TryDemonym(_text, token, out _)
                   && !_lex.Match(_tt, _wordIds, w, w + 1, false, out _);
        }

        // "Hitwise UK": a one-word organization the tagger read right before the country is its first word too (the
        // training text: 35 times one organization, twice two names); not an outlet after "told" or "to" ("told
        // Reuters Iran had agreed"), nor an acronym ("AFP", "CNN").
        private int OneWordOrganizationAt(int w, int count)
        {
            if (w > 0 && (_tt.Is(w - 1, "told") || _tt.Is(w - 1, "to")))
            {
                return -1;
            }

            for (var i = 0; i < count; i++)
            {
                var o = _mentions[i];
                if (o.First == w && o.Count == 1 && o.NameFirst == w && o.Kind == MentionKind.Name && o.Actor.Kind == ActorKind.Organization)
                {
                    return i;
                }
            }

            return -1;
        }

        // Words for a country's regime or era, always capitalized ("Soviet Russia", "Ottoman Egypt", "Vichy France").
        private static readonly TermTable<bool> RegimeWords = WordTable(
            "nazi", "soviet", "vichy", "weimar", "ottoman", "byzantine", "roman", "victorian", "edwardian", "elizabethan",
            "mughal", "qing", "ming", "tudor", "habsburg", "bourbon", "imperial", "apartheid", "wartime", "postwar",
            "occupied", "colonial", "mandatory", "francoist", "tsarist");
    }
}
