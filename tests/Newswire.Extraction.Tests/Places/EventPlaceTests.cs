using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Places;

/// <summary>Where an event happened, from its clause: not a place merely mentioned elsewhere in the sentence.</summary>
public class EventPlaceTests
{
    private static ExtractedActor? LocationOf(ExtractedArticle a, string agentName)
    {
        var e = a.Events.First(x => a.Actors[x.Agent].Name == agentName);
        return e.Location >= 0 ? a.Actors[e.Location] : null;
    }

    [Fact]
    public void A_place_behind_a_relative_clause_is_not_the_events()
    {
        var a = PlaceTestKit.Run("Poland demanded on Monday that Russia return the wreckage of the presidential plane that crashed near Smolensk, Foreign Minister Radoslaw Sikorski said.");
        Assert.Null(LocationOf(a, a.Actors[a.Events[0].Agent].Name));
    }

    [Fact]
    public void A_statement_made_in_a_city_happened_there()
    {
        var a = PlaceTestKit.Run("Iran rejected on Wednesday a demand by France, Germany and Britain to halt uranium enrichment, foreign ministry spokesman Nasser Kanaani said in Tehran.");
        var place = LocationOf(a, a.Actors[a.Events[0].Agent].Name);
        Assert.Equal("Tehran", place?.Name);
        Assert.True(place!.Place!.HasPoint);
    }

    [Fact]
    public void A_landmark_named_after_a_town_stands_at_that_town()
    {
        var a = PlaceTestKit.Run("The International Atomic Energy Agency said on Friday that its inspectors visited the Kursk nuclear power plant in Russia.");
        var kursk = a.Actors.FirstOrDefault(x => x.Name.StartsWith("Kursk", System.StringComparison.Ordinal));
        Assert.NotNull(kursk?.Place);
        Assert.Equal("RUS", kursk!.Place!.Country);
        Assert.True(kursk.Place.HasPoint);
        Assert.InRange(kursk.Place.Latitude!.Value, 51.0, 52.5); // Kursk: 51.73 N, 36.19 E
    }

    [Fact]
    public void The_dateline_places_an_event_with_no_place_in_its_sentence()
    {
        var a = PlaceTestKit.Run("MOSCOW, Oct 8 (Reuters) - Russia said on Tuesday it would expel two diplomats. The foreign ministry announced the decision.");
        var place = LocationOf(a, a.Actors[a.Events[0].Agent].Name);
        Assert.Equal("Moscow", place?.Name);
        Assert.Equal("RUS", place!.Place!.Country);
    }

    [Fact]
    public void A_visit_takes_the_place_it_went_to_with_coordinates()
    {
        var a = PlaceTestKit.Run("Indian Prime Minister Narendra Modi arrived in Moscow on Monday for a two-day official visit, his first trip to Russia in five years.");
        var place = LocationOf(a, "Narendra Modi");
        Assert.Equal("Moscow", place?.Name);
        Assert.InRange(place!.Place!.Latitude!.Value, 55.5, 56.0);
    }
}
