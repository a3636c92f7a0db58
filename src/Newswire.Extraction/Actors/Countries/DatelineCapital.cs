using Newswire.Extraction.Lexicons;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// A dateline's place that the lexicon leaves without a country because its name is ambiguous (a given name, or a
/// name several countries' towns share) takes the country whose capital it is: "PORT ELLIS, May 4 (Wire) -" with Port
/// Ellis a capital is told from that capital. A dateline names a city, and a capital is the city a name most often
/// means there; elsewhere in the text the name stays as the place stage resolves it.
/// </summary>
internal static class DatelineCapital
{
    public static void Apply(string text, ActorExtractionResult actors, int datelineStart)
    {
        if (datelineStart < 0)
        {
            return;
        }

        foreach (var m in actors.Mentions)
        {
            if (m.Span.Start > datelineStart)
            {
                return;
            }

            var actor = actors.Actors[m.Actor];
            if (m.Span.Start == datelineStart && actor.Kind == ActorKind.Location && actor.Country == null
                && Text.Dateline.MarkFollows(text, m.Span.Start, m.Span.Start + m.Span.Length)
                && Capitals.CountryOfCapital(actor.Name) is { } country)
            {
                actor.Country = country;
            }
        }
    }
}
