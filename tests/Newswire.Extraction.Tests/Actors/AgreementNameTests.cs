using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A name headed by an agreement word is a treaty or a law, not an organization (Resolve/AgreementNames.cs).</summary>
public class AgreementNameTests
{
    [Fact]
    public void An_agreement_and_its_acronym_name_no_organization()
    {
        var a = Run("Marlovia and Freedonia signed a Comprehensive Economic Partnership Agreement (CEPA) on Friday, officials said. The CEPA will cut tariffs on beef and wheat.");
        Assert.DoesNotContain(Exported(a), x => x.Text.Contains("CEPA") || x.Text.Contains("Agreement"));
        Assert.Contains(Exported(a), x => x.Text == "Marlovia");
    }

    [Fact]
    public void A_body_defined_in_brackets_stays_an_organization()
    {
        var a = Run("The Harwick Rail Workers Union (HRWU) said on Friday the strike would go on. The HRWU has 4,000 members.");
        Assert.Contains(Exported(a), x => x.Text == "HRWU" && x.Kind == ActorKind.Organization);
    }
}
