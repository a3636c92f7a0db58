using Newswire.Extraction.Text;

// Resolve: "the Great Hall" + "of the People", "the Palace" + "of Westminster": a building's name goes on over "of".
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private const int MaxBuildingComplementWords = 3;

        // A place named by a building head ("Hall", "Palace", "Museum") takes the "of [the]" complement of capitalized
        // words after it (the training text has "<head> of <Capital>" inside the name each time, bar "Hall of Fame",
        // a body: see ExtendLongOrganizationNames).
        private void ExtendBuildingOfNames()
        {
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                var end = m.NameFirst + m.NameCount;
                if (!IsNameKind(m.Kind) || m.Actor.Kind != ActorKind.Location || m.Actor.Entry != null || end + 1 >= _tokens.Length
                    || !BuildingHeads.Contains(_text, _tokens[end - 1]) || !_tokens[end - 1].IsCapitalized || !_tt.Is(end, "of") || _tt.Is(end + 1, "fame"))
                {
                    continue;
                }

                var newEnd = BuildingComplementEnd(end);
                if (newEnd > end)
                {
                    RemoveMentionsWithin(end, newEnd, ref i);
                    _mentions.RemoveAt(i);
                    AddNamed(m.NameFirst, newEnd, ActorKind.Location, m.Actor.Country, null, _tt.SentenceOf(m.NameFirst), true);
                }
            }
        }

        // The end of "of [the] <capitalized words>" at `of`, or `of` itself when no capitalized word follows.
        private int BuildingComplementEnd(int of)
        {
            var sentence = _tt.SentenceOf(of);
            var t = of + 1 < _tokens.Length && _tt.Is(of + 1, "the") ? of + 2 : of + 1;
            var start = t;
            while (t < _tokens.Length && t - start < MaxBuildingComplementWords && _tt.SentenceOf(t) == sentence && _tokens[t].Kind == TokenKind.Word
                   && _tokens[t].IsCapitalized)
            {
                t++;
            }

            return t == start || t < _tokens.Length && _tokens[t].Kind == TokenKind.Word && _tokens[t].IsCapitalized ? of : t;
        }

        private static readonly TermTable<bool> BuildingHeads = WordTable("hall", "palace", "museum", "cathedral", "temple");
    }
}
