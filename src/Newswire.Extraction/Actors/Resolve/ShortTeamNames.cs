using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: a club or band named again by its plural last word alone ("the Rovers" after "Harwick Rovers").
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // "Harwick Rovers won ... the Rovers' coach said": a capitalized plural word no mention covers, standing
        // alone after a lower-case word, that ends the name of an organization named earlier is a name mention of it
        // (CoNLL annotates it). Generic heads ("Forces", "Industries"), fields of study ("Economics") and words of a
        // longer capitalized run are left alone.
        private void LinkShortTeamNames()
        {
            var count = _mentions.Count;
            var lastWords = OrganizationLastWords(count);
            if (lastWords == 0)
            {
                return; // no organization named in two or more words: nothing to name again
            }

            bool[]? covered = null;
            var tokens = _tokens; // in a local: the loop visits every token of the article
            for (var t = 1; t < tokens.Length; t++)
            {
                if ((lastWords & (1UL << tokens[t].Hash)) == 0 || !IsLonePluralWord(t))
                {
                    continue;
                }

                // Which tokens a mention covers, built once the first candidate shows up (most articles have none).
                covered ??= CoveredTokens();
                if (!covered[t] && LatestOrganizationEndingIn(t, count) is { } body)
                {
                    AddMention(t, 1, body, MentionKind.Name, t, 1);
                }
            }
        }

        // A bit per word hash (mod 64) of the last words LatestOrganizationEndingIn can match: a token whose bit is clear
        // ends no such organization's name (equal words hash alike), so most tokens skip the plural-word tests.
        private ulong OrganizationLastWords(int count)
        {
            var bits = 0UL;
            for (var i = 0; i < count; i++)
            {
                var m = _mentions[i];
                if (m.Actor.Kind == ActorKind.Organization && m.NameCount > 1 && IsNameKind(m.Kind))
                {
                    bits |= 1UL << _tokens[m.NameFirst + m.NameCount - 1].Hash;
                }
            }

            return bits;
        }

        private bool[] CoveredTokens() => CoveredTokens(_mentions.Count);

        // Which tokens the first `count` mentions cover.
        private bool[] CoveredTokens(int count)
        {
            var covered = Scratch.AtLeast(ref _scratch.Bools1, _tokens.Length);
            System.Array.Clear(covered, 0, _tokens.Length);
            for (var i = 0; i < count; i++)
            {
                var m = _mentions[i];
                for (var t = m.First; t < m.First + m.Count; t++)
                {
                    covered[t] = true;
                }
            }

            return covered;
        }

        private bool IsLonePluralWord(int t)
        {
            var token = _tokens[t];
            if (token.Kind != TokenKind.Word || !token.IsCapitalized || token.IsAllCaps || token.Length < 4
                || _text[token.End - 1] != 's' || _text[token.End - 2] == 's' || _text[token.End - 2] == '\'')
            {
                return false;
            }

            // After a determiner or modifier ("the Rovers", "other Rovers players"), not opening a sentence or a list
            // item nor after a preposition ("in Linguistics"), where a plural capitalized noun is mostly common.
            var before = _tokens[t - 1];
            if (before.Kind != TokenKind.Word || !before.IsLower || IsConjunctionOrPreposition(t - 1) || (token.Flags & TokenFlags.Attached) != 0
                || (_text[token.End - 3] == 'i' && _text[token.End - 2] == 'c'))
            {
                return false;
            }

            if (t + 1 < _tokens.Length && _tokens[t + 1].Kind == TokenKind.Word && _tokens[t + 1].IsCapitalized)
            {
                return false;
            }

            return !WordLists.OrgSuffixes.Contains(_text, token) && !WordLists.PlaceSuffixes.Contains(_text, token)
                   && !WordLists.NotActorHeads.Contains(_text, token) && !WordLists.CommonCapitalized.Contains(_text, token)
                   && !_lex.TryDemonym(_text, token, out _);
        }

        // The latest organization named before token t in two or more words, the last of them spelled as t.
        private ActorBuilder? LatestOrganizationEndingIn(int t, int count)
        {
            var word = _tokens[t];
            ActorBuilder? body = null;
            var latest = -1;
            for (var i = 0; i < count; i++)
            {
                var m = _mentions[i];
                var last = m.NameFirst + m.NameCount - 1;
                if (m.Actor.Kind == ActorKind.Organization && m.NameCount > 1 && m.First < t && m.First > latest && IsNameKind(m.Kind)
                    && _tokens[last].Length == word.Length && string.CompareOrdinal(_text, _tokens[last].Start, _text, word.Start, word.Length) == 0)
                {
                    body = m.Actor;
                    latest = m.First;
                }
            }

            return body;
        }
    }
}
