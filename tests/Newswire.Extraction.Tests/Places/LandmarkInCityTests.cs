using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Places;

/// <summary>
/// "the Orlando Stadium in Johannesburg": a landmark whose own name holds a town of another country stands in the city
/// named right after "in", and takes that city's country (PlaceResolver.CityRightAfter).
/// </summary>
public class LandmarkInCityTests
{
    [Theory]
    [InlineData("Namibia beat Cameroon at the Orlando Stadium in Johannesburg on Tuesday.", "Orlando Stadium", "ZAF")]
    [InlineData("Talks took place at the Sydney Conference Centre in Colombo on Monday.", "Sydney Conference Centre", "LKA")]
    public void A_landmark_in_a_named_city_takes_that_citys_country(string sentence, string name, string country)
    {
        var a = ArticleExtractor.Extract("t.txt", "Briefing\n\nWINDHOEK, May 3 (AFP) - " + sentence);
        var place = a.Actors.Single(x => x.Name == name);
        Assert.Equal(country, place.Country);
        Assert.Equal(PlaceKind.Landmark, place.Place!.Kind);
    }
}
