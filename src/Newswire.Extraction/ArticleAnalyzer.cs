using System.Collections.Generic;
using Newswire.Extraction.Actors;
using Newswire.Extraction.Analysis;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction;

/// <summary>Finds the actors and events of an article: tokens and sentences, then actors, then events.</summary>
public static class ArticleAnalyzer
{
    /// <summary>Analyses <paramref name="document"/>.</summary>
    public static (IReadOnlyList<ExtractedActor> Actors, IReadOnlyList<ExtractedEvent> Events) Analyze(AnalysisDocument document)
    {
        var tokenized = TokenizedText.Build(document);
        var actors = ActorExtractor.Extract(document, tokenized);

        var (pending, story) = Countries(document, tokenized, actors);
        var events = Events.EventExtractor.Extract(document, tokenized, actors);
        var (placed, placedEvents) = Places.PlaceStage.Apply(document, actors.Actors, events);
        Actors.Countries.PlacesCountry.Apply(placed, pending, story);
        var (finished, finishedEvents) = Finish(document, Actors.Finish.CompanyCountries.Apply(placed), placedEvents);

        // Once actors have their countries, a joint act of states told again by their officials is one event.
        return (finished, Events.RetoldPacts.Merge(tokenized, Events.Stages.StageWords.Default, finished, finishedEvents));
    }

    // The finished list: the story's credit lines name no actors, a country is one actor, an organization's nameless
    // members and spokesmen are that organization, a lexicon surname after an article person of that surname is that
    // person, names keep the article's accents, and one name of one kind is one actor (Actors/Finish).
    private static (IReadOnlyList<ExtractedActor> Actors, IReadOnlyList<ExtractedEvent> Events) Finish(
        AnalysisDocument document, IReadOnlyList<ExtractedActor> actors, IReadOnlyList<ExtractedEvent> events)
    {
        var (credited, creditedEvents) = Actors.Finish.CreditNames.Apply(Credits.Of(document.Text, document.Layout.Paragraphs), actors, events);
        var lexicon = Lexicons.Lexicon.For(document.Options.LexiconText);
        var (countries, countryEvents) = Actors.Finish.CountryIdentity.Apply(lexicon, credited, creditedEvents);
        var (shared, sharedEvents) = Actors.Finish.ShortCountryNames.Apply(document.Text, countries, countryEvents);
        var (members, memberEvents) = Actors.Finish.OrganizationMembers.Apply(shared, sharedEvents);
        var (bodies, bodyEvents) = Actors.Finish.LexiconMembers.Apply(lexicon, members, memberEvents);
        var (owners, ownerEvents) = Actors.Finish.LexiconSurnameOwners.Apply(document.Text, bodies, bodyEvents);
        return Actors.Finish.SameNames.Apply(Actors.Finish.TextSpelling.Apply(document.Text, owners), ownerEvents);
    }

    // Actors left without a country take one from their names, owners and offices (Actors/Countries), before events
    // so that their filters see it; the story's country is worked out only when a state office or body is left without one.
    // Returns the actors an undatelined story may still place by its places' country (Actors/Countries/PlacesCountry),
    // and the story's country when it named one.
    private static (List<ExtractedActor>? Pending, string? Story) Countries(AnalysisDocument document, TokenizedText tokenized, ActorExtractionResult actors)
    {
        Actors.Countries.DatelineCapital.Apply(document.Text, actors, document.DatelineStart);
        var candidates = Actors.Countries.ActorCountries.Apply(tokenized, actors, Lexicons.Lexicon.For(document.Options.LexiconText));
        if (candidates == null || tokenized.Tokens.Length == 0)
        {
            return (null, null);
        }

        // The last rule's candidates need a dateline: without one and without a state office, no story country.
        var dateline = Events.StoryCountry.Dateline(document.Text, actors, document.DatelineStart);
        var datelined = dateline >= 0;
        string? story = null;
        if (datelined || candidates.Offices.Count > 0)
        {
            story = ClearStoryCountry(document, tokenized, actors);
            Actors.Countries.ActorCountries.ApplyStory(tokenized, actors, candidates, story, datelined);
        }

        // A generic lexicon body that took no story country takes the dateline's, else keeps the lexicon's
        // (Actors/Countries/GenericBodies).
        Actors.Countries.GenericBodies.Restore(candidates.Generic, datelined ? actors.Actors[dateline].Country : null);

        return datelined ? (null, null) : (Actors.Countries.PlacesCountry.Pending(tokenized, actors, candidates.Offices, candidates.Others), story);
    }

    // The country a story is clearly about (StoryCountry, over the whole text), or null: with a dateline, the
    // dateline's country when it is also the most named; without one, the only country named, at least twice, and the
    // only country of its places. A story
    // about one country told from another ("the Ministry welcomed Freedonia's election") names no dateline and often
    // both countries, and so gives none.
    private static string? ClearStoryCountry(AnalysisDocument document, TokenizedText tokenized, ActorExtractionResult actors)
    {
        var datelineStart = document.DatelineStart;
        var last = tokenized.Tokens.Length - 1;
        var dateline = Events.StoryCountry.Dateline(document.Text, actors, datelineStart);
        var story = Events.StoryCountry.Before(tokenized, actors, datelineStart, last, dateline < 0);
        if (story < 0 && dateline < 0 && Dominant(actors, tokenized.Tokens[last].End))
        {
            story = Events.StoryCountry.Before(tokenized, actors, datelineStart, last, false);
        }

        if (story < 0)
        {
            return dateline >= 0 ? HeadlineOverDateline(document, tokenized, actors, dateline) ?? DatelineTie(document, tokenized, actors, dateline) : HeadlineAndLede(tokenized, actors);
        }

        var country = actors.Actors[story].Country!;
        if (dateline >= 0)
        {
            var headline = HeadlineOverDateline(document, tokenized, actors, dateline);
            return headline ?? (country == actors.Actors[dateline].Country ? country : null);
        }

        var counts = Events.StoryCountry.Count(actors, tokenized.Tokens[last].End, -1, out _);
        return counts != null && counts.TryGetValue(country, out var n) && n >= 2 && PlacesIn(actors, country) ? country : null;
    }

    // A story about one country told from another: the headline names only that country, and the body names its
    // places more often than the dateline country's, so the dateline's weight does not make the story the dateline
    // country's (Actors/Countries/DatelineTie.HeadlineCountry).
    private static string? HeadlineOverDateline(AnalysisDocument document, TokenizedText tokenized, ActorExtractionResult actors, int dateline)
    {
        var lexicon = Lexicons.Lexicon.For(document.Options.LexiconText);
        return Actors.Countries.DatelineTie.HeadlineCountry(tokenized, lexicon, actors, dateline, document.DatelineStart) is { } headline
               && Actors.Countries.DatelineTie.PlacesOutnumber(actors, dateline, document.DatelineStart, headline)
            ? headline
            : null;
    }

    // A tie goes to the dateline's country when the body names it too (a place, a body, "Freedonian troops"):
    // "FREEDONIA CITY - ..." with Freedonia and Sylvania named once each is told from Freedonia. No country named
    // more often; a dateline alone is no evidence (Actors/Countries/DatelineTie).
    private static string? DatelineTie(AnalysisDocument document, TokenizedText tokenized, ActorExtractionResult actors, int dateline)
    {
        var country = actors.Actors[dateline].Country!;
        var counts = Events.StoryCountry.Count(actors, tokenized.Tokens[tokenized.Tokens.Length - 1].End, document.DatelineStart, out _);
        var own = counts != null && counts.TryGetValue(country, out var n) ? n + 1 : 1;
        return Actors.Countries.DatelineTie.NoneAbove(counts, own) && Actors.Countries.DatelineTie.NamedInBody(actors, dateline) ? country : null;
    }

    // "Germany to deport Afghan offenders" / "Germany deported 81 Afghan men to Afghanistan ...": an undatelined
    // story whose headline names one country only, named again in the lede, is that country's (its unqualified
    // ministers are that country's) though the body names the other side as often.
    private static string? HeadlineAndLede(TokenizedText tokenized, ActorExtractionResult actors)
    {
        var sentences = tokenized.Sentences;
        var lede = 0;
        while (lede < sentences.Length && sentences[lede].IsHeadline)
        {
            lede++;
        }

        if (lede == 0 || lede == sentences.Length)
        {
            return null;
        }

        var tokens = tokenized.Tokens;
        var inHeadline = Events.StoryCountry.Count(actors, tokens[sentences[lede - 1].EndToken - 1].End, -1, out _);
        if (inHeadline is not { Count: 1 })
        {
            return null;
        }

        var throughLede = Events.StoryCountry.Count(actors, tokens[sentences[lede].EndToken - 1].End, -1, out _)!;
        foreach (var named in inHeadline)
        {
            return throughLede[named.Key] > named.Value ? named.Key : null;
        }

        return null;
    }

    // An undatelined story naming a second country in passing ("bought by the UAE's ...") is still the first
    // country's when that one is named at least three times and twice as often as any other.
    private static bool Dominant(ActorExtractionResult actors, int end)
    {
        var counts = Events.StoryCountry.Count(actors, end, -1, out _);
        if (counts == null)
        {
            return false;
        }

        var (best, top, second) = Actors.Countries.CountryTally.Leader(counts);
        return best != null && top >= 3 && top >= 2 * second;
    }

    // Whether every place with a country lies in `country` ("Sylvania City, Freedonia" names Freedonia only as
    // the city's country, which the story count above does not see); other countries and capitals are in that count.
    private static bool PlacesIn(ActorExtractionResult actors, string country)
    {
        foreach (var a in actors.Actors)
        {
            if (a.Kind == ActorKind.Location && a.Country != null && a.Country != country && !Lexicons.Capitals.IsCountryOrCapital(a.Name, a.Country))
            {
                return false;
            }
        }

        return true;
    }
}
