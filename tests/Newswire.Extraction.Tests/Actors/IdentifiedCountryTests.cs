namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// "A Brazilian diplomat ... The diplomat, identified as consul Ana Lucia Ferraz": the nationality given with the noun
/// a sentence before is the named person's (Countries/IdentifiedCountry.cs).
/// </summary>
public class IdentifiedCountryTests
{
    [Theory]
    [InlineData("A Brazilian diplomat visited the detainees on Wednesday. The diplomat, identified as consul Ana Lucia Ferraz, said the miners would get lawyers.", "Ana Lucia Ferraz", "BRA")]
    [InlineData("A Zimbabwean trader was arrested at the market for selling without a licence, police said. The trader, identified as Tendai Moyo, was released on bail.", "Tendai Moyo", "ZWE")]
    [InlineData("A South African engineer was hurt in the blast. The engineer, identified as Pieter Botha, was flown to the capital.", "Pieter Botha", "ZAF")]
    public void The_person_identified_after_a_noun_takes_the_nationality_given_with_it(string body, string person, string country)
    {
        var a = Stories.Of("Mine raid", "GEORGETOWN, May 2 (Reuters) - " + body);
        Assert.Equal(country, Stories.Named(a, person).Country);
    }

    [Fact]
    public void Another_noun_gives_no_nationality()
    {
        var a = Stories.Of("Mine raid", "GEORGETOWN, May 2 (Reuters) - A Brazilian diplomat visited the detainees on Wednesday. The miner, identified as Carlos Lima, said he was well.");
        Assert.NotEqual("BRA", Stories.Named(a, "Carlos Lima").Country);
    }
}
