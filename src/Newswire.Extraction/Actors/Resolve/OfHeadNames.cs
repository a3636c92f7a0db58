using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: "<body head> of <name>" is one organization's name ("the Municipality of Harwick", "the Kessel Society of
// Marlo"), however the tagger cut it: the head alone, the place after "of" alone, or nothing at all.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // In the training text (../shared/train/ner) a capitalized head of WordLists.OfHeads, "of" and a capitalized word
        // make one organization's name 170 times in 187 (the rest: 9 read as places, such as a bank's building or a
        // university's campus, 7 heads outside the name, 1 work); heads that name places or splits as often ("City",
        // "Republic", "Kingdom", "Museum", "Diocese", "District", "Party", "Company") are left out. "House" and "Chamber"
        // (legislatures, chambers of commerce) are in, though "House" is a body 7 times in 12 there (the rest venues and
        // films): news names chambers far more often. The name runs from the capitalized words before the head to the
        // capitalized words after "of" (on over "of" and "the" between capitals); the mentions inside it give way,
        // unless one reaches outside it.
        private void JoinOfHeadNames()
        {
            var next = 1;
            foreach (var name in CapitalsAfterLower())
            {
                var h = name - 2;
                if (h < next || !_tokens[h].IsCapitalized || !_tt.Is(h + 1, "of")
                    || !InList(WordClass.OfHeads, h) || CapitalsSayNothing(_tt.SentenceOf(h)) || _tt.SentenceOf(h + 2) != _tt.SentenceOf(h))
                {
                    continue;
                }

                var first = OfHeadNameFirst(h);
                var end = OfHeadNameEnd(h + 2);
                if (end > h + 2 && end - first <= MaxOfHeadWords && MentionsGiveWay(first, end))
                {
                    RemoveMentionsOver(first, end);
                    AddNamed(first, end, ActorKind.Organization, null, null, _tt.SentenceOf(h), false);
                }

                next = end + 1;
            }
        }

        private const int MaxOfHeadWords = 8;

        // The capitalized words right before the head, in its sentence ("Kessel Linguistic Society"); not a possessive's
        // ("Marlo's Society of ..."), a sentence opener or a title.
        private int OfHeadNameFirst(int head)
        {
            var first = head;
            var sentence = _tt.SentenceOf(head);
            while (first > 0 && _tt.SentenceOf(first - 1) == sentence && _tokens[first - 1].Kind == TokenKind.Word && _tokens[first - 1].IsCapitalized
                   && !WordLists.CommonCapitalized.Contains(_text, _tokens[first - 1]) && !InList(WordClass.TitleHeads, first - 1) && head - first < 4)
            {
                first--;
            }

            // "General Confederation of Workers" + "of Peru": a title word the chunk reader already read as the
            // first word of an organization's name over the head stays in it.
            if (first > 0 && InList(WordClass.TitleHeads, first - 1) && OrganizationNameOver(first - 1, head))
            {
                first--;
            }

            return first;
        }

        private bool OrganizationNameOver(int first, int head)
        {
            foreach (ref readonly var m in _mentions)
            {
                if (m.NameFirst == first && m.NameFirst + m.NameCount > head && m.Actor.Kind == ActorKind.Organization)
                {
                    return true;
                }
            }

            return false;
        }

        // The end of the capitalized words from `first`, on over a lower-case "of"/"the" between capitals ("Church of
        // Our Lady of Mercy", "University of the North"); a title before a name ends them ("Bank of
        // Marlo Governor Ana Ruiz"), not one closing the name ("Department of Justice").
        private int OfHeadNameEnd(int first)
        {
            var sentence = _tt.SentenceOf(first);
            var end = first;
            while (end < _tokens.Length && _tt.SentenceOf(end) == sentence && _tokens[end].Kind == TokenKind.Word)
            {
                if (_tokens[end].IsCapitalized && !TitleBeforeName(end))
                {
                    end++;
                }
                else if ((_tt.Is(end, "of") || _tt.Is(end, "the")) && end + 1 < _tokens.Length && _tokens[end + 1].Kind == TokenKind.Word
                         && (_tokens[end + 1].IsCapitalized || _tt.Is(end + 1, "the")))
                {
                    end++;
                }
                else
                {
                    break;
                }
            }

            while (end > first && !_tokens[end - 1].IsCapitalized)
            {
                end--;
            }

            return end;
        }

        // No mention over [first, end) reaches outside it (but for its article) or is a person's, and none already
        // names it so.
        private bool MentionsGiveWay(int first, int end)
        {
            foreach (ref readonly var m in _mentions)
            {
                var mEnd = m.First + m.Count;
                if (mEnd <= first || m.First >= end)
                {
                    continue;
                }

                if (mEnd > end || m.First < first && !(m.First == first - 1 && IsArticle(m.First)) || m.Actor.Kind == ActorKind.Person)
                {
                    return false;
                }

                if (m.NameFirst == first && m.NameFirst + m.NameCount == end && m.Actor.Kind == ActorKind.Organization)
                {
                    return false;
                }
            }

            return true;
        }

        private bool TitleBeforeName(int t) =>
            InList(WordClass.TitleHeads, t) && t + 1 < _tokens.Length && _tokens[t + 1].Kind == TokenKind.Word && _tokens[t + 1].IsCapitalized;

        // Mentions a longer name replaces, also those reaching into it from outside ("The Pakistan" of "The Pakistan
        // Tehreek-e-Insaf").
        private void RemoveMentionsOver(int first, int end)
        {
            for (var k = _mentions.Count - 1; k >= 0; k--)
            {
                var m = _mentions[k];
                if (m.First < end && m.First + m.Count > first)
                {
                    _mentions.RemoveAt(k);
                }
            }
        }
    }
}
