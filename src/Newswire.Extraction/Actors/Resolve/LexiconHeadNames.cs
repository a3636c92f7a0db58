using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: "the Coalition for Change", "Congress for Democratic Reform": a body the lexicon knows by a bare head word
// ("the Coalition", "Congress") opens a longer "<head> for/of <Name>" name of another body.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // A lexicon organization named by one organization head word (with "the" at most), right before "for" or
        // "of" (and "the") and capitalized words in its sentence, is cut from a longer name: the whole run is an
        // organization of its own, as for heads the lexicon does not know (OrgOfAt). Longer lexicon names ("Coalition
        // for Peace Action") match whole before this.
        private void ReadLexiconHeadsOfLongerNames()
        {
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                var end = m.NameFirst + m.NameCount;
                var head = end - 1;
                if (!IsNameKind(m.Kind) || m.Actor.Entry == null || m.Actor.Kind != ActorKind.Organization || end + 1 >= _tokens.Length
                    || !(m.NameCount == 1 || m.NameCount == 2 && IsThe(m.NameFirst)) || !_tokens[head].IsCapitalized || !InList(WordClass.OrgSuffixes, head)
                    || !_tokens[end].IsLower || !(_tt.Is(end, "for") || _tt.Is(end, "of")))
                {
                    continue;
                }

                var newEnd = CapitalsAfterOfEnd(end);
                if (newEnd == end)
                {
                    continue;
                }

                RemoveMentionsWithin(end, newEnd, ref i);
                _mentions.RemoveAt(i);
                AddNamed(head, newEnd, ActorKind.Organization, null, null, _tt.SentenceOf(head), false);
            }
        }

        // The end of the capitalized words (at most MaxContinuationWords, after "the" if it comes first) in the sentence
        // after the "of"/"for" at j; j when none follows or too many do.
        private int CapitalsAfterOfEnd(int j)
        {
            var sentence = _tt.SentenceOf(j);
            var t = j + 1 < _tokens.Length && IsThe(j + 1) ? j + 2 : j + 1;
            var start = t;
            while (t < _tokens.Length && t - j <= MaxContinuationWords && _tt.SentenceOf(t) == sentence && _tokens[t].Kind == TokenKind.Word && _tokens[t].IsCapitalized)
            {
                t++;
            }

            return t == start || t - j > MaxContinuationWords ? j : t;
        }
    }
}
