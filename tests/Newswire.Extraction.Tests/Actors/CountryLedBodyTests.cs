using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A word before a country's name that opens a body named with it (Resolve/CountryLedBodies.cs).</summary>
public class CountryLedBodyTests
{
    [Fact]
    public void A_sport_before_a_country_names_its_federation()
    {
        var a = Run("Athletics Kenya banned the runner for four years. The decision by Swimming Australia angered coaches.");
        var kenya = a.Actors.Single(x => x.Name == "Athletics Kenya");
        Assert.Equal(ActorKind.Organization, kenya.Kind);
        Assert.Equal("KEN", kenya.Country);
        Assert.Equal(ActorKind.Organization, KindOf(a, "Swimming Australia"));
        Assert.DoesNotContain(a.Actors, x => x.Name == "Kenya" || x.Name == "Australia");
    }

    [Fact]
    public void An_unknown_name_before_a_country_is_a_national_arm()
    {
        var a = Run("Analysts said Vexmoor Egypt raised prices again, and shares of Quillon India fell.");
        Assert.Equal(ActorKind.Organization, KindOf(a, "Vexmoor Egypt"));
        Assert.Equal("IND", a.Actors.Single(x => x.Name == "Quillon India").Country);
    }

    [Fact]
    public void Openers_and_regimes_leave_the_country()
    {
        var a = Run("In Britain the vote was close. Historians said Nazi Germany signed the pact.");
        Assert.Equal(ActorKind.Location, KindOf(a, "Britain"));
        Assert.Equal(ActorKind.Location, KindOf(a, "Germany"));
        Assert.DoesNotContain(a.Actors, x => x.Name.StartsWith("Nazi", System.StringComparison.Ordinal));
    }
}
