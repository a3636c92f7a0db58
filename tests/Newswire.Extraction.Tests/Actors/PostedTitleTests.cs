using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// A title whose complement is a place before the holder's name (Propose/PostedTitles): "Ambassador to Kenya Hamdi
/// Rasul" is the ambassador Hamdi Rasul, not a body "Kenya Hamdi Rasul"; "Governor of Lagos State Ivo Marek" is Ivo
/// Marek, not "State Ivo Marek".
/// </summary>
public class PostedTitleTests
{
    [Theory]
    [InlineData("Egyptian Ambassador to Kenya Hamdi Rasul said trade would double this year.", "Hamdi Rasul", "EGY")]
    [InlineData("The talks were opened by Japanese Envoy to Ghana Kenji Mori on Monday.", "Kenji Mori", "JPN")]
    public void An_ambassador_to_a_country_is_the_person_after_it(string body, string person, string country)
    {
        var a = Run(body);
        var p = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal(person, p.Name);
        Assert.Equal(country, p.Country);
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Organization);
    }

    [Theory]
    [InlineData("Governor of Lagos State Ivo Marek said the ports would expand.", "Ivo Marek")]
    [InlineData("Governor of Kavango Region Petrus Hamutenya said the river was rising.", "Petrus Hamutenya")]
    [InlineData("Governor of Osh Province Bakyt Sadykov said the border was calm.", "Bakyt Sadykov")]
    public void A_governor_of_a_division_is_the_person_after_its_division_word(string body, string person)
    {
        var a = Run(body);
        var p = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal(person, p.Name);
        Assert.Contains(p.Roles, r => r.StartsWith("Governor of", System.StringComparison.Ordinal));
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Organization);
    }

    [Theory]
    [InlineData("Secretary of State Marta Quinlan arrived in Nairobi on Monday.", "Marta Quinlan")]
    [InlineData("The envoy met Minister of Energy Paulo Mendes on Monday.", "Paulo Mendes")]
    public void Other_title_complements_are_read_as_before(string body, string person)
    {
        var a = Run(body);
        Assert.Equal(person, Assert.Single(a.Actors, x => x.Kind == ActorKind.Person).Name);
    }

    [Fact]
    public void An_ambassador_to_a_country_without_a_name_names_no_person()
    {
        var a = Run("Kenya said the Ambassador to Kenya would be recalled.");
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Person && x.Name.Contains("Kenya"));
        Assert.Contains(a.Actors, x => x.Name == "Kenya" && x.Kind == ActorKind.Location);
    }

    // "Chief of Army Staff": the staff is the office's, not the first word of the holder's name.
    [Fact]
    public void A_chief_of_a_services_staff_is_the_person_after_it()
    {
        var a = Run("Chief of Army Staff Taoreed Lagbaja said the troops would stay in the state.");
        var p = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal("Taoreed Lagbaja", p.Name);
        Assert.Contains("Chief of Army Staff", p.Roles);
    }

    // "X, the new Foreign Minister, said": a tenure word between "the" and the title keeps the apposition.
    [Theory]
    [InlineData("Olufemi Oluyede, the new Foreign Minister, told senators the talks would resume.", "Foreign Minister")]
    [InlineData("Olufemi Oluyede, the new Chief of Defence Staff, told senators the army would act.", "Chief of Defence Staff")]
    public void A_title_after_a_tenure_word_in_apposition_is_the_persons_role(string body, string role)
    {
        var a = Run(body);
        var p = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal("Olufemi Oluyede", p.Name);
        Assert.Contains(role, p.Roles);
    }

    // A chargé d'affaires is a diplomat's title: the nationality before it is the person's.
    [Theory]
    [InlineData("Estonian Charge d'Affaires Riho Kruuv was summoned to the ministry on Wednesday.")]
    [InlineData("Estonian charge d'affaires Riho Kruuv was summoned to the ministry on Wednesday.")]
    public void A_charge_daffaires_takes_the_nationality_before_the_title(string body)
    {
        var a = Run(body);
        var p = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal("Riho Kruuv", p.Name);
        Assert.Equal("EST", p.Country);
    }
}
