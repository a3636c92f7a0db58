using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>Nationalities of two words ("South Korean", "Sri Lankan") lead group phrases as one-word ones do.</summary>
public class TwoWordDemonymTests
{
    [Theory]
    [InlineData("South Korean police arrested five men on Monday.", "South Korean police", "KOR")]
    [InlineData("Sri Lankan troops fired on protesters on Monday.", "Sri Lankan troops", "LKA")]
    [InlineData("The agency said it was ready to help the Sri Lankan authorities.", "Sri Lankan authorities", "LKA")]
    [InlineData("Sierra Leonean police arrested five men on Monday.", "Sierra Leonean police", "SLE")]
    public void A_two_word_nationality_leads_its_group(string body, string group, string country)
    {
        // A state force of a country the story never names stands for that country (Actors/Finish/UnnamedCountryForces).
        var a = Run(body);
        Assert.DoesNotContain(a.Actors, x => x.Name == group);
        Assert.Single(a.Actors, x => x.Country == country && x.Kind == ActorKind.Location);
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Person);
    }

    [Fact]
    public void The_group_s_act_is_an_event_of_that_country()
    {
        var a = Run("South African police arrested five protesters in Durban on Monday.");
        var arrest = Assert.Single(a.Events, e => e.Code == "173");
        Assert.Equal("ZAF", a.Actors[arrest.Agent].Country);
    }

    [Theory]
    [InlineData("A Saudi Arabian delegation arrived in Nairobi on Monday.")]
    [InlineData("An Equatorial Guinean delegation arrived in Nairobi on Monday.")]
    public void A_two_word_nationality_the_old_lexicon_listed_as_a_place_is_no_place(string body)
    {
        var a = Run(body);
        Assert.DoesNotContain(a.Actors, x => x.Name.EndsWith("Arabian", System.StringComparison.Ordinal) || x.Name.EndsWith("Guinean", System.StringComparison.Ordinal));
    }
}
