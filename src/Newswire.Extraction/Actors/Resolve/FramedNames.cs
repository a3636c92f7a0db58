using System;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Actors.Countries;
using Newswire.Extraction.Text;

// Resolve: a capitalized run no mention covers, in a company frame ("executives of Tavenor", "a member of Quill
// Union", "Tavenor's chief executive"), is an organization's name the tagger missed.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Only the "of/at" office, market and member frames and "'s" + a company noun (see ContextTypes.cs for their
        // counts in the training text); a run stops at the first word that is not capitalized, at a possessive
        // ("members of Ruiz's cabinet") or at a word a mention already covers. Up to three names listed after the
        // first ("executives of Tavenor and Quillbeck") share its frame.
        private void AddFramedNames()
        {
            // Each frame below needs a capitalized word at t, t + 1 or t + 2: t visits those, each once, in order.
            var tokens = _tokens;
            var capitals = _triggers.At(Trigger.Capitalized, out var n);
            var last = -1;
            for (var i = 0; i < n; i++)
            {
                for (var t = Math.Max(last + 1, capitals[i] - 2); t <= capitals[i] && t + 2 < tokens.Length; t++)
                {
                    AddFramedNamesAt(t);
                    last = t;
                }
            }
        }

        // The three frames at token t (AddFramedNames), inlined into its loop: most tokens fail the first tests.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void AddFramedNamesAt(int t)
        {
            var tokens = _tokens;
            ref readonly var next = ref tokens[t + 1];
            if (tokens[t + 2].IsCapitalized && next.IsLower && next.Length <= 3 && tokens[t].Kind == TokenKind.Word
                && LeftFrame(t, t + 1, t + 2) == ActorKind.Organization)
            {
                AddFramedList(t + 2, 4);
            }
            else if (next.IsCapitalized && OwnerCountry.IsOwnershipWord(_tt, t))
            {
                AddFramedList(t + 1, 1); // "Freedonia's state-run Kessel": one name (a list after it may be one company's name)
            }
            else if (next.Kind == TokenKind.Possessive && tokens[t].IsCapitalized && CompanyOwnedNoun(t + 2) && !IsCovered(t))
            {
                AddFramedOwner(t + 1);
            }
        }

        // A name already read there keeps its reading (ContextTypes retypes it) and passes the frame on down the list.
        private void AddFramedList(int first, int names)
        {
            var sentence = _tt.SentenceOf(first);
            for (var listed = 0; listed < names && first < _tokens.Length; listed++)
            {
                var end = CoveredEnd(first);
                if (end < 0)
                {
                    end = first;
                    while (end < _tokens.Length && _tt.SentenceOf(end) == sentence && _tokens[end].Kind == TokenKind.Word
                        && _tokens[end].IsCapitalized && !IsCovered(end))
                    {
                        end++;
                    }

                    if (end == first || end < _tokens.Length && _tokens[end].Kind == TokenKind.Possessive || IsDemonymName(first, end - first))
                    {
                        return;
                    }

                    AddNamed(first, end, ActorKind.Organization, null, null, sentence, false);
                }

                if (end + 1 >= _tokens.Length || !(IsComma(end) || _tt.Is(end, "and")) || !_tokens[end + 1].IsCapitalized)
                {
                    return;
                }

                first = end + 1;
            }
        }

        // The capitalized run that ends right before the possessive, within its sentence.
        private void AddFramedOwner(int possessive)
        {
            var sentence = _tt.SentenceOf(possessive);
            var first = possessive;
            while (first > 0 && _tt.SentenceOf(first - 1) == sentence && _tokens[first - 1].Kind == TokenKind.Word
                && _tokens[first - 1].IsCapitalized && !IsCovered(first - 1))
            {
                first--;
            }

            AddNamed(first, possessive, ActorKind.Organization, null, null, sentence, false);
        }

        // "a stake in Kenyan mobile operator ...": a demonym qualifies the noun after it and names no company itself.
        private bool IsDemonymName(int first, int count)
        {
            var start = _tokens[first].Start;
            return _lex.TryDemonym(_text, start, _tokens[first + count - 1].End - start, out _);
        }

        private bool IsCovered(int t) => CoveredEnd(t) >= 0;

        // The end of the longest mention that covers token t, or -1.
        private int CoveredEnd(int t)
        {
            var end = -1;
            foreach (ref readonly var m in _mentions)
            {
                if (t >= m.First && t < m.First + m.Count && m.First + m.Count > end)
                {
                    end = m.First + m.Count;
                }
            }

            return end;
        }
    }
}
