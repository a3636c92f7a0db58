using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A company named for its founder keeps the owner and the possessive in its name (Resolve/PossessiveCompanyNames.cs).</summary>
public class PossessiveCompanyNameTests
{
    [Fact]
    public void A_legal_form_after_a_possessive_makes_one_company()
    {
        var a = Run("Shares of Brelik's Holdings Ltd fell on Monday, and Quentin's Pizza Inc. said it would close stores.");
        Assert.Contains(Exported(a), x => x.Text == "Brelik's Holdings Ltd" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "Quentin's Pizza Inc." && x.Kind == ActorKind.Organization);
        Assert.DoesNotContain(Exported(a), x => x.Text == "Quentin");
    }

    [Fact]
    public void An_owner_read_alone_goes_on_over_the_company_word()
    {
        var a = Run("The station was founded by electrical company Halloran's Limited, which ran it for years.");
        Assert.Contains(Exported(a), x => x.Text == "Halloran's Limited" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_place_that_owns_a_body_stays_a_place()
    {
        var a = Run("Officials said Norway's Energy Group would build the plant near Bergen.");
        Assert.Contains(Exported(a), x => x.Text == "Energy Group" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_body_named_for_the_people_it_serves_keeps_them()
    {
        var a = Run("The Dunmore Farmers' Union marched on Monday. The Workers' Party of Dunmore lost seats.");
        Assert.Contains(Exported(a), x => x.Text == "Dunmore Farmers' Union" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "Workers' Party of Dunmore" && x.Kind == ActorKind.Organization);
    }
}
