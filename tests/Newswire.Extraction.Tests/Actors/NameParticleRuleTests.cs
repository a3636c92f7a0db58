using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// Person names with particles (JoinPersonNameParts' chained parts, SplitLexiconSurname, JoinGivenNamesBeforeParticles,
/// LinkParticleSurnames, NameNasabPersons, NameVanVonPersons, generation words), single names before an age (NameAgedPersons) and organizations named
/// before a description in apposition (NameApposedOrganizations) or before a class noun (NameOrganizationsBeforeClassNouns).
/// </summary>
public class NameParticleRuleTests
{
    [Fact]
    public void Particle_parts_chain_over_bin_and_an_article_surname()
    {
        var a = Run("The accord was signed in the capital, said a spokesman, Yousef bin Tariq al-Hamdani.");
        var person = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal("Yousef bin Tariq al-Hamdani", person.Name);
    }

    [Fact]
    public void De_la_is_one_particle_run()
    {
        var a = Run("Deputy Lucía Esperanza de la Vega Ortiz tabled the bill on Tuesday.");
        Assert.Contains(a.Actors, x => x.Kind == ActorKind.Person && x.Name == "Lucía Esperanza de la Vega Ortiz");
        Assert.DoesNotContain(a.Actors, x => x.Name == "Vega Ortiz" || x.Name == "Vega");
    }

    [Fact]
    public void La_alone_after_a_name_is_no_particle()
    {
        var a = Run("Fans of Marta Quinlan la Verde sang.");
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Person && x.Name.Contains(" la "));
    }

    [Fact]
    public void A_lexicon_surname_followed_by_particles_names_someone_else()
    {
        var a = Run("The project was approved, said an aide, Hassan bin Jaber al-Dosari.");
        var person = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal("Hassan bin Jaber al-Dosari", person.Name);
        Assert.Null(person.Country);
    }

    // Resolve/LexiconSurnameParts.cs: a title and given name the lexicon lists as an alias, going on over particles
    // into a different surname, is someone else.
    [Fact]
    public void A_lexicon_alias_of_a_title_and_given_name_followed_by_other_particle_parts_names_someone_else()
    {
        var a = Run("Sheikh Tamim bin Khalid al-Mansouri, a businessman from Doha, said the deal was signed on Sunday.");
        var person = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal("Tamim bin Khalid al-Mansouri", person.Name);
        Assert.Null(person.Country);
    }

    [Fact]
    public void A_given_name_the_tagger_missed_before_a_particle_joins_the_surname()
    {
        var a = Run("Finance director Joost-Pieter van Kessel said the plan was sound. \"We will pay,\" van Kessel said.");
        var person = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal("Joost-Pieter van Kessel", person.Name);
        Assert.Equal(2, person.Mentions.Count(m => a.Text.Substring(m.Start, m.Length).EndsWith("van Kessel")));
    }

    [Fact]
    public void A_given_name_the_tagger_missed_before_a_capitalized_particle_joins_the_surname()
    {
        var a = Run("French envoy Jean-Yves Le Kessel arrived in Beirut on Tuesday. Le Kessel met the speaker.");
        var person = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal("Jean-Yves Le Kessel", person.Name);
        Assert.Equal("FRA", person.Country);
    }

    [Fact]
    public void A_title_before_a_capitalized_particle_is_no_given_name()
    {
        var a = Run("President Le Kessel said no.");
        Assert.DoesNotContain(a.Actors, x => x.Name.StartsWith("President"));
    }

    [Fact]
    public void A_title_before_a_particle_is_no_given_name()
    {
        var a = Run("President de Marlowe said no.");
        Assert.DoesNotContain(a.Actors, x => x.Name.StartsWith("President"));
    }

    [Fact]
    public void A_capitalized_particle_surname_opening_a_sentence_names_the_person()
    {
        var a = Run("Harbour pilot Maarten van den Hoek said the channel was closed. Van den Hoek said ships would wait.");
        var person = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal("Maarten van den Hoek", person.Name);
        Assert.Contains(Exported(a), x => x.Text == "Van den Hoek" && x.Kind == ActorKind.Person);
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Location);
    }

    [Fact]
    public void An_article_surname_opening_a_sentence_names_the_person()
    {
        var a = Run("Transport Minister Samir Nabil al-Khatib opened the road. Al-Khatib said trucks would cross from Monday.");
        var person = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Contains(Exported(a), x => x.Text == "Al-Khatib" && x.Kind == ActorKind.Person);
        Assert.True(person.Mentions.Count >= 2);
    }

    [Fact]
    public void An_unread_one_word_name_before_a_company_description_is_an_organization()
    {
        var a = Run("Cobrelux, the state copper company, said output fell.");
        Assert.Contains(a.Actors, x => x.Kind == ActorKind.Organization && x.Name == "Cobrelux");
    }

    [Fact]
    public void A_name_in_its_own_language_before_a_description_is_named_in_full()
    {
        var a = Run("Banque de Marlovie, the central bank, held its rate.");
        Assert.Contains(a.Actors, x => x.Kind == ActorKind.Organization && x.Name == "Banque de Marlovie");
    }

    [Fact]
    public void A_common_word_before_a_description_is_no_organization()
    {
        var a = Run("Still, the state copper company, which is struggling, said output fell.");
        Assert.DoesNotContain(a.Actors, x => x.Name == "Still");
    }

    [Fact]
    public void A_name_chained_by_bin_is_one_person_whatever_the_tagger_read()
    {
        var a = Run("Both goals came from winger Tariq bin Saleh al-Mutairi on Friday.");
        var person = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal("Tariq bin Saleh al-Mutairi", person.Name);
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Location);
    }

    [Fact]
    public void An_occupation_opening_the_sentence_is_not_part_of_a_bin_name()
    {
        var a = Run("Goalkeeper Tariq bin Saleh saved two penalties.");
        Assert.Contains(a.Actors, x => x.Kind == ActorKind.Person && x.Name == "Tariq bin Saleh");
    }

    [Fact]
    public void Bin_between_lower_case_words_names_nobody()
    {
        var a = Run("Put the waste in the bin outside.");
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_single_name_before_an_age_in_commas_is_a_person()
    {
        var a = Run("Street vendor Wartini, 61, said the market had flooded twice this year.");
        Assert.Contains(a.Actors, x => x.Kind == ActorKind.Person && x.Name == "Wartini");
    }

    [Fact]
    public void A_weekday_or_a_number_out_of_age_range_is_no_aged_person()
    {
        var a = Run("On Friday, 40, the trucks left. The route, Highway 9, 300, was closed.");
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_name_between_the_and_a_class_noun_is_an_organization()
    {
        var a = Run("The minister said the Andean Rural Power company would run the grid.");
        Assert.Contains(a.Actors, x => x.Kind == ActorKind.Organization && x.Name == "Andean Rural Power");
    }

    [Fact]
    public void A_demonym_alone_or_a_product_before_a_class_noun_is_no_organization()
    {
        var a = Run("Shares in the Peruvian company fell, and the Lumora maker said sales were weak.");
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_syndicate_or_cooperative_is_an_organization_head()
    {
        var a = Run("Rafael Quintero, head of the Andean Bus Drivers Syndicate, said fares would rise.");
        Assert.Contains(a.Actors, x => x.Kind == ActorKind.Organization && x.Name == "Andean Bus Drivers Syndicate");
    }

    [Fact]
    public void Van_between_capitals_opens_a_person_name_the_tagger_missed()
    {
        var a = Run("Ships were waiting, said Henrike van der Zwaag. Van der Zwaag said losses were mounting.");
        var person = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal("Henrike van der Zwaag", person.Name);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void A_title_before_van_is_no_given_name()
    {
        var a = Run("Ships were waiting, said Minister van Zwaag.");
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Person && x.Name.StartsWith("Minister"));
    }

    [Fact]
    public void A_generation_word_closes_a_particle_surname()
    {
        var a = Run("Farmer Joaquim Pereira dos Santos Neto said the rains came late. Dos Santos Neto said he had lost half his crop.");
        var person = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal("Joaquim Pereira dos Santos Neto", person.Name);
        Assert.Equal(2, person.Mentions.Count(m => a.Text.Substring(m.Start, m.Length).EndsWith("Santos Neto")));
    }

    [Fact]
    public void A_portuguese_e_joins_two_surnames_after_a_particle()
    {
        var a = Run("The deal was reached late on Sunday, said Maria Fernanda de Souza e Silva.");
        Assert.Contains(a.Actors, x => x.Kind == ActorKind.Person && x.Name == "Maria Fernanda de Souza e Silva");
    }

    [Fact]
    public void A_given_name_joined_later_renames_an_actor_named_from_its_particle_surname()
    {
        var a = Run("Dutch official Marleen ter Horst said boats would be inspected. Ter Horst said inspections start in May.");
        var person = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal("Marleen ter Horst", person.Name);
        Assert.Equal(2, person.Mentions.Count);
    }
}
