using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// Companies named like a person or a rank and a surname ("Philip Morris", "General Mills") are organizations the
/// lexicon knows (tools/lexicons/curated/organizations.tsv), with their home countries from companies.tsv.
/// </summary>
public class PersonNamedCompanyTests
{
    [Theory]
    [InlineData("General Mills said it would build a flour plant in Kenya.", "General Mills", "USA")]
    [InlineData("Buyers including Philip Morris paid more for leaf this year.", "Philip Morris", "USA")]
    [InlineData("Lockheed Martin won the contract on Monday.", "Lockheed Martin", "USA")]
    [InlineData("JOHANNESBURG, May 4 (Wire) - Rolls-Royce signed an engine maintenance deal with the national carrier on Monday.", "Rolls-Royce", "GBR")]
    public void A_person_named_company_is_an_organization(string body, string name, string country)
    {
        var a = Run(body);
        var c = Assert.Single(a.Actors, x => x.Name == name);
        Assert.Equal(ActorKind.Organization, c.Kind);
        Assert.Equal(country, c.Country);
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Person);
    }
}
