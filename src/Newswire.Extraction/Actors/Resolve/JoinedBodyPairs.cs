using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: "the Wikimedia Foundation and Creative Commons", "the Senate and House of Representatives": two bodies
// joined by "and" and read as one name are two.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // An organization name holding a lower-case "and" whose part before it ends in an organization word with no
        // "of" or "for" before ("Foundation", "Senate", "Court"; not "Ministry of Trade and Industry", "Bill and
        // Melinda Gates Foundation") is two: the part before it, and the capitalized part after it.
        private void SplitJoinedBodyPairs()
        {
            var count = _mentions.Count;
            for (var i = 0; i < count; i++)
            {
                var m = _mentions[i];
                if (m.Kind != MentionKind.Name || m.Actor.Kind != ActorKind.Organization || m.Actor.Entry != null || m.NameCount < 3)
                {
                    continue;
                }

                var end = m.NameFirst + m.NameCount;
                var and = JoinedPairAnd(m.NameFirst, end);
                if (and > 0)
                {
                    ReSpanName(i, m.NameFirst, and);
                    AddNamed(and + 1, end, ActorKind.Organization, null, null, _tt.SentenceOf(and), false);
                }
            }
        }

        // The "and" between two bodies in [first, end), else -1.
        private int JoinedPairAnd(int first, int end)
        {
            for (var k = first + 1; k < end - 1; k++)
            {
                if (!_tokens[k].IsLower)
                {
                    continue;
                }

                if (!_tt.Is(k, "and"))
                {
                    return -1; // "of", "for", "the": one body's name
                }

                return InList(WordClass.OrgSuffixes, k - 1) && _tokens[k + 1].IsCapitalized && !IsThe(k + 1) ? k : -1;
            }

            return -1;
        }
    }
}
