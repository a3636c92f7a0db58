using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// A name the tagger has never seen after a country's possessive is a company of that country when it shows a sign of
/// one (an acronym or digit, "which" after it, the word again before a title); an unknown two-word "person" followed
/// by "which" is a company (Resolve/CountryOwnedCompanies.cs).
/// </summary>
public class CountryOwnedCompanyTests
{
    [Theory]
    [InlineData("Officials said Denmark's MKT and Norway's Fjordline2 would bid for the port.", "MKT", "Fjordline2")]
    [InlineData("The deal with Kenya's Brelikor, which buys much of the crop, was signed. Talks with Chile's Korvantix, which sells tea, failed.", "Brelikor", "Korvantix")]
    public void The_name_after_the_possessive_is_a_company_of_the_country(string body, string first, string second)
    {
        var a = Run(body);
        Assert.Contains(a.Actors, x => x.Name == first && x.Kind == ActorKind.Organization);
        Assert.Contains(a.Actors, x => x.Name == second && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void The_company_takes_the_owners_country()
    {
        var a = Run("Romania's Hidrovolta agreed on Friday to buy two wind farms. Hidrovolta chief executive Ion Marin-Popa said the farms would add power.");
        Assert.Contains(a.Actors, x => x.Name == "Hidrovolta" && x.Kind == ActorKind.Organization && x.Country == "ROU");
    }

    [Fact]
    public void A_person_after_the_possessive_stays_a_person()
    {
        var a = Run("Canada's Eugenie Bouchard-Lamarre won on Monday, and Kenya's Kipchoge-Rono said he would run.");
        Assert.DoesNotContain(a.Actors, x => x.Name.StartsWith("Eugenie") && x.Kind == ActorKind.Organization);
        Assert.DoesNotContain(a.Actors, x => x.Name == "Kipchoge-Rono" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void An_unknown_name_followed_by_which_is_a_company()
    {
        var a = Run("Fondul Proprietatea, which owns 20 percent of the company, backed the purchase.");
        Assert.Contains(a.Actors, x => x.Name == "Fondul Proprietatea" && x.Kind == ActorKind.Organization);
    }
}
