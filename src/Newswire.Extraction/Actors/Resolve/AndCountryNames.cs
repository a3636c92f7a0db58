using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;

// Resolve: "National Gas Company of Trinidad and Tobago": an organization's "of" complement that is a country with
// "and" in its name.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // An organization name cut at the lower-case "and" inside the country its "of" names ("... of Trinidad" and a
        // place "Tobago") goes on to the country's end: the lexicon knows the country's whole name.
        private void ExtendAndCountryNames()
        {
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                var end = m.NameFirst + m.NameCount;
                if (!IsNameKind(m.Kind) || m.Actor.Kind != ActorKind.Organization || m.Actor.Entry != null || m.First + m.Count != end
                    || end + 1 >= _tokens.Length || !_tt.Is(end, "and"))
                {
                    continue;
                }

                var newEnd = OfCountryEnd(m.NameFirst + 2, end);
                if (newEnd <= end + 1)
                {
                    continue;
                }

                RemoveMentionsWithin(end, newEnd, ref i);
                _mentions.RemoveAt(i);
                AddNamed(m.NameFirst, newEnd, ActorKind.Organization, m.Actor.Country, null, _tt.SentenceOf(m.NameFirst), true);
            }
        }

        // The end of a lexicon country opening after an "of" in [from, end) and going on past end, or -1.
        private int OfCountryEnd(int from, int end)
        {
            for (var j = end - 1; j >= from; j--)
            {
                if (_tt.Is(j - 1, "of") && MatchAt(j, SentenceAt(j).EndToken, out var match) && match.Entry.Kind == LexiconKind.Country
                    && j + match.TokenCount > end + 1)
                {
                    return j + match.TokenCount;
                }
            }

            return -1;
        }
    }
}
