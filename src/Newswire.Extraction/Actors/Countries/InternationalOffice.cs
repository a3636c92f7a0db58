using Newswire.Extraction.Model;
using Newswire.Extraction.Text;
using static Newswire.Extraction.Text.TermTables;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// A person who holds an office of an international body ("UN envoy Ada Brelik", "UNHCR representative Ada Brelik",
/// "the World Bank's country director, Ada Brelik") is of no country the story's dateline or subject gives: such
/// officials come from anywhere. Only an owner or apposition that names the person's own country ("Ada Brelik, a
/// Freedonian diplomat") still gives one.
/// </summary>
internal static class InternationalOffice
{
    private const int MaxTitleWords = 4;

    // Words of the titles international bodies give their officials.
    private static readonly TermTable<bool> TitleWords = Words(
        "envoy", "special", "rapporteur", "representative", "resident", "coordinator", "humanitarian", "chief", "head",
        "official", "spokesman", "spokeswoman", "spokesperson", "director", "country", "regional", "deputy", "senior",
        "adviser", "advisor", "expert", "independent", "high", "commissioner", "mission", "personal");

    /// <summary>Whether person mention <paramref name="k"/> follows an international body and its official's title.</summary>
    public static bool Holds(TokenizedText text, ActorExtractionResult actors, int k)
    {
        var tokens = text.Tokens;
        var p = actors.Mentions[k].FirstToken;
        var titles = 0;
        while (titles < MaxTitleWords && p > 0 && tokens[p - 1].IsWord && TitleWords.Contains(text.Text, tokens[p - 1]))
        {
            p--;
            titles++;
        }

        if (titles == 0)
        {
            return false;
        }

        if (p > 0 && tokens[p - 1].Kind == TokenKind.Possessive)
        {
            p--;
        }

        for (var j = k - 1; j >= 0 && actors.Mentions[j].EndToken >= p; j--)
        {
            var actor = actors.Actors[actors.Mentions[j].Actor];
            if (actors.Mentions[j].EndToken == p && actor.Kind == ActorKind.Organization && actor.FromLexicon && actor.Country == null)
            {
                return true;
            }
        }

        return false;
    }
}
