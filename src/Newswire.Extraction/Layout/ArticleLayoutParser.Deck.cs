using Newswire.Extraction.Model;

namespace Newswire.Extraction.Layout;

// The furniture under a standfirst: the deck is a paragraph, the lines under it in its block may name the house.
public static partial class ArticleLayoutParser
{
    // A standfirst over "Published: ..." / "Staff Reporter, Riverton Ledger": the staff byline under the deck names the
    // house (the deck stays a paragraph).
    private static TextSpan? HouseUnderDeck(string text, LineMap lines, (int First, int Last) body)
    {
        var line = body.First;
        for (var n = 0; n < MaxFurnitureBlockLines && body.First <= body.Last; n++)
        {
            line = NextLine(text, lines, line, body.Last + 1);
            var span = line <= body.Last ? Trimmed(text, lines, line) : default;
            if (span.Length > 0 && WriterLine.StaffHouse(text, span) is { } house)
            {
                return house;
            }

            if (span.Length == 0 || !BodyFurniture.IsLead(text, span))
            {
                return null;
            }
        }

        return null;
    }
}
