using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A word before a country's name that opens a body named with it (Resolve/CountryLedBodies.cs).</summary>
public class CountryLedBodyTests
{
    [Fact]
    public void An_unknown_name_before_a_country_is_a_national_arm()
    {
        var a = Run("Analysts said Vexmoor Egypt raised prices again, and shares of Quillon India fell.");
        var egypt = a.Actors.Single(x => x.Name == "Vexmoor Egypt");
        Assert.Equal(ActorKind.Organization, egypt.Kind);
        Assert.Equal("EGY", egypt.Country);
        Assert.DoesNotContain(a.Actors, x => x.Name == "Egypt");
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
