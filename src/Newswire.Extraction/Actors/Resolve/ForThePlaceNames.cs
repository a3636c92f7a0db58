using Newswire.Extraction.Lexicons;

// Resolve: "13 seasons in the Harwick Hockey League for the Boston Wolves": the tagger runs a body's name on over "for
// the" into a second name that opens with a known place. The body's head before "for" and the place after "the" say
// these are two organizations (a league and its club, a venue and its team); "Centre for the Study of Arts" keeps
// its complement, which opens with no place, and so does "Task Force for the Vexmoor Sea", whose complement is a
// place (its last word a place's head), not a second body.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void SplitForThePlaceNames()
        {
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                if (m.Actor.Kind != ActorKind.Organization || m.Actor.Entry != null || !IsNameKind(m.Kind) || m.NameCount < 5)
                {
                    continue;
                }

                var end = m.NameFirst + m.NameCount;
                var forAt = ForThePlaceAt(m.NameFirst, end);
                if (forAt < 0)
                {
                    continue;
                }

                _mentions.RemoveAt(i);
                var sentence = _tt.SentenceOf(forAt);
                AddNamed(m.NameFirst, forAt, ActorKind.Organization, null, null, sentence, true);
                AddNamed(forAt + 2, end, ActorKind.Organization, null, null, sentence, false);
            }
        }

        // The "for" of "<... body head> for the <known place> <name word>" inside [first, end), else -1.
        private int ForThePlaceAt(int first, int end)
        {
            for (var t = first + 1; t + 3 < end; t++)
            {
                if (_tokens[t].IsLower && _tt.Is(t, "for") && IsThe(t + 1) && _tokens[t - 1].IsCapitalized && InList(WordClass.OrgSuffixes, t - 1)
                    && OpensWithPlace(t + 2, end) && !InList(WordClass.PlaceSuffixes, end - 1))
                {
                    return t;
                }
            }

            return -1;
        }

        // Up to three tokens from `first` ("St. Louis") are a gazetteer place and a capitalized word follows them before `end`.
        private bool OpensWithPlace(int first, int end)
        {
            for (var n = 1; n <= 3 && first + n < end; n++)
            {
                if (_tokens[first + n].IsCapitalized && IsGazetteerPlace(first, first + n, 0))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
