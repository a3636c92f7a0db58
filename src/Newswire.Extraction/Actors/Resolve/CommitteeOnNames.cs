using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Resolve: "the Cabinet Committee on Security", "the Senate Commission on Foreign Relations": a body's remit after "on".
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Capitalized words after "on" the remit may have.
        private const int MaxRemitWords = 4;

        // A committee, commission, council or conference named for its remit goes on over "on" and the capitalized
        // words after it ("Committee on Rural Water and Sanitation"); the name was cut at the lower-case "on". In the
        // training text such a remit is part of the body's name (a date after "on" is not: "on Friday", "on May 4").
        private void ExtendRemitNames()
        {
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                var end = m.NameFirst + m.NameCount;
                if (!IsNameKind(m.Kind) || m.Actor.Kind != ActorKind.Organization || m.Actor.Entry != null || m.First + m.Count != end
                    || end + 1 >= _tokens.Length || !IsRemitHead(end - 1) || !_tt.Is(end, "on") || _tokens[end].Length != 2)
                {
                    continue;
                }

                var newEnd = RemitEnd(end + 1);
                if (newEnd <= end + 1)
                {
                    continue;
                }

                RemoveMentionsWithin(end, newEnd, ref i);
                _mentions.RemoveAt(i);
                AddNamed(m.NameFirst, newEnd, ActorKind.Organization, m.Actor.Country, null, _tt.SentenceOf(m.NameFirst), true);
            }
        }

        private bool IsRemitHead(int j) =>
            _tokens[j].IsCapitalized && (_tt.Is(j, "committee") || _tt.Is(j, "commission") || _tt.Is(j, "council")
                                         || _tt.Is(j, "conference") || _tt.Is(j, "subcommittee"));

        // The end of the capitalized remit words from j ("Security", "Rural Water and Sanitation"), j when there are
        // none or they date the sentence.
        private int RemitEnd(int j)
        {
            var sentence = _tt.SentenceOf(j);
            var k = j;
            var words = 0;
            while (k < _tokens.Length && words < MaxRemitWords && _tt.SentenceOf(k) == sentence && _tokens[k].Kind == TokenKind.Word)
            {
                if (_tokens[k].IsCapitalized && !InList(WordClass.Weekdays, k))
                {
                    words++;
                    k++;
                }
                else if (k > j && (_tt.Is(k, "and") || _tt.Is(k, "of")) && k + 1 < _tokens.Length && _tokens[k + 1].IsCapitalized)
                {
                    k++;
                }
                else
                {
                    break;
                }
            }

            return k;
        }
    }
}
