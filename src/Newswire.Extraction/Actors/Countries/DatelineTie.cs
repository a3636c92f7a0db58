using Newswire.Extraction.Text;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// Evidence that a story is told from its dateline's country when the countries it names tie: the body names that
/// country again, by any actor of it other than the dateline's place ("Freedonian troops", a Freedonian town).
/// </summary>
internal static class DatelineTie
{
    /// <summary>Whether no country is counted more often than <paramref name="own"/> (none counted: true).</summary>
    public static bool NoneAbove(System.Collections.Generic.Dictionary<string, int>? counts, int own)
    {
        if (counts != null)
        {
            foreach (var pair in counts)
            {
                if (pair.Value > own)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// The one country the headline names by its name or capital, when it names no actor and no nationality of the
    /// dateline's country: "Mozambique opposition leader vows return", datelined JOHANNESBURG, is a Mozambican story
    /// told from South Africa ("Malaysian airline flies to Tashkent" from KUALA LUMPUR is not Uzbekistan's). Null
    /// otherwise.
    /// </summary>
    public static string? HeadlineCountry(TokenizedText text, Lexicons.Lexicon lexicon, ActorExtractionResult actors, int datelineActor, int datelineStart)
    {
        var datelineCountry = actors.Actors[datelineActor].Country;
        string? named = null;
        foreach (var m in actors.Mentions)
        {
            if (m.Span.Start >= datelineStart)
            {
                break;
            }

            var actor = actors.Actors[m.Actor];
            if (actor.Country is not { } country)
            {
                continue;
            }

            if (country == datelineCountry || (named != null && named != country && Lexicons.Capitals.IsCountryOrCapital(actor.Name, country)))
            {
                return null;
            }

            named = Lexicons.Capitals.IsCountryOrCapital(actor.Name, country) ? country : named;
        }

        return named != null && !HeadlineDemonym(text, lexicon, datelineStart, datelineCountry!) ? named : null;
    }

    /// <summary>
    /// Whether the story names the headline's country by its places more often than the dateline's (twice at least,
    /// the headline's included; the dateline itself not counted).
    /// </summary>
    public static bool PlacesOutnumber(ActorExtractionResult actors, int datelineActor, int datelineStart, string headline)
    {
        var datelineCountry = actors.Actors[datelineActor].Country;
        int own = 0, other = 0;
        foreach (var m in actors.Mentions)
        {
            var actor = actors.Actors[m.Actor];
            if (m.Span.Start == datelineStart || !(actor.Kind == ActorKind.Location || Lexicons.Capitals.IsCountryOrCapital(actor.Name, actor.Country ?? "")))
            {
                continue;
            }

            own += actor.Country == datelineCountry ? 1 : 0;
            other += actor.Country == headline ? 1 : 0;
        }

        return other >= 2 && other > own;
    }

    // A nationality of the dateline's country in the headline ("Malaysian airline ...").
    private static bool HeadlineDemonym(TokenizedText text, Lexicons.Lexicon lexicon, int datelineStart, string country)
    {
        foreach (var token in text.Tokens)
        {
            if (token.Start >= datelineStart)
            {
                break;
            }

            if (token.IsWord && token.IsCapitalized && lexicon.TryDemonym(text.Text, token, out var c) && c == country)
            {
                return true;
            }
        }

        return false;
    }

    public static bool NamedInBody(ActorExtractionResult actors, int datelineActor)
    {
        var country = actors.Actors[datelineActor].Country;
        foreach (var m in actors.Mentions)
        {
            if (m.Actor != datelineActor && actors.Actors[m.Actor].Country == country)
            {
                return true;
            }
        }

        return false;
    }
}
