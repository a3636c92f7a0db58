using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;
using static Newswire.Extraction.Text.TermTables;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// "In Marlow, foreign ministry spokesman Ivo Marek said ...", "In Kabul, deputy government spokesman Ada Brelik
/// rejected ...": wire copy moves to the other side's capital with a fronted "In &lt;capital&gt;," and names that
/// government's official by a lower-case office; the official is of the capital's country, not the dateline's.
/// </summary>
internal static class FrontedCapitalCountry
{
    private const int MaxOfficeWords = 6;

    /// <summary>The country of the capital fronting person mention <paramref name="k"/>'s sentence, or null.</summary>
    public static string? Of(TokenizedText text, ActorExtractionResult actors, int k)
    {
        var first = actors.Mentions[k].FirstToken;
        var comma = first - 1;
        var office = false;
        while (comma >= 0 && first - comma <= MaxOfficeWords + 1 && text.Tokens[comma].IsWord && text.Tokens[comma].IsLower)
        {
            office |= OfficeWords.Contains(text.Text, text.Tokens[comma]);
            comma--;
        }

        if (!office || comma < 2 || !IsChar(text, comma, ','))
        {
            return null;
        }

        // "In" + the capital, opening the sentence.
        var country = OfficeCountry.StateNamedAt(actors, comma - 1, out var place);
        return country != null && place >= 1 && IsWord(text, place - 1, "in") && text.Sentences[text.SentenceOf(place - 1)].FirstToken == place - 1
            ? country
            : null;
    }

    // Words of a state office: a spokesman of a company or a rebel group is not the capital's government.
    private static readonly TermTable<bool> OfficeWords = Words(
        "government", "ministry", "foreign", "presidential", "president's", "cabinet", "interior", "defence", "defense", "state");
}
