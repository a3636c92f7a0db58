using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A one-word name of the built-in company table is an organization of its home country when named alone.</summary>
public class KnownCompanyNameTests
{
    [Fact]
    public void A_lone_table_company_is_an_organization_of_its_country()
    {
        var a = Run("JOHANNESBURG, March 3 (Wire) - Glencore said on Tuesday it would cut 300 jobs at a coal mine. Trafigura declined to comment.");
        var glencore = a.Actors.Single(x => x.Name == "Glencore");
        Assert.Equal(ActorKind.Organization, glencore.Kind);
        Assert.Equal("CHE", glencore.Country);
        Assert.Contains(a.Actors, x => x.Name == "Trafigura" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_table_word_inside_a_longer_capitalized_run_is_left_to_that_name()
    {
        var a = Run("Repsol Sinopec Resources said on Monday its output fell.");
        Assert.DoesNotContain(Exported(a), x => x.Text == "Repsol");
    }

    // A table name the training text also writes in lower case ("canon", "shell") is no company on the table alone.
    [Theory]
    [InlineData("He bought a Canon last year and never used it.", "Canon")]
    [InlineData("Prices of Shell rose on Monday.", "Shell")]
    public void A_table_name_that_is_also_a_common_word_needs_more_than_the_table(string body, string name)
    {
        var a = Run(body);
        Assert.DoesNotContain(a.Actors, x => x.Name == name);
    }
}
