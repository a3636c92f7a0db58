using Newswire.Extraction.Text;

// Resolve: "the Comprehensive Economic Partnership Agreement (CEPA)", "the Kessel Protocol": a name headed by an
// agreement word names a treaty or a law, no body (CoNLL: MISC, not exported), and so does its bracketed acronym.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Training text: names ending in "Act", "Convention", "Plan" or "Program" are MISC 13 times, ORG twice (two
        // programs), and 21 more such runs are left untagged; the tagger and the rules read unseen ones as
        // organizations, and the acronym after them at every later occurrence. A lexicon body is left as it is.
        // Runs after the acronym rules, which build such names from their bracketed letters.
        private void DropAgreementNames()
        {
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                if (IsNameKind(m.Kind) && m.Actor.Kind == ActorKind.Organization && m.Actor.Entry == null && m.NameCount >= 2
                    && IsAgreementHead(m.NameFirst + m.NameCount - 1))
                {
                    _mentions.RemoveAt(i);
                }
            }

            var tokens = _tokens;
            var caps = _triggers.At(Trigger.AllCaps, out var n); // the acronym's token: t + 1
            for (var i = 0; i < n && caps[i] + 1 < tokens.Length; i++)
            {
                var t = caps[i] - 1;
                if (t >= 1 && IsOpenBracket(t) && tokens[t + 1].Kind == TokenKind.Word && IsCloseBracket(t + 2) && IsAgreementHead(t - 1))
                {
                    DropOneWordNames(t + 1);
                }
            }
        }

        private bool IsAgreementHead(int t) =>
            _tokens[t].Kind == TokenKind.Word && _tokens[t].IsCapitalized && !_tokens[t].IsAllCaps && AgreementHeads.Contains(_text, _tokens[t]);

        // Removes every name mention whose name is one word spelled like token `word` ("CEPA", "the CEPA").
        private void DropOneWordNames(int word)
        {
            var w = _tokens[word];
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                if (m.NameCount != 1 || !IsNameKind(m.Kind))
                {
                    continue;
                }

                var t = _tokens[m.NameFirst];
                if (t.Hash == w.Hash && t.Length == w.Length && string.CompareOrdinal(_text, t.Start, _text, w.Start, w.Length) == 0)
                {
                    _mentions.RemoveAt(i);
                }
            }
        }

        private static readonly TermTable<bool> AgreementHeads = WordTable(
            "agreement", "agreements", "treaty", "accord", "accords", "convention", "act", "protocol");
    }
}
