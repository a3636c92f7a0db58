using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A business named in the possessive ("Quentin's said") keeps the possessive in its name (Resolve/PossessiveFormNames.cs).</summary>
public class PossessiveFormNameTests
{
    [Fact]
    public void A_possessive_before_a_verb_is_part_of_the_name_throughout()
    {
        var a = Run("Restaurant chain Quentin's said on Tuesday its quarterly sales rose 4 percent. Shares of Quentin's rose 2 percent in New York.");
        Assert.Equal(2, Exported(a).Count(x => x.Text == "Quentin's" && x.Kind == ActorKind.Organization));
        Assert.DoesNotContain(Exported(a), x => x.Text == "Quentin");
    }

    [Fact]
    public void A_possessive_name_conjoined_before_the_verb_shares_it()
    {
        var a = Run("Auction houses Tarvell's and Quentin's said on Monday that art sales slowed in the first half of the year.");
        Assert.Contains(Exported(a), x => x.Text == "Tarvell's" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "Quentin's" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_business_in_the_possessive_before_a_preposition_or_the_sentence_end_keeps_it()
    {
        var a = Run("She worked at McDonald's in Ohio for two years, and later we ate at Denny's.");
        Assert.Contains(Exported(a), x => x.Text == "McDonald's" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "Denny's" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void Conjoined_owners_of_one_noun_stay_owners()
    {
        var a = Run("Microsoft's and Google's engineers met in Dunmore.");
        Assert.Contains(Exported(a), x => x.Text == "Microsoft" && x.Kind == ActorKind.Organization);
        Assert.DoesNotContain(Exported(a), x => x.Text.EndsWith("'s"));
    }

    [Fact]
    public void A_possessive_before_a_noun_stays_an_owner()
    {
        var a = Run("Ana Ruiz's lawyer said on Tuesday the case would go to trial, and Ruiz's plans were not known.");
        Assert.Contains(Exported(a), x => x.Text == "Ana Ruiz" && x.Kind == ActorKind.Person);
        Assert.DoesNotContain(Exported(a), x => x.Text.EndsWith("'s"));
    }
}
