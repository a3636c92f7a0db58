using System.Linq;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>An all-caps word spelled by the initials of an organization the article names is that organization.</summary>
public class InitialsAcronymTests
{
    [Theory]
    [InlineData("The Pakistan Tehreek-e-Insaf party rejected the result on Monday. PTI leaders said they would protest.", "PTI", "Pakistan Tehreek-e-Insaf")]
    [InlineData("The Harwick Tidal Survey Board published its figures. HTSB said the sea rose by a metre.", "HTSB", "Harwick Tidal Survey Board")]
    public void The_letters_name_the_spelled_out_organization(string body, string acronym, string name)
    {
        var a = Run(body);
        var owner = Assert.Single(a.Actors, x => x.Mentions.Any(m => a.Text.Substring(m.Start, m.Length) == acronym));
        Assert.Equal(name, owner.Name);
    }

    [Fact]
    public void A_lexicon_organization_named_in_full_keeps_its_letters()
    {
        // Two bodies with the same letters: the one the article spells out under its own name keeps them.
        var a = Run("The Press Trust of India reported the vote. The Pakistan Tehreek-e-Insaf party rejected it. PTI said more.");
        Assert.Equal(2, a.Actors.Count(x => x.Name is "Press Trust of India" or "Pakistan Tehreek-e-Insaf"));
    }
}
