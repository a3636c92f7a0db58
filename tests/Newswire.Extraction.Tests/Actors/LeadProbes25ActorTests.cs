using System.Linq;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// Actors the lead probed in session 25: a portfolio of two parts joined by "and" before a title and a name is one
/// title (Propose/Chunker.cs PortfolioAndBeforeTitle: "Kenyan Trade and Industry Minister Lee Kinyanjui" is a Kenyan
/// minister, and "Kenyan Trade" is no place); a nationality of two words is no place.
/// </summary>
public class LeadProbes25ActorTests
{
    [Theory]
    [InlineData("Kenyan Trade and Industry Minister Lee Kinyanjui said the plan was ready.", "Lee Kinyanjui", "KEN")]
    [InlineData("Malaysian Plantation and Commodities Minister Johari Abdul Ghani said the plan was ready.", "Johari Abdul Ghani", "MYS")]
    [InlineData("Indonesia's Energy and Mineral Resources Minister Bahlil Lahadalia said exports would resume.", "Bahlil Lahadalia", "IDN")]
    public void The_holder_of_a_two_part_portfolio_has_the_country(string sentence, string name, string country)
    {
        var a = Stories.Of("Trade", sentence);
        var person = Stories.Named(a, name);
        Assert.Equal(ActorKind.Person, person.Kind);
        Assert.Equal(country, person.Country);
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Location && x.Name.EndsWith(" Trade", System.StringComparison.Ordinal));
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Location && x.Name.EndsWith(" Plantation", System.StringComparison.Ordinal));
    }

    // A country named with "and" keeps its own name before the title.
    [Fact]
    public void A_country_with_and_in_its_name_is_still_the_country()
    {
        var a = Stories.Of("Talks", "Trinidad and Tobago Prime Minister Kamla Persad-Bissessar met Guyana's president on Monday.");
        Assert.Equal("TTO", Stories.Named(a, "Kamla Persad-Bissessar").Country);
    }

    // Known names on either side of "and" are a pair, not a portfolio: "Pakistan" stays a place of its own.
    [Fact]
    public void Two_countries_before_a_title_stay_two_places()
    {
        var a = Stories.Of("Talks", "Trade between Pakistan and India Prime Minister Shehbaz Sharif said would grow.");
        Assert.Contains(a.Actors, x => x.Name == "Pakistan" && x.Kind == ActorKind.Location);
    }

    // Two titled persons joined by "and" stay two persons with their own countries.
    [Theory]
    [InlineData("Uzbek President Sardor Karimov and Kyrgyz President Almaz Sadykov signed an accord on Friday.", "Almaz Sadykov", "KGZ")]
    [InlineData("Japanese Prime Minister Hiroshi Tanabe and South Korean President Lee Sung-hoon agreed on Monday to meet again.", "Hiroshi Tanabe", "JPN")]
    [InlineData("Vladimir Putin and Foreign Minister Sergei Lavrov met the delegation in Moscow.", "Vladimir Putin", "RUS")]
    public void Two_titled_persons_joined_by_and_stay_apart(string sentence, string name, string country)
    {
        var a = Stories.Of("Talks", sentence);
        var person = Stories.Named(a, name);
        Assert.Equal(ActorKind.Person, person.Kind);
        Assert.Equal(country, person.Country);
    }

    // Resolve/TaggerNames.cs AddTagged: a nationality of two words ("Sri Lankan waters") is no place of its own.
    [Theory]
    [InlineData("The navy seized three Indian trawlers in Sri Lankan waters on Sunday.", "Sri Lankan")]
    [InlineData("The coast guard stopped a fishing boat in South African waters on Monday.", "South African")]
    public void A_two_word_nationality_is_no_place(string sentence, string demonym)
    {
        var a = Stories.Of("Fishing", sentence);
        Assert.DoesNotContain(a.Actors, x => x.Name == demonym);
    }

    // tools/lexicons/curated/organizations.tsv: armed groups are their country's, not the story's main country.
    [Theory]
    [InlineData("South African President Cyril Ramaphosa said Rwandan-backed M23 rebels had killed 14 South African peacekeepers in Goma.", "M23", "COD")]
    [InlineData("Ethiopia's army fought Fano militiamen in the Amhara region on Monday.", "Fano", "ETH")]
    [InlineData("Thai officials said the Arakan Army had seized the town of Maungdaw near the border.", "Arakan Army", "MMR")]
    public void An_armed_group_has_its_own_country(string sentence, string name, string country)
    {
        var a = Stories.Of("Conflict", sentence);
        var group = a.Actors.Single(x => x.Name == name || x.Aliases.Contains(name));
        Assert.Equal(ActorKind.Organization, group.Kind);
        Assert.Equal(country, group.Country);
    }

    // Countries/NameCountry.cs: a sentence's "The" before "US Embassy" hid the country word that owns the name.
    [Theory]
    [InlineData("The US Embassy in Astana said it was concerned by the detentions.", "US Embassy", "USA")]
    [InlineData("The U.S. Department of Agriculture said wheat prices rose in March.", "U.S. Department of Agriculture", "USA")]
    [InlineData("The Kenyan Embassy in Kampala issued a travel advisory on Friday.", "Kenyan Embassy", "KEN")]
    public void A_body_named_for_its_country_after_a_capital_The_has_that_country(string sentence, string name, string country)
    {
        var a = Stories.Of("Diplomacy", sentence);
        Assert.Equal(country, Stories.Named(a, name).Country);
    }
}
