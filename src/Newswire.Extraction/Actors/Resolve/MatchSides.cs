using System.Collections.Generic;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: "Harwick beat Kessel 3-1": towns that play a match are their clubs.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Clubs are often named by their town alone ("Harwick moved top after a 3-1 win over Kessel"), and the tagger
        // reads the town. In a sentence that reports a result (a score and a result word), a town that is the
        // sentence's subject, the other side ("over", "against", "beat ..."), a name right before a result word ("and
        // Kessel lost 2-0") or after a club noun ("city rivals Kessel"; ClubSides.IsClubSide) is the club, and so are
        // its other mentions. A country stays a country: national teams are told apart by context this rule does not read.
        private void RetypeMatchSides()
        {
            List<(ActorBuilder Actor, ActorKind Kind)>? retyped = null;
            var lastSentence = -1;
            var report = false;
            foreach (ref readonly var m in _mentions)
            {
                if (!IsNameKind(m.Kind) || m.Actor.Kind != ActorKind.Location || m.Count != m.NameCount
                    || m.Actor.Entry is { Kind: LexiconKind.Country })
                {
                    continue;
                }

                var s = _tt.SentenceOf(m.NameFirst);
                if (s != lastSentence)
                {
                    lastSentence = s;
                    report = IsMatchReport(s);
                }

                if (report && IsClubSide(s, m.NameFirst, m.NameFirst + m.NameCount))
                {
                    (retyped ??= new List<(ActorBuilder, ActorKind)>()).Add((m.Actor, ActorKind.Organization));
                }
            }

            if (retyped != null)
            {
                RetypeActors(retyped);
                KeepTownCountries(retyped);
            }
        }

        // A club named by its town is of the town's country.
        private void KeepTownCountries(List<(ActorBuilder Actor, ActorKind Kind)> towns)
        {
            foreach (ref readonly var m in _mentions)
            {
                if (m.Actor.Kind != ActorKind.Organization || m.Actor.Country != null)
                {
                    continue;
                }

                foreach (var (town, _) in towns)
                {
                    if (town.Country != null && string.Equals(town.Name, m.Actor.Name, System.StringComparison.Ordinal))
                    {
                        m.Actor.Country = town.Country;
                        break;
                    }
                }
            }
        }

        // A score ("3-1": two numbers of one or two digits joined by a dash) and a result word in one sentence.
        private bool IsMatchReport(int sentence)
        {
            var first = _tt.Sentences[sentence].FirstToken;
            var end = first + _tt.Sentences[sentence].TokenCount;
            // The score first, among the sentence's tokens with a digit; the result words are looked up only in a
            // sentence with one.
            var score = false;
            var digits = _triggers.At(Trigger.Digit, out var n);
            for (var i = _triggers.FirstAtOrAfter(Trigger.Digit, first); i < n && digits[i] < end && !score; i++)
            {
                score = IsScore(digits[i]) || IsSpacedScore(digits[i], end);
            }

            for (var t = first; t < end && score; t++)
            {
                if (_tokens[t].Kind == TokenKind.Word && ResultWords.Contains(_text, _tokens[t]))
                {
                    return true;
                }
            }

            return false;
        }

        // One token, digits, a dash, digits: "3-1", "10–9", "102-98" (basketball's three digits a side).
        private bool IsScore(int t)
        {
            ref readonly var token = ref _tokens[t];
            if ((token.Flags & TokenFlags.HasDigit) == 0 || token.Length < 3 || token.Length > 7)
            {
                return false;
            }

            var dash = -1;
            for (var i = token.Start; i < token.Start + token.Length; i++)
            {
                var c = _text[i];
                if (c == '-' || c == '\u2013')
                {
                    dash = dash < 0 && i > token.Start ? i : int.MaxValue;
                }
                else if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return dash < token.Start + token.Length - 1 && dash - token.Start <= 3 && token.Start + token.Length - dash - 1 <= 3;
        }

        // "1 – 0", "3 - 2": the score written with spaces around the dash, as some copy and tokenized text write it.
        private bool IsSpacedScore(int t, int end) =>
            t + 2 < end && IsScoreNumber(t) && IsScoreNumber(t + 2) && _tokens[t + 1].Length == 1
            && (_text[_tokens[t + 1].Start] == '-' || _text[_tokens[t + 1].Start] == '\u2013');

        private bool IsScoreNumber(int t)
        {
            ref readonly var token = ref _tokens[t];
            if (token.Length > 3)
            {
                return false;
            }

            for (var i = token.Start; i < token.End; i++)
            {
                if (_text[i] < '0' || _text[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }

        // The name opens the sentence, or a side word stands right before it ("a win over Kessel", "beat Kessel").
        private bool IsMatchSide(int sentence, int first)
        {
            var start = _tt.Sentences[sentence].FirstToken;
            return first == start || (first > start && _tokens[first - 1].Kind == TokenKind.Word && SideWords.Contains(_text, _tokens[first - 1]));
        }

        private static readonly TermTable<bool> ResultWords = Table(new[]
        {
            "win", "wins", "won", "beat", "beats", "defeat", "defeats", "defeated", "victory", "draw", "drew", "lost", "loss",
            "thrashed", "thrashing", "edged", "routed", "rout", "hammered", "stunned", "upset",
            "winning", "beating", "defeating", "losing", "lose", "loses",
        });

        private static readonly TermTable<bool> SideWords = Table(new[]
        {
            "over", "against", "beat", "beats", "defeated", "thrashed", "edged", "routed", "hammered", "stunned", "to", "with", "at", "by",
        });
    }
}
