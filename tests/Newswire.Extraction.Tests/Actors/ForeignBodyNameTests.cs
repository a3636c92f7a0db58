using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>Parties and bodies named in their own language are one organization each (Resolve/ForeignBodyNames.cs).</summary>
public class ForeignBodyNameTests
{
    [Theory]
    [InlineData("The Movimiento al Socialismo won the vote in La Paz.", "Movimiento al Socialismo")]
    [InlineData("Leaders of the Partido dos Trabalhadores met in Brasilia.", "Partido dos Trabalhadores")]
    [InlineData("The Frente Amplio said it would join the talks.", "Frente Amplio")]
    [InlineData("His party, the Pakistan Tehreek-e-Insaf, condemned the arrest.", "Pakistan Tehreek-e-Insaf")]
    [InlineData("Jamaat-e-Islami said it would march on Friday.", "Jamaat-e-Islami")]
    [InlineData("The Rassemblement National gained seats.", "Rassemblement National")]
    [InlineData("The Partido de la Revolución Democrática lost seats.", "Partido de la Revolución Democrática")]
    public void A_run_with_a_foreign_body_head_is_one_organization(string body, string name)
    {
        var a = Run(body);
        Assert.Contains(Exported(a), x => x.Text == name && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_head_word_alone_or_an_english_head_is_left_to_the_other_rules()
    {
        var a = Run("Officials said the Partido would decide later. Carlos Frente spoke to reporters.");
        Assert.DoesNotContain(Exported(a), x => x.Text == "Partido");
        Assert.Contains(Exported(a), x => x.Text == "Carlos Frente" && x.Kind == ActorKind.Person);
    }

    [Fact]
    public void Companies_and_charities_named_in_their_own_language_are_one_organization()
    {
        var a = Run("Officials at Petroleos de Venezuela said output fell. Banco do Brasil reported a profit, and Medecins Sans Frontieres said clinics were full.");
        Assert.Contains(Exported(a), x => x.Text == "Petroleos de Venezuela" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "Banco do Brasil" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "Medecins Sans Frontieres" && x.Kind == ActorKind.Organization);
    }
}
