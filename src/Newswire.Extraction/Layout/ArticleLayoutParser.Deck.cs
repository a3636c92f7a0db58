using Newswire.Extraction.Model;

namespace Newswire.Extraction.Layout;

// Lines that name the house away from the head: a staff byline under a standfirst (the deck is a paragraph), a
// "Source:" line closing the body.
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

    // "Source: The Riverton Times" closing the body: the outlet, as a front matter source is, and no paragraph; an agency
    // there wrote the copy and names none (README), but its line is no paragraph either.
    private static TextSpan? ClosingSource(string text, LineMap lines, ref (int First, int Last) body)
    {
        if (body.First >= body.Last || OutletLine.SourceLine(text, Trimmed(text, lines, body.Last)) is not { } source)
        {
            return null;
        }

        body.Last = PreviousLine(text, lines, body.Last, body.First);
        return WireAgencies.IsAgency(text, source.Start, source.Length) ? null : source;
    }
}
