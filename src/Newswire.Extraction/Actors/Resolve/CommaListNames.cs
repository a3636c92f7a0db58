using Newswire.Extraction.Text;

// Resolve: "the Ministry of Land, Transport and Maritime Affairs": a body's name that lists its remits with commas
// before the last "and", cut short at the first comma.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Ministries and agencies in many countries are named by a list of fields ("Ministry of Economy, Trade and
        // Industry", "Agency for Meteorology, Climatology and Geophysics"); the tagger stops at the comma and reads
        // the rest as other names or none. An organization named "<head> of/for <words>" followed by ", Word" (one
        // capitalized word, which names nothing of its own, at most three times) and then "and" goes on as the
        // "and" rule goes on (ExtendLongOrganizationNames).
        private void ExtendCommaListNames()
        {
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                var end = m.NameFirst + m.NameCount;
                if (!IsNameKind(m.Kind) || m.Actor.Kind != ActorKind.Organization || m.Actor.Entry != null || !HasOfOrFor(m.NameFirst, end))
                {
                    continue;
                }

                var and = ListAndAfter(end);
                var newEnd = and < 0 ? -1 : AndContinuationEnd(and);
                if (newEnd <= and)
                {
                    continue;
                }

                RemoveMentionsWithin(end, newEnd, ref i);
                _mentions.RemoveAt(i);
                AddNamed(m.NameFirst, newEnd, ActorKind.Organization, null, null, _tt.SentenceOf(m.NameFirst), true);
            }
        }

        private const int MaxListItems = 3;

        // The "and" of ", Word, Word and" right after a name ending at `end`, or -1.
        private int ListAndAfter(int end)
        {
            var t = end;
            var items = 0;
            while (t + 2 < _tokens.Length && items < MaxListItems && IsComma(t) && IsListWord(t + 1))
            {
                t += 2;
                items++;
            }

            return items > 0 && t < _tokens.Length && _tt.Is(t, "and") ? t : -1;
        }

        private bool IsListWord(int t)
        {
            if (_tokens[t].Kind != TokenKind.Word || !_tokens[t].IsCapitalized || _tokens[t].IsAllCaps)
            {
                return false;
            }

            foreach (ref readonly var o in _mentions)
            {
                if (t >= o.First && t < o.First + o.Count && (o.Actor.Kind != ActorKind.Organization || o.Actor.Entry != null || o.Count > 1))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
