using System.Collections.Generic;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: organizations named after a place ("Harwick Rovers", "Dunmore Gazette"), which the tagger and the place
// lexicon cut to the place word.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // "Harwick Rovers beat ...": a lone place name followed, in the same sentence, by capitalized words no
        // mention covers is the first word of an organization named for the place (a club, a band, a paper), not
        // the place. Titles, place heads, dates, nationalities and words the lexicon knows do not continue it
        // ("Harwick Mayor", "Harwick Airport", "Harwick Monday"); a title-case headline says nothing.
        private void ExtendPlaceLedNames()
        {
            var count = _mentions.Count;
            bool[]? covered = null;
            var replaced = _lists.Overlapping;
            replaced.Clear();
            for (var i = 0; i < count; i++)
            {
                var m = _mentions[i];
                if (m.Actor.Kind != ActorKind.Location || !IsNameKind(m.Kind) || m.Count != m.NameCount || !CapitalizedAt(m.First + m.Count))
                {
                    continue; // (both readings below need a capitalized word right after the place)
                }

                if (_lex.TryDemonym(_text, _tokens[m.First], out _) || MiddleNameEnd(m.First) > 0)
                {
                    continue;
                }

                // Which tokens the mentions proposed before this pass cover, built at the first candidate (AddNamed
                // only appends, so the first `count` mentions are still those).
                covered ??= CoveredTokens(count);

                var end = PlaceLedNameEnd(m.First + m.Count, covered);
                if (end > m.First + m.Count && ReplacePlace(m.First, end))
                {
                    replaced.Add(i);
                }
                else if (end == m.First + m.Count && OrganizationAt(end, count, covered) is var org && org >= 0
                         && ReplacePlace(m.First, _mentions[org].First + _mentions[org].Count))
                {
                    replaced.Add(i);
                    replaced.Add(org);
                }
            }

            replaced.Sort();
            for (var r = replaced.Count - 1; r >= 0; r--)
            {
                _mentions.RemoveAt(replaced[r]);
            }
        }

        // "Carlos Orlando Zelaya Funes": a place word right after a given name and before more capitalized words is a
        // middle name (Spanish and Portuguese names often hold one), not a place nor the first word of a body named
        // for it: the whole run is one person. A body's or place's head word in the run ("George Washington
        // University", "George Washington Bridge") leaves it to the other rules.
        private void JoinMiddleNamePlaces()
        {
            for (var i = 0; i < _mentions.Count; i++)
            {
                var m = _mentions[i];
                if (m.Actor.Kind != ActorKind.Location || m.Kind != MentionKind.Name || m.Count != 1 || m.NameCount != 1
                    || MiddleNameEnd(m.First) is var end && end < 0)
                {
                    continue;
                }

                RemoveMentionsOver(m.First - 1, end);
                AddNamed(m.First - 1, end, ActorKind.Person, null, null, _tt.SentenceOf(m.First), false);
                i = -1; // the list changed: read it again (rare)
            }
        }

        // The end of the capitalized run after a place word that a known given name opens, or -1 (see above).
        private int MiddleNameEnd(int place)
        {
            var before = place - 1;
            // The token's own flags before the two sentence searches.
            if (before < 0 || _tokens[before].Kind != TokenKind.Word || !_tokens[before].IsCapitalized || _tokens[before].IsAllCaps
                || _tt.SentenceOf(before) != _tt.SentenceOf(place) || !_lex.IsGivenName(_text, _tokens[before])
                || CapitalsSayNothing(_tt.SentenceOf(place)))
            {
                return -1;
            }

            var end = place + 1;
            while (end < _tokens.Length && _tt.SentenceOf(end) == _tt.SentenceOf(place) && _tokens[end].Kind == TokenKind.Word
                   && _tokens[end].IsCapitalized && !_tokens[end].IsAllCaps)
            {
                if (InList(WordClass.OrgSuffixes, end) || WordLists.PlaceSuffixes.Contains(_text, _tokens[end])
                    || WordLists.FacilityHeads.Contains(_text, _tokens[end]) || WordLists.TitleHeads.Contains(_text, _tokens[end]))
                {
                    return -1;
                }

                end++;
            }

            return end > place + 1 ? end : -1;
        }

        private bool CapitalizedAt(int t) => t < _tokens.Length && _tokens[t].IsCapitalized;

        // A headline's capitals say nothing even when it is not detected as title case ("Freedonia Agree to Expand
        // Ties" has lower-case small words): the rule reads names only in body sentences.
        private bool CapitalsSayNothing(int sentence) =>
            _tt.Sentences[sentence].CapsUninformative || _tt.Sentences[sentence].IsHeadline;

        // Where the capitalized words after a place name end (at `first` when none continue it).
        private int PlaceLedNameEnd(int first, bool[] covered)
        {
            if (first >= _tokens.Length || CapitalsSayNothing(_tt.SentenceOf(first - 1)))
            {
                return first;
            }

            var sentence = _tt.SentenceOf(first - 1);
            var end = first;
            while (end < _tokens.Length && !covered[end] && _tt.SentenceOf(end) == sentence && ContinuesPlaceLedName(end))
            {
                end++;
            }

            // A longer capitalized run is another name after the place (a person in a byline), not the place's body;
            // a run that goes on into a place head names a place itself ("Harwick Upland Railway").
            return end - first <= MaxPlaceLedWords && !EndsAtPlaceHead(end, sentence) ? end : first;
        }

        private const int MaxPlaceLedWords = 2;

        private bool EndsAtPlaceHead(int t, int sentence) =>
            t < _tokens.Length && _tt.SentenceOf(t) == sentence && _tokens[t].IsCapitalized
            && (WordLists.PlaceSuffixes.Contains(_text, _tokens[t]) || WordLists.FacilityHeads.Contains(_text, _tokens[t]));

        private bool ContinuesPlaceLedName(int t)
        {
            var token = _tokens[t];
            return token.Kind == TokenKind.Word && token.IsCapitalized && !token.IsAllCaps
                   && !WordLists.TitleHeads.Contains(_text, token) && !WordLists.TitleModifiers.Contains(_text, token)
                   && !WordLists.PlaceSuffixes.Contains(_text, token) && !WordLists.FacilityHeads.Contains(_text, token)
                   && !WordLists.NotActorHeads.Contains(_text, token)
                   && !WordLists.CommonCapitalized.Contains(_text, token) && !WordLists.Weekdays.Contains(_text, token)
                   && !WordLists.Compass.Contains(_text, token) && !_lex.TryDemonym(_text, token, out _)
                   && !_lex.Match(_tt, _wordIds, t, t + 1, false, out _);
        }

        // "Harwick" + "Red Lions": an organization name right after the place, in the same sentence, is the rest of
        // the place-led name (-1: none); so is a name ending in a company head, whatever it was read as ("Asia" +
        // "Sun Velmora Energy", where "Sun" passes for a surname).
        // (the scan over the mentions runs only for a capitalized word some mention covers: rare after a place)
        private int OrganizationAt(int t, int count, bool[] covered)
        {
            if (t >= _tokens.Length || !covered[t] || !_tokens[t].IsCapitalized || _tokens[t].IsAllCaps
                || _tt.SentenceOf(t) != _tt.SentenceOf(t - 1) || CapitalsSayNothing(_tt.SentenceOf(t)))
            {
                return -1;
            }

            for (var i = 0; i < count; i++)
            {
                var m = _mentions[i];
                if (m.First == t && m.NameFirst == t && m.Count == m.NameCount && m.Kind == MentionKind.Name
                    && (m.Actor.Kind == ActorKind.Organization || IsCompanyHead(m.First + m.Count - 1)))
                {
                    return i;
                }
            }

            return -1;
        }

        // Adds the organization over [first, end); false when no mention came of it (the place then stays).
        private bool ReplacePlace(int first, int end)
        {
            var before = _mentions.Count;
            AddNamed(first, end, ActorKind.Organization, null, null, _tt.SentenceOf(first), false);
            return _mentions.Count > before;
        }
    }
}
