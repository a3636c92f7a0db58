using Newswire.Extraction.Text;

// Resolve: "the New Zealand Herald", "the Sydney Morning Herald": a place or name read apart from the media head after it.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // A known place before a media head ("New Zealand" + "Herald") was read as the place and the head as a
        // surname or left out; a newspaper is named for its city or country far more often than a person is called
        // "Herald". A place or organization name right before a media head (alone, as a name or uncovered) becomes
        // one name with it, which RetypeMediaNames then reads as the paper.
        private void JoinMediaHeads()
        {
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                var head = m.NameFirst + m.NameCount;
                if (!IsNameKind(m.Kind) || m.Actor.Kind == ActorKind.Person || m.First + m.Count != head || head >= _tokens.Length
                    || !_tokens[head].IsCapitalized || !MediaHeads.Contains(_text, _tokens[head]) || !HeadStandsAlone(head, i))
                {
                    continue;
                }

                var first = m.First;
                _mentions.RemoveAt(i);
                RemoveHeadMention(head);
                AddNamed(first, head + 1, ActorKind.Organization, null, null, _tt.SentenceOf(head), true);
                i = System.Math.Min(i, _mentions.Count);
            }
        }

        // The head word is uncovered, or a one-word name mention of its own; no capitalized word follows it.
        private bool HeadStandsAlone(int head, int except)
        {
            if (head + 1 < _tokens.Length && _tokens[head + 1].Kind == TokenKind.Word && _tokens[head + 1].IsCapitalized)
            {
                return false;
            }

            for (var k = 0; k < _mentions.Count; k++)
            {
                var o = _mentions[k];
                if (k != except && o.First <= head && head < o.First + o.Count && !(o.First == head && o.Count == 1 && IsNameKind(o.Kind) && o.Actor.Entry == null))
                {
                    return false;
                }
            }

            return true;
        }

        private void RemoveHeadMention(int head)
        {
            for (var k = _mentions.Count - 1; k >= 0; k--)
            {
                if (_mentions[k].First == head)
                {
                    _mentions.RemoveAt(k);
                }
            }
        }
    }
}
