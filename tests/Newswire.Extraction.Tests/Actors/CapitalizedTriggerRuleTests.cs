using Newswire.Extraction;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// Rules that visit only the capitalized words or the possessives of an article (Actors/TokenTriggers.cs) instead of
/// every token: names several times in one text, right after one another, and at the text's last word.
/// </summary>
public class CapitalizedTriggerRuleTests
{
    private const string Body =
        "TUNIS, May 2 (AP) - Jawhar Ben Mbarek and Ridha Ben Salah Gharbi were convicted on Friday. Amira Ben Youssef said "
        + "the court ignored the defence. Do Thi Lan Anh met the lawyers. Shares of Kelantan Sawit Holdings Bhd rose, the "
        + "Harbour Times said, according to the Coastal Courier. Investors bought Rheintal Turbinenbau GmbH";

    // MaghrebBenNames after a name it made goes on from the word after it; the next "Ben" name is still read.
    [Theory]
    [InlineData("Jawhar Ben Mbarek")]
    [InlineData("Ridha Ben Salah Gharbi")]
    [InlineData("Amira Ben Youssef")]
    [InlineData("Do Thi Lan Anh")]
    public void Persons_of_the_capitalized_word_rules_are_read(string name)
    {
        var a = Stories.Of("Trial", Body);
        Assert.Equal(ActorKind.Person, Stories.Named(a, name).Kind);
    }

    // LegalFormNames reads a legal form as the text's very last word; OutletFrames reads "the X said" and "according to the X".
    [Theory]
    [InlineData("Kelantan Sawit Holdings Bhd")]
    [InlineData("Rheintal Turbinenbau GmbH")]
    [InlineData("Harbour Times")]
    [InlineData("Coastal Courier")]
    public void Organizations_of_the_capitalized_word_rules_are_read(string name)
    {
        var a = Stories.Of("Trial", Body);
        Assert.Equal(ActorKind.Organization, Stories.Named(a, name).Kind);
    }
}
