using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>An organization after "&lt;role&gt; of" is named in its own right beside the person's description.</summary>
public class RoleComplementNameTests
{
    [Fact]
    public void The_organization_of_a_role_is_exported_as_a_name_beside_the_description()
    {
        var a = Run("He served as president of the Harwick Society of Engineers. She was the leader of the Green Renewal Movement.");
        var society = Assert.Single(a.Actors, x => x.Name == "Harwick Society of Engineers");
        Assert.Equal(ActorKind.Organization, society.Kind);
        Assert.Contains(society.Mentions, m => m.Form == MentionForm.Name && a.Text.Substring(m.Start, m.Length) == "Harwick Society of Engineers");
        Assert.Equal(ActorKind.Organization, Assert.Single(a.Actors, x => x.Name == "Green Renewal Movement").Kind);

        // The description stays the person's.
        Assert.Contains(a.Actors, x => x.Kind == ActorKind.Person && x.Mentions.Any(m => a.Text.Substring(m.Start, m.Length) == "leader of the Green Renewal Movement"));
    }

    [Fact]
    public void An_apposed_holder_keeps_the_description_and_the_organization_is_named()
    {
        var a = Run("Ana Ruiz, chairwoman of the Ruritanian Farmers Union, said prices had fallen.");
        Assert.Equal(ActorKind.Organization, Assert.Single(a.Actors, x => x.Name == "Ruritanian Farmers Union").Kind);
        var ruiz = Assert.Single(a.Actors, x => x.Name == "Ana Ruiz");
        Assert.Contains(ruiz.Mentions, m => a.Text.Substring(m.Start, m.Length) == "chairwoman of the Ruritanian Farmers Union");
    }

    [Fact]
    public void The_bracketed_acronym_after_it_is_the_same_organization()
    {
        var a = Run("Tomas Berg, spokesman of the Vexland Disaster Relief Agency (VDRA), said rescuers were searching. The VDRA sent tents.");
        var agency = Assert.Single(a.Actors, x => x.Name == "Vexland Disaster Relief Agency");
        Assert.Contains(agency.Mentions, m => a.Text.Substring(m.Start, m.Length) == "VDRA");
        Assert.DoesNotContain(a.Actors, x => x.Name == "VDRA");
    }

    [Fact]
    public void An_organization_before_the_role_only_qualifies_it()
    {
        var a = Run("A Harwick Rail Board spokesman said trains would run.");
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Organization && x.Name == "Harwick Rail Board");
    }
}
