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
        var m = actors.MentionAtToken(comma - 1);
        if (m < 0 || actors.Mentions[m].EndToken != comma)
        {
            return null;
        }

        var inWord = actors.Mentions[m].FirstToken - 1;
        if (inWord < 0 || !IsWord(text, inWord, "in") || text.Sentences[text.SentenceOf(inWord)].FirstToken != inWord)
        {
            return null;
        }

        var place = actors.Actors[actors.Mentions[m].Actor];
        return place.Kind == ActorKind.Location && place.Country != null && Capitals.IsCountryOrCapital(place.Name, place.Country) ? place.Country : null;
    }

    // Words of a state office: a spokesman of a company or a rebel group is not the capital's government.
    private static readonly TermTable<bool> OfficeWords = Words(
        "government", "ministry", "foreign", "presidential", "president's", "cabinet", "interior", "defence", "defense", "state");
}
