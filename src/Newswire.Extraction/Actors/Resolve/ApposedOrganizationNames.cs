using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: a name no reading kept, or kept only in part, before an organization description in apposition ("Petrolar,
// the state oil firm, said", "Banque du Liban, the central bank, said") is an organization's name.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // RetypeAppositionOrganizations retypes names that were read; a one-word company the tagger has never seen,
        // opening a sentence, is often not read at all, and a name in its own language ("Banque du Liban") only from
        // its last word. The capitalized run before the comma (lower-case particles between its words allowed, at most
        // four words, none a word the article uses in lower case or a weekday) becomes the organization's name. Inside a
        // sentence only a description with "the" counts: "many Armenian Churches, an Armenian school, shops" is a list.
        private void NameApposedOrganizations()
        {
            foreach (var c in LowerAfterCapitals())
            {
                if (c + 2 >= _tokens.Length || !IsComma(c) || !DescribesOrganization(c + 1))
                {
                    continue;
                }

                var last = NameMentionEndingAt(c);
                var first = last >= 0 ? _mentions[last].NameFirst : c;
                var start = ApposedRunStart(first, c);
                var opensSentence = start == 0 || _tt.SentenceOf(start - 1) != _tt.SentenceOf(start);
                if (start < first && (last < 0 || _mentions[last].Actor.Entry == null) && (opensSentence || IsThe(c + 1)))
                {
                    if (last >= 0)
                    {
                        _mentions.RemoveAt(last);
                    }

                    AddNamed(start, c, ActorKind.Organization, null, null, _tt.SentenceOf(start), false);
                }
            }
        }

        // The name mention whose name ends right before token `end`, or -1.
        private int NameMentionEndingAt(int end)
        {
            for (var k = 0; k < _mentions.Count; k++)
            {
                if (IsNameKind(_mentions[k].Kind) && _mentions[k].NameFirst + _mentions[k].NameCount == end && _mentions[k].First == _mentions[k].NameFirst)
                {
                    return k;
                }
            }

            return -1;
        }

        // The first token of the uncovered capitalized run (particles between its words) that ends at `first`; `first`
        // when there is none or it does not start a clause (a capitalized or covered word before it).
        private int ApposedRunStart(int first, int comma)
        {
            var sentence = _tt.SentenceOf(comma);
            var start = first;
            for (var t = first - 1; t >= 0 && _tt.SentenceOf(t) == sentence && comma - t <= MaxApposedWords; t--)
            {
                if (IsBareNameWord(t))
                {
                    start = t;
                }
                else if (!IsParticle(t) && !IsPlaceParticle(t))
                {
                    break;
                }
            }

            var opensClause = start == 0 || _tt.SentenceOf(start - 1) != sentence || !_tokens[start - 1].IsCapitalized && !IsCovered(start - 1);
            return opensClause ? start : first;
        }

        private bool IsBareNameWord(int t) =>
            _tokens[t].Kind == TokenKind.Word && _tokens[t].IsCapitalized && !IsCovered(t) && !UsedInLowerCase(_tokens[t].Hash)
            && !WordLists.CommonCapitalized.Contains(_text, _tokens[t]) && !InList(WordClass.Weekdays, t) && !IsTitleWord(t);

        private const int MaxApposedWords = 4;
    }
}
