using System;
using System.Collections.Generic;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// "Congress approved the law" in a Peruvian story is Peru's congress, and "the Ministry of Defence said" in a
/// Nigerian one is Nigeria's: the lexicon gives these generic names one country (the US, Britain), which holds only
/// when the article names that country somewhere else. Otherwise the body is left without a country, so that the
/// story's country, when there is a clear one, fills it as for any national body (<see cref="OfficeCountry"/>);
/// without a clear story country it gets the dateline's country, or else the lexicon's back (<see cref="Restore"/>). "U.S. Congress" keeps its
/// country: the mention says it.
/// </summary>
internal static class GenericBodies
{
    // Lexicon names that every country's press uses for its own institutions.
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal) { "Congress", "Foreign Office", "Ministry of Defence" };

    /// <summary>Whether a lexicon entry is one of these generic bodies (it then lends no country while actors are read).</summary>
    public static bool IsGeneric(Lexicons.LexiconEntry? entry) => entry != null && Names.Contains(entry.Name);

    /// <summary>Clears the lexicon country of each generic body as above; returns them with that country, or null.</summary>
    public static List<(ExtractedActor Body, string Country)>? Apply(string text, ActorExtractionResult actors)
    {
        List<(ExtractedActor, string)>? cleared = null;
        foreach (var actor in actors.Actors)
        {
            if (actor.Kind == ActorKind.Organization && actor.FromLexicon && actor.Country is { } country && Names.Contains(actor.Name)
                && !NamedElsewhere(actors, actor, country) && !LongerMention(text, actors, actor))
            {
                actor.Country = null;
                (cleared ??= new List<(ExtractedActor, string)>()).Add((actor, country));
            }
        }

        return cleared;
    }

    /// <summary>
    /// Gives each cleared body that took no story country the dateline's country when there is one ("ISLAMABAD —
    /// the Foreign Office said" is Pakistan's even in a story as much about Afghanistan), else its lexicon country
    /// back.
    /// </summary>
    public static void Restore(List<(ExtractedActor Body, string Country)>? cleared, string? datelineCountry)
    {
        if (cleared == null)
        {
            return;
        }

        foreach (var (body, country) in cleared)
        {
            body.Country ??= datelineCountry ?? country;
        }
    }

    // Whether another actor of the article has the body's lexicon country ("Washington", "American", "the US").
    private static bool NamedElsewhere(ActorExtractionResult actors, ExtractedActor body, string country)
    {
        foreach (var other in actors.Actors)
        {
            if (!ReferenceEquals(other, body) && other.Country == country)
            {
                return true;
            }
        }

        return false;
    }

    // A mention longer than the name ("U.S. Congress") names the country itself; "the Foreign Office" does not.
    private static bool LongerMention(string text, ActorExtractionResult actors, ExtractedActor body)
    {
        foreach (var m in actors.Mentions)
        {
            if (ReferenceEquals(actors.Actors[m.Actor], body) && m.Kind == MentionKind.Name
                && m.Span.Length - (string.Compare(text, m.Span.Start, "the ", 0, 4, StringComparison.OrdinalIgnoreCase) == 0 ? 4 : 0) > body.Name.Length)
            {
                return true;
            }
        }

        return false;
    }
}
