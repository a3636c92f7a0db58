using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>Mention spans and kinds in re3d style: what a name covers and which reading it gets.</summary>
public class MentionShapeTests
{
    [Fact]
    public void Plural_peoples_are_group_organizations_with_their_determiner()
    {
        var a = Run("Aid workers said Peruvians had crossed the border. The Chileans welcomed them, and all Turks were asked to help.");
        Assert.Equal(ActorKind.Organization, KindOf(a, "Peruvians"));
        Assert.Equal(ActorKind.Organization, KindOf(a, "The Chileans"));
        Assert.Equal(ActorKind.Organization, KindOf(a, "all Turks"));
        Assert.Equal("PER", a.Actors.Single(x => x.Name == "Peruvians").Country);
    }

    [Fact]
    public void Place_words_and_locating_states_shape_place_spans()
    {
        var a = Run("Convoys climbed Mount Kenya before reaching Camp Lemonnier and the Strait of Hormuz. "
                    + "Later they stopped at Kajaki Dam, Afghanistan, and at Smalltown, Ohio, before flying to Western Kenya.");
        Assert.Equal(ActorKind.Location, KindOf(a, "Mount Kenya"));
        Assert.Equal(ActorKind.Location, KindOf(a, "Camp Lemonnier"));
        Assert.Equal(ActorKind.Location, KindOf(a, "the Strait of Hormuz"));
        Assert.Equal(ActorKind.Location, KindOf(a, "Kajaki Dam, Afghanistan"));
        Assert.Equal(ActorKind.Location, KindOf(a, "Smalltown, Ohio"));
        Assert.Equal(ActorKind.Location, KindOf(a, "Western Kenya"));
    }

    [Fact]
    public void Line_ending_in_a_colon_is_body_text_not_a_heading()
    {
        var a = ArticleExtractor.Extract("t.txt", "Test headline for the article\n\nHealth Minister, Ivo Testov Marin, said:\n\nThe clinics will reopen next week.");
        var p = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal("Ivo Testov Marin", p.Name);
    }

    [Fact]
    public void Numbered_units_keep_their_ordinal()
    {
        var a = Run("Crews from the 93rd Air Mobility Wing joined 4th Battalion on Monday. The 12th ESB arrived later.");
        Assert.Equal(ActorKind.Organization, KindOf(a, "the 93rd Air Mobility Wing"));
        Assert.Equal(ActorKind.Organization, KindOf(a, "4th Battalion"));
        Assert.Equal(ActorKind.Organization, KindOf(a, "The 12th ESB"));
    }

    [Fact]
    public void Organization_with_a_role_noun_describes_a_person()
    {
        var a = Run("Adm. Ria Holm, Pacific Fleet commander, visited the port. A Treasury Department spokesman declined to comment. "
                    + "Brig. Tomas Berg, commander of the Northern Task Group, joined her.");
        var holm = a.Actors.Single(x => x.Name == "Ria Holm");
        Assert.Contains("Pacific Fleet commander", holm.Mentions.Select(m => a.Text.Substring(m.Start, m.Length)));
        Assert.Equal(ActorKind.Person, KindOf(a, "A Treasury Department spokesman"));
        var berg = a.Actors.Single(x => x.Name == "Tomas Berg");
        Assert.Contains("commander of the Northern Task Group", berg.Mentions.Select(m => a.Text.Substring(m.Start, m.Length)));
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Organization && x.Name.Contains("Pacific Fleet"));
    }

    [Fact]
    public void Organization_used_as_a_modifier_is_still_mentioned()
    {
        var a = Run("Drones hit Hezbollah weapons depots overnight, and NATO aircraft patrolled the border.");
        Assert.Equal(ActorKind.Organization, KindOf(a, "Hezbollah"));
        Assert.Equal(ActorKind.Organization, KindOf(a, "NATO"));
    }

    [Fact]
    public void Office_with_no_named_holder_is_still_a_person()
    {
        var a = Run("The Health Secretary announced new funding on Monday. Hospitals welcomed the plan, and the Health Secretary said more would follow.");
        var office = a.Actors.Single(x => x.Name == "Health Secretary");
        Assert.Equal(ActorKind.Person, office.Kind);
        Assert.Equal(2, office.Mentions.Count);
    }

    [Fact]
    public void Counter_and_anti_words_open_one_organization_name()
    {
        var a = Run("Envoys met members of the Counter ISIL Coalition in Rome. The 30-member Counter-Daesh Coalition will meet again, "
                    + "while the Anti-Smuggling Bureau and the Counter Narcotics Task Force reported arrests. Police attended Counter-IED training.");
        Assert.Equal(ActorKind.Organization, KindOf(a, "the Counter ISIL Coalition"));
        Assert.Equal(ActorKind.Organization, KindOf(a, "Counter-Daesh Coalition"));
        Assert.Equal(ActorKind.Organization, KindOf(a, "the Anti-Smuggling Bureau"));
        Assert.Equal(ActorKind.Organization, KindOf(a, "the Counter Narcotics Task Force"));
        Assert.DoesNotContain(All(a), x => x.Text == "Coalition" || x.Text == "ISIL" || x.Text.Contains("Counter-IED"));
        Assert.Single(a.Actors, x => x.Mentions.Any(m => a.Text.Substring(m.Start, m.Length).EndsWith("Coalition")));
    }

    [Fact]
    public void Country_before_its_own_known_organization_joins_its_span()
    {
        var a = Run("The U.S. Department of Defense confirmed the visit, and staff at the U.K. Ministry of Defence welcomed it.");
        Assert.Equal(ActorKind.Organization, KindOf(a, "The U.S. Department of Defense"));
        Assert.Equal(ActorKind.Organization, KindOf(a, "the U.K. Ministry of Defence"));
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Location);
        Assert.Equal("USA", a.Actors.Single(x => x.Mentions.Any(m => a.Text.Substring(m.Start, m.Length).Contains("Department"))).Country);
    }

    [Fact]
    public void Unnamed_office_of_an_organization_is_that_organization_with_its_country()
    {
        // The office holder's phrase names the body (Finish/LexiconMembers), as "a Harwick Front spokesman" is the
        // Harwick Front when the article names it (Finish/OrganizationMembers).
        var a = Run("The statement was read out by the Kremlin press secretary on Friday.");
        var office = Assert.Single(a.Actors, x => x.Name == "Kremlin");
        Assert.Equal(ActorKind.Organization, office.Kind);
        Assert.Equal("RUS", office.Country);
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Person);
    }
}
