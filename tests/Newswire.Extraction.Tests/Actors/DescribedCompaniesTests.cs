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

    [Theory]
    [InlineData("The bid was backed by mining giant Korvale and by budget carrier Skyvento Aviation, sources said.", "Korvale")]
    [InlineData("The bid was backed by mining giant Korvale and by budget carrier Skyvento Aviation, sources said.", "Skyvento Aviation")]
    [InlineData("Mining giant Korvale said output rose.", "Korvale")]
    public void A_name_after_a_modified_business_noun_is_a_company(string body, string name)
    {
        var actor = Assert.Single(Run(body).Actors, x => x.Name == name);
        Assert.Equal(ActorKind.Organization, actor.Kind);
    }

    [Theory]
    [InlineData("The operator Monday said the network was down.", "Monday")]
    [InlineData("On the plus side Harwick played well.", "Harwick")]
    [InlineData("The aircraft carrier FS Harwick docked at the port on Monday.", "FS Harwick")]
    public void A_business_noun_without_a_nationality_names_no_weekday_ship_or_side(string body, string name)
    {
        Assert.DoesNotContain(Run(body).Actors, x => x.Name == name && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_given_name_after_a_modified_business_noun_is_no_company()
    {
        Assert.DoesNotContain(Run("The music producer George Halvorsen said the album was ready.").Actors, x => x.Kind == ActorKind.Organization);
    }
}
