using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>"Qantas said it would cut jobs": a lone unknown word speaking of itself as "it" is an organization (Resolve/SpeakingCompanies.cs).</summary>
public class SpeakingCompanyTests
{
    [Theory]
    [InlineData("SYDNEY, Aug 14 (Reuters) - Qantas said it would cut 400 engineering jobs in Sydney and Melbourne.", "Qantas")]
    [InlineData("Korvalia said its Scarborough gas project in the west was on schedule.", "Korvalia")]
    public void A_lone_word_that_says_it_is_an_organization(string body, string name)
    {
        var a = Run(body);
        Assert.Equal(ActorKind.Organization, Assert.Single(a.Actors, x => x.Name == name).Kind);
    }

    [Theory]
    [InlineData("Opposition leader Ana Korvalia criticised the plan. Korvalia said it would hurt farmers.", "Ana Korvalia")]
    [InlineData("Interior Minister Korvalia said it was too early to lift the curfew.", "Korvalia")]
    public void A_named_or_titled_person_stays_a_person(string body, string name)
    {
        var a = Run(body);
        Assert.Equal(ActorKind.Person, Assert.Single(a.Actors, x => x.Name == name).Kind);
    }
}
