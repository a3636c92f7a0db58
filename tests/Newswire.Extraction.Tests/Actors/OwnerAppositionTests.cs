using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>"Name, Country's title": the name is a person of that country, not a place located in it (Resolve/OwnerAppositions.cs).</summary>
public class OwnerAppositionTests
{
    [Theory]
    [InlineData("Ada Brelik, Kenya's finance minister, said the budget was balanced.", "Ada Brelik", "KEN")]
    [InlineData("Tomas Verhaal, Peru's ambassador to Chile, said talks would resume.", "Tomas Verhaal", "PER")]
    [InlineData("Priya Raman, India's chief economic adviser, said growth would stay strong.", "Priya Raman", "IND")]
    public void The_name_before_the_owned_title_is_a_person(string body, string name, string country)
    {
        var a = Run(body);
        var person = Assert.Single(a.Actors, x => x.Name == name);
        Assert.Equal(ActorKind.Person, person.Kind);
        Assert.Equal(country, person.Country);
        Assert.DoesNotContain(a.Actors, x => x.Name.StartsWith(name + ","));
    }

    // Actors/Countries/OwnerCountry.cs: the owner before a post is read past the post's "to <name>" complement.
    [Theory]
    [InlineData("Kenya's ambassador to the UN, Ada Brelik, said the talks had failed.")]
    [InlineData("Kenya's envoy to the African Union, Ada Brelik, said the talks had failed.")]
    public void The_owner_of_a_post_to_a_body_is_the_person_s_country(string body)
    {
        var a = Run(body);
        Assert.Equal("KEN", Assert.Single(a.Actors, x => x.Name == "Ada Brelik").Country);
    }

    [Fact]
    public void A_city_described_by_its_country_stays_a_place()
    {
        var a = Run("Vellmar, Peru's second-largest city, hosted the summit.");
        Assert.Equal(ActorKind.Location, KindOf(a, "Vellmar"));
    }
}
