using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A capitalized "City of" before a place is in the place's name (ActorExtractor.ExtendCityOfPlaces).</summary>
public class CityOfNameTests
{
    [Fact]
    public void City_of_a_known_place_is_one_place_name()
    {
        var a = Run("Throughout the century, the City of Cleveland was ranked among the largest cities in the region.");
        Assert.Contains(("City of Cleveland", ActorKind.Location), Exported(a));
        Assert.DoesNotContain(Exported(a), x => x.Text == "Cleveland");
        Assert.Equal("Cleveland", a.Actors.Single(x => x.Kind == ActorKind.Location).Name);
    }

    [Fact]
    public void A_lower_case_city_of_stays_outside_the_name()
    {
        var a = Run("Crowds filled the streets of the city of Cleveland on Sunday after the final.");
        Assert.Contains(("Cleveland", ActorKind.Location), Exported(a));
        Assert.DoesNotContain(Exported(a), x => x.Text == "city of Cleveland");
    }
}
