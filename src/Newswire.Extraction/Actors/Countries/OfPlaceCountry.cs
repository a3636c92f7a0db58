using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;
using static Newswire.Extraction.Text.TermTables;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// A name followed by "of" and a country or its capital belongs to that country: "Masdar of the United Arab
/// Emirates", "Selam Tesfaye of Ethiopia" (agency copy's way of giving a foreign company's or athlete's country; the
/// story's own country, which such names otherwise take, is most often another's). Only when the place ends the
/// phrase ("of Kenya Airways" names the company, "of Marlow County" a region).
/// </summary>
internal static class OfPlaceCountry
{
    /// <summary>The country of the place after "of" right after name mention <paramref name="k"/>, or null.</summary>
    public static string? Of(TokenizedText text, ActorExtractionResult actors, int k)
    {
        var tokens = text.Tokens;
        var p = actors.Mentions[k].EndToken;
        if (p + 1 >= tokens.Length || !IsWord(text, p, "of"))
        {
            return null;
        }

        // The place's phrase may hold the article ("the United Arab Emirates").
        var of = p;
        p += IsWord(text, p + 1, "the") ? 2 : 1;
        for (var j = k + 1; j < actors.Mentions.Count && actors.Mentions[j].FirstToken <= p; j++)
        {
            var m = actors.Mentions[j];
            var place = actors.Actors[m.Actor];
            if ((m.FirstToken == p || m.FirstToken == of + 1) && place.Kind == ActorKind.Location && place.Country is { } country
                && Capitals.IsCountryOrCapital(place.Name, country)
                && (m.EndToken >= tokens.Length || !tokens[m.EndToken].IsWord || tokens[m.EndToken].IsLower))
            {
                return country;
            }
        }

        return null;
    }
}
