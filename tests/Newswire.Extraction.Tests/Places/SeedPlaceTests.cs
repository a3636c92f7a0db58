using System.IO;
using System.Linq;
using Newswire.Extraction.Model;
using Newswire.Extraction.Tests.Layout;

namespace Newswire.Extraction.Tests.Places;

/// <summary>The seed articles' places: right country, and a point within 25 km of the real place.</summary>
public class SeedPlaceTests
{
    private static ExtractedArticle Seed(string name) => ArticleExtractor.Extract(name, File.ReadAllText(SeedLayoutTests.SeedPath(name)));

    // Reference coordinates (WGS84) of the places themselves; the Akorda is the presidential palace in Astana.
    [Theory]
    [InlineData("000_da12225e125254bc.txt", "Rostov-on-Don", "RUS", PlaceKind.City, 47.2357, 39.7015)]
    [InlineData("000_da12225e125254bc.txt", "Astana", "KAZ", PlaceKind.Capital, 51.1694, 71.4491)]
    [InlineData("000_da12225e125254bc.txt", "Akorda", "KAZ", PlaceKind.Landmark, 51.1256, 71.4462)]
    [InlineData("000_da12225e125254bc.txt", "Moscow", "RUS", PlaceKind.Capital, 55.7558, 37.6173)]
    [InlineData("003_357100b6db8c9786.txt", "Moscow", "RUS", PlaceKind.Capital, 55.7558, 37.6173)]
    [InlineData("003_357100b6db8c9786.txt", "Dushanbe", "TJK", PlaceKind.Capital, 38.5598, 68.7870)]
    [InlineData("003_357100b6db8c9786.txt", "Kursk Oblast", "RUS", PlaceKind.Admin1, 51.73, 36.19)]
    public void Seed_place_has_country_and_point(string file, string name, string country, PlaceKind kind, double lat, double lon)
    {
        var place = PlaceTestKit.Actor(Seed(file), name).Place;
        Assert.NotNull(place);
        Assert.Equal(country, place!.Country);
        Assert.Equal(kind, place.Kind);
        Assert.True(place.HasPoint);
        var km = PlaceTestKit.Km(lat, lon, place.Latitude!.Value, place.Longitude!.Value);
        Assert.True(km <= 25 || kind == PlaceKind.Admin1 && km <= 100, name + " is " + km.ToString("0") + " km off");
    }

    [Theory]
    [InlineData("000_da12225e125254bc.txt", "Kazakhstan", "KAZ")]
    [InlineData("000_da12225e125254bc.txt", "Russia", "RUS")]
    [InlineData("003_357100b6db8c9786.txt", "Tajikistan", "TJK")]
    [InlineData("003_357100b6db8c9786.txt", "Ukraine", "UKR")]
    [InlineData("003_357100b6db8c9786.txt", "North Korea", "PRK")]
    public void Seed_country_is_a_country_with_a_point(string file, string name, string country)
    {
        var place = PlaceTestKit.Actor(Seed(file), name).Place;
        Assert.Equal(PlaceKind.Country, place!.Kind);
        Assert.Equal(country, place.Country);
        Assert.True(place.HasPoint);
    }

    [Theory]
    [InlineData("000_da12225e125254bc.txt", "Eurasia")]
    [InlineData("003_357100b6db8c9786.txt", "Central Asia")]
    [InlineData("003_357100b6db8c9786.txt", "Eastern Europe")]
    [InlineData("003_357100b6db8c9786.txt", "Arctic")]
    public void Seed_region_has_a_kind_and_no_point(string file, string name)
    {
        var place = PlaceTestKit.Actor(Seed(file), name).Place;
        Assert.Equal(PlaceKind.Region, place!.Kind);
        Assert.Null(place.Country);
        Assert.False(place.HasPoint);
    }

    [Fact]
    public void Seed_events_have_the_coordinates_of_their_place()
    {
        var a = Seed("000_da12225e125254bc.txt");
        var located = a.Events.Where(e => e.Location >= 0).Select(e => a.Actors[e.Location]).ToList();
        Assert.Contains(located, x => x.Name == "Rostov-on-Don" && x.Place!.HasPoint);
        Assert.Contains(located, x => x.Name == "Astana" && x.Place!.HasPoint);
        Assert.All(located, x => Assert.NotNull(x.Place));
    }
}
