using System.Collections.Generic;
using Newswire.Extraction.Dataset;

namespace Newswire.Extraction.Tests.Model;

/// <summary>Which aliases may find an actor across the whole dataset.</summary>
public class AliasRulesTests
{
    [Theory]
    [InlineData("the President", "Vladimir Putin")]
    [InlineData("The President", "Luiz Inacio Lula da Silva")]
    [InlineData("the minister", "Andrei Belousov")]
    [InlineData("the Russian leader", "Vladimir Putin")]
    [InlineData("he", "Vladimir Putin")]
    [InlineData("His", "Vladimir Putin")]
    [InlineData("officials", "Tajik officials")]
    [InlineData("", "X")]
    public void Descriptions(string alias, string name) => Assert.True(AliasRules.IsDescription(alias, name));

    [Theory]
    [InlineData("Putin", "Vladimir Putin")]
    [InlineData("CIS", "Commonwealth of Independent States")]
    [InlineData("the Kremlin", "Kremlin")]                  // the name with an article
    [InlineData("The Kremlin", "Kremlin")]
    [InlineData("Iwaya", "Takeshi Iwaya")]
    public void Names(string alias, string name) => Assert.False(AliasRules.IsDescription(alias, name));

    [Theory]
    [InlineData("Iwaya", "Takeshi Iwaya", true)]
    [InlineData("Lula da Silva", "Luiz Inacio Lula da Silva", true)]
    [InlineData("Takeshi Iwaya", "Takeshi Iwaya", false)]                 // the name itself
    [InlineData("Japanese Foreign Minister Takeshi Iwaya", "Takeshi Iwaya", false)] // longer, with a title
    [InlineData("Minister", "Takeshi Iwaya", false)]                      // not a word of the name
    [InlineData("the minister", "Takeshi Iwaya", false)]
    [InlineData("da Silva", "Luiz Inacio Lula da Silva", false)]          // starts lower case
    public void ShortForms(string form, string name, bool expected) => Assert.Equal(expected, AliasRules.IsShortForm(form, name));

    [Fact]
    public void Unambiguous_DropsDescriptionsSharedAliasesAndOtherActorsNames()
    {
        var names = new[] { "Vladimir Putin", "Luiz Inacio Lula da Silva", "John Smith", "Jane Smith", "Georgia" };
        var candidates = new List<IEnumerable<string>>
        {
            new[] { "Putin", "the President", "the Russian leader" },
            new[] { "Lula", "The President" },
            new[] { "Smith" },
            new[] { "Smith", "Georgia" },
            new string[0],
        };
        var map = AliasRules.Unambiguous(names, candidates);
        Assert.Equal(0, map["putin"]);
        Assert.Equal(1, map["Lula"]);
        Assert.False(map.ContainsKey("the President"));
        Assert.False(map.ContainsKey("The President"));
        Assert.False(map.ContainsKey("the Russian leader"));
        Assert.False(map.ContainsKey("Smith"));   // two actors claim it
        Assert.False(map.ContainsKey("Georgia")); // another actor's name
        Assert.Equal(2, map.Count);
    }
}
