using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>Names written with accents the lexicon spells without, and place names joined by a lower-case particle.</summary>
public class AccentAndParticleTests
{
    [Theory]
    [InlineData('ã', 'a')]
    [InlineData('É', 'E')]
    [InlineData('ğ', 'g')]
    [InlineData('ç', 'c')]
    [InlineData('ø', 'o')]
    [InlineData('ł', 'l')]
    [InlineData('a', 'a')]
    [InlineData('ß', 'ß')]
    [InlineData('й', 'й')]
    [InlineData('’', '’')]
    public void A_latin_letter_folds_to_its_base_letter(char c, char expected) => Assert.Equal(expected, Diacritics.Fold(c));

    [Fact]
    public void A_span_folds_only_when_it_has_accents()
    {
        Assert.True(Diacritics.TryFold("Presidente Inácio", 11, 6, out var folded));
        Assert.Equal("Inacio", folded);
        Assert.False(Diacritics.TryFold("Inacio", 0, 6, out _));
    }

    [Fact]
    public void Keys_are_the_same_with_and_without_accents() =>
        Assert.Equal(ActorKeys.For(ActorKind.Person, "Luiz Inacio Lula da Silva"), ActorKeys.For(ActorKind.Person, "Luiz Inácio Lula da Silva"));

    [Fact]
    public void A_lexicon_person_written_with_accents_is_found_and_keeps_the_article_spelling()
    {
        var a = Run("President Luiz Inácio Lula da Silva said he would fly to the region on Wednesday.");
        var lula = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal("Luiz Inácio Lula da Silva", lula.Name);
        Assert.Equal("BRA", lula.Country);
        Assert.Contains("Luiz Inacio Lula da Silva", lula.Aliases);
        Assert.Contains("President", lula.Roles);
    }

    [Fact]
    public void A_name_in_capitals_does_not_become_the_spelling()
    {
        var a = Run("LULA DA SILVA met Ana Ruiz. Luiz Inacio Lula da Silva said talks went well.");
        Assert.Contains(a.Actors, x => x.Name == "Luiz Inacio Lula da Silva");
    }

    [Fact]
    public void A_place_goes_on_over_a_particle_when_the_gazetteer_knows_the_longer_name()
    {
        var a = Run("Floods hit Mato Grosso do Sul and Rio Grande do Sul on Monday.");
        Assert.Contains(Exported(a), x => x.Text == "Mato Grosso do Sul" && x.Kind == ActorKind.Location);
        Assert.Contains(Exported(a), x => x.Text == "Rio Grande do Sul" && x.Kind == ActorKind.Location);
        Assert.DoesNotContain(Exported(a), x => x.Text == "Sul" || x.Text == "Rio Grande");
    }

    [Fact]
    public void A_place_does_not_go_on_over_a_particle_into_an_unknown_name()
    {
        var a = Run("Floods hit Rio Grande de Harwickia on Monday.");
        Assert.DoesNotContain(Exported(a), x => x.Text == "Rio Grande de Harwickia");
    }

    [Fact]
    public void A_place_after_a_place_noun_and_of_goes_on_over_a_particle_into_an_unknown_name()
    {
        // "Lobito" alone is a known town elsewhere; here it is only the end of the name.
        var a = Run("Rebels seized the town of Marsak do Lobito on Tuesday.");
        Assert.Contains(Exported(a), x => x.Text == "Marsak do Lobito" && x.Kind == ActorKind.Location);
        Assert.DoesNotContain(Exported(a), x => x.Text == "Lobito" || x.Text == "Marsak");
    }

    [Fact]
    public void A_person_shaped_name_the_gazetteer_knows_as_a_sizable_town_is_that_place()
    {
        var a = Run("Leaders met in Santiago de Compostela. Maria da Costa Ferreira said the talks went well.");
        Assert.Contains(Exported(a), x => x.Text == "Santiago de Compostela" && x.Kind == ActorKind.Location);
        Assert.Contains(Exported(a), x => x.Text == "Maria da Costa Ferreira" && x.Kind == ActorKind.Person);
    }

    [Fact]
    public void Two_person_names_joined_by_a_particle_are_one_person_named_again_by_the_second_part()
    {
        var a = Run("Maria da Costa Ferreira said the talks went well. Later, Costa Ferreira left. Pieter van der Berg agreed.");
        var maria = Assert.Single(a.Actors, x => x.Name == "Maria da Costa Ferreira");
        Assert.Equal(ActorKind.Person, maria.Kind);
        Assert.Equal(2, maria.Mentions.Count);
        Assert.Contains(a.Actors, x => x.Name == "Pieter van der Berg" && x.Kind == ActorKind.Person);
        Assert.DoesNotContain(a.Actors, x => x.Name == "Maria" || x.Name == "Costa Ferreira");
    }
}
