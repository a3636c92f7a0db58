using Newswire.Extraction.Text;

// Resolve: "To Van Hai", "Do Duc Minh", "Ha Kim Ngoc": a Vietnamese name whose family name is also an English function
// word, which the tagger leaves out or reads as no name at all.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // A capitalized "To", "Do", "Ha" or "Ho" followed by a capitalized Vietnamese middle name ("Van", "Thi", "Duc")
        // and one or two more capitalized words is a person's name from the family name on: English puts no
        // capitalized function word before such a pair. A person mention of the words after it grows to take the
        // family name; words no mention covers become a new person.
        private void NameFunctionWordFamilyNames()
        {
            // The family name is capitalized: only the capitalized words are candidates.
            var capitals = _triggers.At(Trigger.Capitalized, out var n);
            for (var i = 0; i < n; i++)
            {
                var t = capitals[i];
                if (t + 2 >= _tokens.Length || !IsFunctionFamilyName(t) || !IsMiddleName(t + 1) || !IsGivenWord(t + 2) || _tt.SentenceOf(t + 2) != _tt.SentenceOf(t))
                {
                    continue;
                }

                var end = t + 3;
                if (end < _tokens.Length && IsGivenWord(end) && _tt.SentenceOf(end) == _tt.SentenceOf(t))
                {
                    end++;
                }

                JoinOrAddFamilyName(t, end);
            }
        }

        private void JoinOrAddFamilyName(int t, int end)
        {
            for (var i = 0; i < _mentions.Count; i++)
            {
                var m = _mentions[i];
                if (m.First + m.Count <= t || m.First >= end)
                {
                    continue;
                }

                if (m.Kind == MentionKind.Name && m.Actor.Kind == ActorKind.Person && m.Actor.Entry == null && m.NameFirst == t + 1)
                {
                    ReSpanName(i, t, System.Math.Max(end, m.NameFirst + m.NameCount));
                }

                return; // another reading holds the words
            }

            AddNamed(t, end, ActorKind.Person, null, null, _tt.SentenceOf(t), false);
        }

        private bool IsFunctionFamilyName(int t) =>
            _tokens[t].Kind == TokenKind.Word && _tokens[t].IsCapitalized && !_tokens[t].IsAllCaps && FunctionFamilyNames.Contains(_text, _tokens[t]);

        private bool IsMiddleName(int t) =>
            _tokens[t].Kind == TokenKind.Word && _tokens[t].IsCapitalized && !_tokens[t].IsAllCaps && VietnameseMiddleNames.Contains(_text, _tokens[t]);

        private bool IsGivenWord(int t) => _tokens[t].Kind == TokenKind.Word && _tokens[t].IsCapitalized && !_tokens[t].IsAllCaps && !IsTitleWord(t);

        // Vietnamese family names spelled like English function words.
        private static readonly TermTable<bool> FunctionFamilyNames = Table(new[] { "to", "do", "ha", "ho" });

        // Frequent Vietnamese middle names (the second word of a three-word name).
        private static readonly TermTable<bool> VietnameseMiddleNames = Table(new[]
        {
            "van", "thi", "duc", "minh", "quang", "huu", "xuan", "thanh", "hong", "ngoc", "kim", "anh", "dinh", "cong",
            "quoc", "trong", "manh", "tuan", "hai", "hoai", "tien", "viet", "ba", "khac", "nhu", "phuc", "thu", "tan",
        });
    }
}
