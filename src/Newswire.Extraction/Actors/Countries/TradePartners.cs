using Newswire.Extraction.Text;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// A country or town named as the other end of trade ("exports to China", "shipments to India and Japan", "imports
/// from Brazil"): it says where goods go, not where the sentence's people are, so it does not set the sentence abroad
/// (<see cref="ActorCountries.SentenceElsewhere"/>).
/// </summary>
internal static class TradePartners
{
    // Words between the trade word's "to"/"from" and the place: earlier partners of a list ("India and").
    private const int MaxListTokens = 6;

    private static readonly TermTable<bool> TradeWords = TermTables.Words(
        "export", "exports", "import", "imports", "shipment", "shipments", "sales", "deliveries", "exported", "imported",
        "shipped", "sold", "supplies");

    /// <summary>Whether the place named at token <paramref name="first"/> is a trade partner.</summary>
    public static bool Is(TokenizedText text, int first)
    {
        for (var t = first - 1; t >= 1 && t >= first - MaxListTokens; t--)
        {
            if (text.Is(t, "to") || text.Is(t, "from"))
            {
                return TradeWords.Contains(text.Text, text.Tokens[t - 1]);
            }

            ref readonly var token = ref text.Tokens[t];
            if (!(token.IsWord && (token.IsCapitalized || text.Is(t, "and"))) && text.TokenText(t) != ",")
            {
                return false;
            }
        }

        return false;
    }
}
