using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>"Kenyan mobile operator Safaricom": a nationality and a kind of business before a name describe a company.</summary>
public class DescribedCompaniesTests
{
    [Theory]
    [InlineData("Chinese telecom giant Huawei signed a deal with Kenyan mobile operator Safaricom on Monday.", "Safaricom", "KEN")]
    [InlineData("Chinese telecom giant Huawei signed a deal with Kenyan mobile operator Safaricom on Monday.", "Huawei", "CHN")]
    public void A_name_after_a_nationality_and_a_business_noun_is_a_company(string body, string name, string country)
    {
        var actor = Assert.Single(Run(body).Actors, x => x.Name == name);
        Assert.Equal(ActorKind.Organization, actor.Kind);
        Assert.Equal(country, actor.Country);
    }

    [Fact]
    public void A_business_noun_without_a_nationality_names_nothing()
    {
        Assert.DoesNotContain(Run("The operator Monday said the network was down.").Actors, x => x.Name == "Monday");
    }
}
