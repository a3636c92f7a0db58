using System.Collections.Generic;
using Newswire.Extraction.Text;

// Resolve: "Bulambuli District", "Bogor Regency", "Kauru Local Government Area": a name that ends in the head of a
// local government area is a place, though "District" also ends bodies ("Southern Military District") and the
// tagger reads unknown area names as organizations or persons. A word of a body's kind inside ("Military", "School",
// "Water") keeps the name's reading.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void RetypeAreaNames()
        {
            List<(int First, int End)>? areas = null;
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                if (!IsNameKind(m.Kind) || m.Actor.Kind == ActorKind.Location || m.Actor.Entry != null || m.Known || m.NameCount < 2)
                {
                    continue;
                }

                var end = AreaNameEnd(m.NameFirst, m.NameFirst + m.NameCount);
                if (end > 0 && !HasBodyWord(m.NameFirst, end))
                {
                    _mentions.RemoveAt(i);
                    (areas ??= new List<(int, int)>()).Add((m.NameFirst, end));
                }
            }

            for (var r = (areas?.Count ?? 0) - 1; r >= 0; r--)
            {
                var (first, end) = areas![r];
                if (MentionCovering(first) < 0)
                {
                    AddNamed(first, end, ActorKind.Location, null, null, _tt.SentenceOf(first), false);
                }
            }
        }

        // The end of the area's name when the name [first, end) ends in an area head, or a "Local Government" the
        // tagger cut before its "Area"; 0 when it does not.
        private int AreaNameEnd(int first, int end)
        {
            if (IsAreaWord(AreaHeads, end - 1))
            {
                return end;
            }

            return end - first >= 3 && end < _tokens.Length && _tt.Is(end - 2, "local") && _tt.Is(end - 1, "government")
                   && _tokens[end].IsCapitalized && _tt.Is(end, "area")
                ? end + 1
                : 0;
        }

        private bool HasBodyWord(int first, int end)
        {
            for (var t = first; t < end - 1; t++)
            {
                if (_tokens[t].Kind == TokenKind.Word && AreaBodyWords.Contains(_text, _tokens[t]))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsAreaWord(TermTable<bool> table, int t) =>
            _tokens[t].Kind == TokenKind.Word && _tokens[t].IsCapitalized && table.Contains(_text, _tokens[t]);

        // Heads of local government areas in the English-language press of countries that name them so; "Area" only
        // after "Local Government" (Nigeria's LGAs).
        private static readonly TermTable<bool> AreaHeads = WordTable(
            "district", "regency", "sub-county", "subcounty", "municipality", "sub-district", "subdistrict", "upazila",
            "tehsil", "taluka");

        // Words that make a "... District" a body's name or its unit.
        private static readonly TermTable<bool> AreaBodyWords = WordTable(
            "military", "school", "schools", "water", "police", "fire", "electoral", "congressional", "judicial", "health",
            "hospital", "sanitation", "irrigation", "transit", "library", "utility", "improvement", "business", "court",
            "council", "board", "commission", "authority", "office", "command");
    }
}
