using System.Collections.Generic;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: "Demosisto's Nathan Law", "Kessavo's Ana Ruiz": a name no reading covers, owning a person, is the person's body.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // In the training text a name before "'s" and a person's name is an organization 27 times and a place 13
        // times; the places are the ones a gazetteer knows ("Britain's Theresa May"). A capitalized run no mention
        // covers (the tagger missed it), that is no place the gazetteer knows, no common sentence word, weekday or
        // demonym, and that owns a person named right after it, is that person's organization.
        private void NamePersonOwners()
        {
            foreach (var t in OwnerSlots())
            {
                if (_tokens[t + 1].Kind != TokenKind.Possessive || _tokens[t].Kind != TokenKind.Word || !_tokens[t].IsCapitalized || IsCovered(t))
                {
                    continue;
                }

                var first = OwnerRunFirst(t);
                if (first >= 0 && !IsGazetteerPlace(first, t + 1, 0))
                {
                    AddNamed(first, t + 1, ActorKind.Organization, null, null, _tt.SentenceOf(t), false);
                }
            }
        }

        // The tokens two before a person's name mention ("Demosisto" in "Demosisto's Nathan Law"), in text order and
        // each once: read off the mentions, not the whole text, as few names have an owner.
        private List<int> OwnerSlots()
        {
            var slots = _scratch.OwnerSlots;
            slots.Clear();
            foreach (ref readonly var m in _mentions)
            {
                if (m.First >= 2 && m.Actor.Kind == ActorKind.Person && IsNameKind(m.Kind) && _tokens[m.First - 1].Kind == TokenKind.Possessive)
                {
                    slots.Add(m.First - 2);
                }
            }

            slots.Sort();
            Dedupe(slots);
            return slots;
        }

        private static void Dedupe(List<int> sorted)
        {
            var n = 0;
            for (var i = 0; i < sorted.Count; i++)
            {
                if (n == 0 || sorted[i] != sorted[n - 1])
                {
                    sorted[n++] = sorted[i];
                }
            }

            sorted.RemoveRange(n, sorted.Count - n);
        }

        // The first word of the uncovered capitalized run ending at `last`; -1 when a word of it is a common word.
        private int OwnerRunFirst(int last)
        {
            var start = SentenceAt(last).FirstToken;
            var first = last;
            while (first - 1 >= start && _tokens[first - 1].Kind == TokenKind.Word && _tokens[first - 1].IsCapitalized && !IsCovered(first - 1)
                && !IsThe(first - 1))
            {
                first--;
            }

            for (var j = first; j <= last; j++)
            {
                if (InList(WordClass.CommonCapitalized, j) || InList(WordClass.Weekdays, j) || _lex.TryDemonym(_text, _tokens[j], out _))
                {
                    return -1;
                }
            }

            return first;
        }
    }
}
