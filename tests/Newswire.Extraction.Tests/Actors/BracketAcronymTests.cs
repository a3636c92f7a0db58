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

    // Resolve/ParticleAcronymNames.cs: the acronym's letters join a name cut at its own language's particle.
    [Theory]
    [InlineData("The Samahan ng Magsasaka ng Visayas (SMV) marched on Thursday. The SMV said rice prices were too low.", "Samahan ng Magsasaka ng Visayas")]
    [InlineData("The Komisyon ng Halalang Pambansa (KHP) said on Monday the vote would go ahead in Mindanao.", "Komisyon ng Halalang Pambansa")]
    public void A_name_cut_at_a_particle_is_joined_by_its_acronym(string body, string name)
    {
        var a = Run(body);
        var org = Assert.Single(a.Actors, x => x.Name == name);
        Assert.Equal(ActorKind.Organization, org.Kind);
        Assert.DoesNotContain(a.Actors, x => x != org && x.Name.Length == 3 && x.Name == x.Name.ToUpperInvariant());
    }

    // Resolve/SyllableAcronymNames.cs: a short name made of the words' first syllables joins a name cut at particles.
    [Theory]
    [InlineData("The opposition Chama cha Wakulima na Wafugaji (Chawawa) said it would boycott the vote. Chawawa leaders were held.", "Chama cha Wakulima na Wafugaji", "Chawawa")]
    [InlineData("In Mombasa, the Jumuiya ya Wavuvi na Mabaharia (Juwama) said on Monday the port strike would go on.", "Jumuiya ya Wavuvi na Mabaharia", "Juwama")]
    public void A_name_cut_at_particles_is_joined_by_its_syllable_short_name(string body, string name, string shortName)
    {
        var a = Run(body);
        var org = Assert.Single(a.Actors, x => x.Name == name);
        Assert.Equal(ActorKind.Organization, org.Kind);
        Assert.Contains(shortName, org.Aliases);
        Assert.DoesNotContain(a.Actors, x => x != org && (x.Name == shortName || name.StartsWith(x.Name, System.StringComparison.Ordinal)));
    }

    // Resolve/AcronymLeadWords.cs: the acronym spells the capitalized words the name lost before it.
    [Fact]
    public void JoinAcronymLeadWords_the_acronym_brings_back_a_hyphenated_first_word()
    {
        var a = Run("Five militants were killed, the military's media wing, Inter-Services Public Relations (ISPR), said in a statement.");
        var wing = Assert.Single(a.Actors, x => x.Aliases.Contains("ISPR"));
        Assert.Equal("Inter-Services Public Relations", wing.Name);
        Assert.Equal(ActorKind.Organization, wing.Kind);
    }
}
