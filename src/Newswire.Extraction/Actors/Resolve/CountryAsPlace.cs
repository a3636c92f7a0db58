// Resolve: a country named as a place (in a list, after a preposition, as an object) stays the place, as CoNLL
// names it; only a country that is the subject of a verb acts as a state.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // "Flights to the Ruritania were cancelled", "Delegates from Ruritania, Elbonia and the Freedonia": the place.
        // "The Ruritania condemns ...", "Elbonia said": the state (an organization, which events read as an agent).
        // CoNLL training text types a country LOC even when it acts; the subject reading is kept for the events.
        private bool CountryNamedAsPlace(int spanFirst, int spanEnd)
        {
            if (spanEnd >= _tokens.Length)
            {
                return true;
            }

            var next = _tokens[spanEnd];
            var verbNext = next.Kind == Text.TokenKind.Word && next.IsLower && !IsModifiedNoun(spanEnd) && !IsConjunctionOrPreposition(spanEnd);
            if (!verbNext)
            {
                return true;
            }

            var before = spanFirst > 0 && IsThe(spanFirst - 1) ? spanFirst - 1 : spanFirst;
            return before > 0 && _tokens[before - 1].IsLower && IsConjunctionOrPreposition(before - 1)
                   && !_tt.Is(before - 1, "and") && !_tt.Is(before - 1, "or") && !_tt.Is(before - 1, "by");
        }
    }
}
