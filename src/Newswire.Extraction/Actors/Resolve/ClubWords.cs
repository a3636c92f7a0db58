// Resolve: a club named by its own word and its city ("Olympique Marlow", "Spartak Harwick") is read as the city
// otherwise; the word opens the club's name only before a place (TeamNames).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // A place read where a club is named: "Olympique Marlow" (a club's own word before its city) or "Kessel Bay
        // Herons" (the place leads the club's name). Removes the mentions the club takes in (mention i among them);
        // the club's span, or (-1, -1).
        private (int First, int End) PlaceClubSpan(RawMention m, int end, ref int i)
        {
            if (m.Actor.Kind != ActorKind.Location || m.Count != m.NameCount)
            {
                return (-1, -1);
            }

            if (ClubBeforePlace(m.NameFirst) is var club && club >= 0)
            {
                RemoveMentionsWithin(club, m.NameFirst, ref i);
                _mentions.RemoveAt(i);
                return (club, end);
            }

            if (PlaceLedClubEnd(end) is var clubEnd && clubEnd > end)
            {
                RemoveMentionsWithin(end, clubEnd, ref i);
                _mentions.RemoveAt(i);
                return (m.NameFirst, clubEnd);
            }

            return (-1, -1);
        }

        // The token before a place mention starting at `first` when it is a word that opens a club's name before a
        // city, in the same sentence; else -1.
        private int ClubBeforePlace(int first) =>
            // The marker word before the sentence test: two sentence searches cost more than the table lookup.
            first > 0 && (_tokens[first - 1].Flags & Text.TokenFlags.NewlineBefore) == 0 && _tokens[first - 1].Kind == Text.TokenKind.Word
            && IsClubMarker(first - 1, true) && _tt.SentenceOf(first - 1) == _tt.SentenceOf(first)
                ? first - 1
                : -1;
    }
}

/// <summary>Words that open a club's name before its city (European football naming), beside TeamNames' markers (those that may also close one, "Dinamo", "Sporting", stay there).</summary>
internal static class ClubWords
{
    public static readonly string[] CityClubWords =
    {
        "bayern", "spartak", "lokomotiv", "cska", "partizan", "slavia", "sparta", "rapid", "racing", "inter", "hertha",
        "eintracht", "fortuna", "werder", "shakhtar", "zenit", "steaua", "vojvodina", "legia", "lech", "wisla", "hajduk",
        "olimpija", "girondins", "stade",
    };
}
