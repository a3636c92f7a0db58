using System.Linq;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>An acronym defined in brackets after an organization's name is that organization throughout the article.</summary>
public class BracketAcronymTests
{
    [Theory]
    [InlineData("Inflation fell, the Kenya National Bureau of Harbour Works (KNBHW) said. KNBHW said fuel prices rose.", "KNBHW")]
    [InlineData("The Ghana Office of Tidal Records (GOTR) said the sea rose. GOTR said it would publish more data.", "GOTR")]
    public void The_acronym_is_a_mention_of_the_named_organization(string body, string acronym)
    {
        var a = Run(body);
        var owners = a.Actors.Where(x => x.Mentions.Any(m => a.Text.Substring(m.Start, m.Length) == acronym)).ToList();
        var owner = Assert.Single(owners);
        Assert.True(owner.Name.Length > acronym.Length, owner.Name);
        Assert.Contains(acronym, owner.Aliases);
    }
}
