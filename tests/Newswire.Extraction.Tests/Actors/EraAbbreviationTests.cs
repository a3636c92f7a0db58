using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>An era's letters next to a year are no name.</summary>
public class EraAbbreviationTests
{
    [Fact]
    public void Era_letters_after_a_year_are_no_organization()
    {
        var a = Run("Farmers settled the valley around 1200 BC, long before the town of Tarvello was built.");
        Assert.DoesNotContain(Exported(a), x => x.Text == "BC");
    }
}
