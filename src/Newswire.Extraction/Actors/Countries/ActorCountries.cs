using System.Collections.Generic;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// The country stage, once actors, events and places are done: actors left without a country take one from what the
/// article writes about them, in this order (the first that answers wins; an actor with a country is never changed):
/// <list type="number">
/// <item>an organization's own name (<see cref="NameCountry"/>: "Freedonia National Bureau of Statistics"), or the
/// region of one country an armed group is named for (<see cref="RegionGroupCountry"/>: "Cauca Liberation Army"),
/// or a company's legal form of one country's law (<see cref="LegalFormCountry"/>: "Acme Sdn Bhd");</item>
/// <item>a possessive owner before a name or an apposition after it (<see cref="OwnerCountry"/>: "Freedonia's
/// Ada Brelik", "Ada Brelik, the Freedonian trade minister"), or a national body a person speaks for
/// (<see cref="AffiliationCountry"/>: "Freedonian Labour Party leader Ada Brelik");</item>
/// <item>the story's country, for state offices and national bodies (<see cref="OfficeCountry"/>); the caller
/// gives it (the events' <c>StoryCountry</c>) when <see cref="Apply"/> says an actor may take it;</item>
/// <item>after those, in a datelined story, the story's country for any other person or organization left without
/// one (<see cref="StoryCountryOthers"/>; places are left to the place stage).</item>
/// </list>
/// It runs before events, so the event filters see an agent's country ("Pakistan Tehreek-e-Insaf rejected" is a
/// Pakistani party's act); place resolution, after events, may still fill a place's country it left.
/// </summary>
internal static class ActorCountries
{
    /// <summary>
    /// Rules 1 and 2. Returns the indexes of the mentions (each actor's first name mention) whose actors are still
    /// without a country and may take the story's country, or null when there is none.
    /// </summary>
    public static StoryCandidates? Apply(TokenizedText text, ActorExtractionResult actors, Lexicon lexicon)
    {
        OwnedBodies(text, actors, lexicon);
        DemonymCongress.Apply(text, actors, lexicon);
        var generic = GenericBodies.Apply(text.Text, actors);
        if (!AnyWithout(actors.Actors))
        {
            return null;
        }

        var firsts = FirstNames(text, actors);
        CountryWords? words = null;
        StoryCandidates? candidates = null;
        foreach (var k in firsts)
        {
            var actor = actors.Actors[actors.Mentions[k].Actor];
            var m = actors.Mentions[k];
            if (actor.Kind == ActorKind.Organization)
            {
                words ??= new CountryWords(text, lexicon);
                actor.Country = NameCountry.Of(text, words, m.FirstToken, m.EndToken) ?? RegionGroupCountry.Of(text, words, m.FirstToken, m.EndToken)
                                ?? LegalFormCountry.Of(text, m.FirstToken, m.EndToken);
            }

            if (actor.Country == null && !KnownWithoutCountry(text, actors, lexicon, ref words, k))
            {
                actor.Country = Owned(text, actors, lexicon, actor);
            }

            if (actor.Country == null && actor.Kind == ActorKind.Person && InternationalOffice.Holds(text, actors, k))
            {
                continue; // an international body's official takes no country from the story
            }

            if (actor.Country == null && OfficeCountry.IsStateActor(text, actors, words ??= new CountryWords(text, lexicon), k))
            {
                (candidates ??= new StoryCandidates()).Offices.Add(k);
            }
            else if (actor.Country == null && !actor.FromLexicon && !KnownWithoutCountry(text, actors, lexicon, ref words, k))
            {
                // Rule 4's candidates, after every state office (StoryCountryOthers).
                (candidates ??= new StoryCandidates()).Others.Add(k);
            }
        }

        if (generic != null)
        {
            // A cleared body is an office candidate (a national body), so candidates is set.
            (candidates ??= new StoryCandidates()).Generic = generic;
        }

        return candidates;
    }

    // "Freedonia's Foreign Office": a body named by its function alone belongs to the country that owns it in the
    // text, whatever country the lexicon gives the generic name (its "Foreign Office" is one country's). Only when
    // every owned mention names the same country.
    private static void OwnedBodies(TokenizedText text, ActorExtractionResult actors, Lexicon lexicon)
    {
        var mentions = actors.Mentions;
        for (var k = 0; k < mentions.Count; k++)
        {
            var actor = actors.Actors[mentions[k].Actor];
            if (actor.Kind != ActorKind.Organization || actor.Country == null || !IsName(mentions[k]) || !OfficeCountry.IsNationalBody(actor.Name)
                || OwnerOf(text, actors, lexicon, actor) is not { } owner || owner == actor.Country)
            {
                continue;
            }

            actor.Country = owner;
        }
    }

    // The one country every owned name mention of the actor names, or null (none, or two).
    private static string? OwnerOf(TokenizedText text, ActorExtractionResult actors, Lexicon lexicon, ExtractedActor actor)
    {
        string? owner = null;
        var mentions = actors.Mentions;
        for (var k = 0; k < mentions.Count; k++)
        {
            if (IsName(mentions[k]) && ReferenceEquals(actors.Actors[mentions[k].Actor], actor)
                && OwnerCountry.Before(text, actors, lexicon, k) is { } country)
            {
                if (owner != null && owner != country)
                {
                    return null;
                }

                owner = country;
            }
        }

        return owner;
    }

    /// <summary>Rule 3: the story's country for the state actors <see cref="Apply"/> returned (none when null).</summary>
    public static void ApplyStory(TokenizedText text, ActorExtractionResult actors, StoryCandidates candidates, string? storyCountry, bool datelined)
    {
        if (storyCountry == null)
        {
            return;
        }

        foreach (var k in candidates.Offices)
        {
            if (!SentenceElsewhere(text, actors, k, storyCountry))
            {
                actors.Actors[actors.Mentions[k].Actor].Country = storyCountry;
            }
        }

        LateAffiliations.Apply(text, actors);
        if (datelined)
        {
            StoryCountryOthers.Apply(text, actors, candidates.Others, storyCountry);
        }
    }

    // Whether the sentence of mention k names places only of other countries than the story's: a round-up ("...
    // addressed supporters in Port Ellis, while Interior Minister Ada Brelik deployed police") or an official at home
    // abroad; either way the story's country is no safe guess for this one. For an office, another country's name or
    // capital does not count unless the official speaks "in" it: it is most often the other side ("agreed with
    // Riverton"), not where the official is;
    // for anyone else (countNamesAndCapitals) it does ("In Sylvania, Ada Brelik met executives of Harwick Mining").
    internal static bool SentenceElsewhere(TokenizedText text, ActorExtractionResult actors, int k, string storyCountry, bool countNamesAndCapitals = false)
    {
        var sentence = text.Sentences[text.SentenceOf(actors.Mentions[k].FirstToken)];
        var elsewhere = false;
        foreach (var m in actors.Mentions)
        {
            if (m.FirstToken < sentence.FirstToken || m.FirstToken >= sentence.EndToken)
            {
                continue;
            }

            var a = actors.Actors[m.Actor];
            if (a.Kind == ActorKind.Location && a.Country != null && !AcrossBorder(text, m.FirstToken) && !TradePartners.Is(text, m.FirstToken))
            {
                if (a.Country == storyCountry)
                {
                    return false;
                }

                elsewhere |= countNamesAndCapitals || !Capitals.IsCountryOrCapital(a.Name, a.Country) || SpeaksInCapital(text, actors.Mentions[k].FirstToken, m.FirstToken, a);
            }
        }

        return elsewhere;
    }

    // "Ada Brelik told reporters in Tokyo", "said in Tokyo": "in" another country's capital after the official's
    // speech says where the official is, not the other side ("lodged a protest through its embassy in Beijing").
    private static bool SpeaksInCapital(TokenizedText text, int official, int first, ExtractedActor place) =>
        first > official + 2 && text.Is(first - 1, "in") && SpeechWords.Contains(text.Text, text.Tokens[first - 2]) && Capitals.IsCapital(place.Name, place.Country!);

    private static readonly TermTable<bool> SpeechWords = TermTables.Words(
        "reporters", "journalists", "told", "said", "says", "speaking", "conference", "briefing", "interview");

    // "a base near the border with Niger": the neighbour named across the border does not set the sentence there.
    private static bool AcrossBorder(TokenizedText text, int first) =>
        first >= 2 && text.Is(first - 1, "with") && (text.Is(first - 2, "border") || text.Is(first - 2, "frontier"));

    // The first country a name mention of the actor is owned or described by, or (a person) speaks for (every name
    // mention is tried).
    private static string? Owned(TokenizedText text, ActorExtractionResult actors, Lexicon lexicon, ExtractedActor actor)
    {
        var mentions = actors.Mentions;
        for (var k = 0; k < mentions.Count; k++)
        {
            if (IsName(mentions[k]) && ReferenceEquals(actors.Actors[mentions[k].Actor], actor) && !InHeadline(text, mentions[k])
                && ((actor.Kind == ActorKind.Person ? DelegationCountry.Of(text, actors, lexicon, k) ?? RepresentedCountry.Of(text, actors, lexicon, k) ?? IdentifiedCountry.Of(text, lexicon, mentions[k].FirstToken)
                                                      ?? FrontedCapitalCountry.Of(text, actors, k) : null)
                    ?? OwnerCountry.Before(text, actors, lexicon, k) ?? OwnerCountry.After(text, actors, lexicon, k)
                    ?? BasedCountry.Of(text, actors, k) ?? OfPlaceCountry.Of(text, actors, k) ?? HolderCountry.Of(text, actors, k, actor.Kind)
                    ?? (actor.Kind == ActorKind.Person ? AffiliationCountry.Of(text, actors, k) ?? SpokespersonCountry.Of(text, actors, k) : null)) is { } country)
            {
                return country;
            }
        }

        return null;
    }

    // An organization the lexicon knows with no country is international ("the Freedonian IMF programme" is not
    // Freedonia's IMF): no rule gives it one.
    private static bool KnownWithoutCountry(TokenizedText text, ActorExtractionResult actors, Lexicon lexicon, ref CountryWords? words, int k)
    {
        var m = actors.Mentions[k];
        words ??= new CountryWords(text, lexicon);
        for (var t = m.FirstToken; t < m.EndToken; t++)
        {
            if (text.Tokens[t].IsWord && !text.Tokens[t].IsLower)
            {
                var reading = words.Read(t, m.EndToken, out _, out var count, out var entry);
                return reading == CountryWords.Reading.Organization && t + count == m.EndToken && entry!.Country == null;
            }
        }

        return false;
    }

    private static bool AnyWithout(IReadOnlyList<ExtractedActor> actors)
    {
        foreach (var a in actors)
        {
            if (a.Country == null && (a.Kind != ActorKind.Location || UnknownPlaces.IsCandidate(a)))
            {
                return true;
            }
        }

        return false;
    }

    // Each actor's first name mention, for the actors without a country that are not places (places are the
    // gazetteer's; those it does not know are UnknownPlaces), in text order. Headlines, title-case and all-caps
    // sentences are left out: their capitals do not delimit names ("Acme Warns Freedonia Over Tariffs").
    private static List<int> FirstNames(TokenizedText text, ActorExtractionResult actors)
    {
        var seen = new bool[actors.Actors.Length];
        var firsts = new List<int>();
        for (var k = 0; k < actors.Mentions.Count; k++)
        {
            var m = actors.Mentions[k];
            var a = actors.Actors[m.Actor];
            if (!seen[m.Actor] && IsName(m) && a.Country == null && (a.Kind != ActorKind.Location || UnknownPlaces.IsCandidate(a)) && !InHeadline(text, m))
            {
                seen[m.Actor] = true;
                firsts.Add(k);
            }
        }

        return firsts;
    }

    private static bool InHeadline(TokenizedText text, in ResolvedMention m)
    {
        var s = text.SentenceOf(m.FirstToken);
        return s >= 0 && (text.Sentences[s].IsHeadline || text.Sentences[s].CapsUninformative);
    }

    private static bool IsName(in ResolvedMention m) => m.Kind == MentionKind.Name || m.Kind == MentionKind.Acronym;
}
