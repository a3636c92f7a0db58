using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A body named by two words joined by "and" is one name (Resolve/ConjoinedOrganizationNames.cs).</summary>
public class ConjoinedOrganizationNameTests
{
    [Fact]
    public void Two_joined_words_before_a_party_head_are_its_name()
    {
        var a = Run("The Justice and Development Party said it won. Leaders of the Peace and Democracy Party met in Ankara.");
        Assert.Contains(Exported(a), x => x.Text == "Justice and Development Party" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "Peace and Democracy Party" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_name_of_its_own_and_a_demonym_before_and_stay_apart()
    {
        var a = Run("Reuters and Associated Press reported it. The pilots flew with a combined Dutch and Australian Squadron in 1943.");
        Assert.Contains(Exported(a), x => x.Text == "Associated Press" && x.Kind == ActorKind.Organization);
        Assert.DoesNotContain(Exported(a), x => x.Text == "Dutch and Australian Squadron");
    }

    [Fact]
    public void A_name_the_tagger_missed_before_a_bank_is_not_joined()
    {
        var a = Run("Kessavo and Equity Bank shares gained on Monday.");
        Assert.DoesNotContain(Exported(a), x => x.Text == "Kessavo and Equity Bank");
    }

    [Theory]
    [InlineData("Indonesia's Maritime Affairs and Fisheries Ministry said it would free the crew.", "Maritime Affairs and Fisheries Ministry")]
    [InlineData("Zambia's Energy and Mines Ministry issued new licences on Monday.", "Energy and Mines Ministry")]
    public void Portfolio_words_joined_before_a_ministry_are_its_name(string text, string name) =>
        Assert.Contains(Exported(Run(text)), x => x.Text == name && x.Kind == ActorKind.Organization);

    [Fact]
    public void Two_bodies_read_as_one_name_across_and_are_two()
    {
        var a = Run("The company gave money to charities such as the Harwick Foundation and Open Commons last year. "
                    + "He thanked the Ministry of Trade and Industry.");
        Assert.Contains(Exported(a), x => x.Text == "Harwick Foundation" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "Open Commons" && x.Kind == ActorKind.Organization);
        Assert.DoesNotContain(Exported(a), x => x.Text == "Harwick Foundation and Open Commons");
        Assert.Contains(Exported(a), x => x.Text == "Ministry of Trade and Industry" && x.Kind == ActorKind.Organization);
    }
}
