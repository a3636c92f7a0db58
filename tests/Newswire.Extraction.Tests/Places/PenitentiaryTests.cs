using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Places;

/// <summary>
/// "the Litoral penitentiary in Guayaquil": a penitentiary is a landmark of the story's city, and a same-named small
/// province of a country the story never names gives it no country (PlaceWords.Landmarks, PlaceResolver.Score).
/// </summary>
public class PenitentiaryTests
{
    [Fact]
    public void A_penitentiary_named_for_a_foreign_province_stands_in_the_storys_city()
    {
        var a = ArticleExtractor.Extract("t.txt", "Ecuador retakes prison\n\nQUITO, May 3 (AFP) - Inmates rioted in the Litoral penitentiary in Guayaquil, the prison authority said.");
        var place = a.Actors.Single(x => x.Name == "Litoral");
        Assert.Equal("ECU", place.Country);
    }
}
