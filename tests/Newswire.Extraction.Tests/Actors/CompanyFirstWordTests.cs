using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// A company named again by the word before its company heads ("Harlow" after "Harlow Energy") is that company, not a
/// person or a second organization (Link/CompanyFirstWords.cs).
/// </summary>
public class CompanyFirstWordTests
{
    [Theory]
    [InlineData("Ghana signed a deal with Harlow Energy on Tuesday. Harlow said it would drill two wells.")]
    [InlineData("Ghana signed a deal with Harlow Energy on Tuesday. The minister signed it with Harlow vice president Laura Bennett in Accra.")]
    public void The_first_word_of_a_company_is_the_company(string body)
    {
        var a = Run(body);
        var company = Assert.Single(a.Actors, x => x.Name == "Harlow Energy");
        Assert.Equal(ActorKind.Organization, company.Kind);
        Assert.Contains("Harlow", company.Aliases);
        Assert.DoesNotContain(a.Actors, x => x.Name == "Harlow");
    }

    [Fact]
    public void Two_companies_of_one_word_keep_it_apart()
    {
        var a = Run("Harlow Energy signed the deal with Harlow Mining on Tuesday. Harlow said it would drill two wells.");
        Assert.Contains(a.Actors, x => x.Name == "Harlow Energy");
        Assert.Contains(a.Actors, x => x.Name == "Harlow Mining");
        Assert.DoesNotContain(a.Actors, x => x.Name == "Harlow Energy" && x.Aliases.Contains("Harlow"));
    }

    [Theory]
    [InlineData("The ruling Harambee Party won the by-election on Saturday. Harambee has governed since 1990.", "Harambee Party", "Harambee")]
    [InlineData("The Tiwala Movement held a rally in the capital on Sunday. Tiwala has called for early elections.", "Tiwala Movement", "Tiwala")]
    public void The_first_word_of_a_party_is_the_party(string body, string party, string shortName)
    {
        var a = Run(body);
        var org = Assert.Single(a.Actors, x => x.Name == party);
        Assert.Contains(shortName, org.Aliases);
        Assert.DoesNotContain(a.Actors, x => x.Name == shortName);
    }
}
