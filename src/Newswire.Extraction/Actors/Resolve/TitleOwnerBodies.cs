using Newswire.Extraction.Text;

// Resolve: "Bank of Freedonia Governor Ada Brelik", "Harwick Motors Chairman Ada Brelik": the body before a person's
// capitalized title is an actor of its own.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private const int MaxOwnerWords = 6;

        // Business and central-bank copy names an official by the body, the title and the name in one run; the title
        // reading takes the body's words into the person's phrase and no name is left for the body. A capitalized run
        // right before the title words, that names a body (ends in a body's head word or reads "<Word> of <Name>") and
        // holds no name of its own, is that body's name; the person's phrase starts at the title.
        private void NameTitleOwnerBodies()
        {
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                if (m.Kind != MentionKind.Name || m.Actor.Kind != ActorKind.Person)
                {
                    continue;
                }

                var title = m.NameFirst;
                while (title > 0 && IsOwnerTitleWord(title - 1))
                {
                    title--;
                }

                var first = title < m.NameFirst ? OwnerRunStart(title) : -1;
                if (first < 0)
                {
                    continue;
                }

                if (m.First < title)
                {
                    m.Count -= title - m.First;
                    m.First = title;
                    _mentions[i] = m;
                }

                AddNamed(first, title, ActorKind.Organization, null, null, _tt.SentenceOf(first), false);
            }
        }

        // The start of the body's name ending at `end`, or -1.
        private int OwnerRunStart(int end)
        {
            var sentence = _tt.SentenceOf(end);
            var first = -1;
            var of = false;
            for (var t = end - 1; t >= 0 && end - t <= MaxOwnerWords && _tt.SentenceOf(t) == sentence && _tokens[t].Kind == TokenKind.Word; t--)
            {
                if (_tokens[t].IsCapitalized && !_tokens[t].IsAllCaps || _tokens[t].IsAllCaps && t == end - 1)
                {
                    first = t;
                }
                else if (!(_tokens[t].IsLower && (_tt.Is(t, "of") || _tt.Is(t, "for"))))
                {
                    break;
                }
                else
                {
                    of = true;
                }
            }

            if (first < 0 || first == end - 1 && !OwnerHeads.Contains(_text, _tokens[end - 1]) || HasNameIn(first, end))
            {
                return -1;
            }

            return OwnerHeads.Contains(_text, _tokens[end - 1]) || of && _tokens[end - 1].IsCapitalized ? first : -1;
        }

        private bool HasNameIn(int first, int end)
        {
            foreach (ref readonly var o in _mentions)
            {
                if (IsNameKind(o.Kind) && o.NameFirst < end && first < o.NameFirst + o.NameCount)
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsOwnerTitleWord(int t) => _tokens[t].Kind == TokenKind.Word && _tokens[t].IsCapitalized && OwnerTitles.Contains(_text, _tokens[t]);

        private static readonly TermTable<bool> OwnerTitles = Table(new[]
        {
            "governor", "chairman", "chairwoman", "chair", "president", "director", "chief", "executive", "ceo", "spokesman",
            "spokeswoman", "spokesperson", "secretary", "general", "commissioner", "head", "managing", "deputy", "vice",
        });

        private static readonly TermTable<bool> OwnerHeads = Table(new[]
        {
            "bank", "motors", "group", "corp", "corporation", "company", "co", "inc", "ministry", "council", "commission",
            "committee", "agency", "authority", "board", "institute", "university", "fund", "association", "federation",
            "union", "reserve", "exchange", "airlines", "airways", "holdings", "industries", "energy", "petroleum",
        });
    }
}
