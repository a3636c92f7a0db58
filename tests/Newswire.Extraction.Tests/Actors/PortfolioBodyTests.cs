using System.Linq;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// A body named for the place it deals with ("Nepal Affairs Bureau") belongs to the country that owns it in the text,
/// not to the place in its name (Countries/ActorCountries.cs, OfficeCountry.IsPortfolioBody).
/// </summary>
public class PortfolioBodyTests
{
    [Theory]
    [InlineData("India's Nepal Affairs Bureau said on Friday that the border would reopen.", "Nepal Affairs Bureau", "IND")]
    [InlineData("Greece's Cyprus Affairs Council said on Monday it would send a delegation.", "Cyprus Affairs Council", "GRC")]
    public void A_possessive_owner_wins_over_the_portfolio_place(string body, string name, string country)
    {
        var a = Run(body);
        Assert.Equal(country, a.Actors.Single(x => x.Name == name).Country);
    }

    [Fact]
    public void A_body_without_an_owner_keeps_its_place()
    {
        var a = Run("The Cyprus Affairs Council said on Monday it would send a delegation.");
        Assert.NotEqual("GRC", a.Actors.Single(x => x.Name == "Cyprus Affairs Council").Country);
    }
}
