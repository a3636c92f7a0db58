using System.Linq;
using Newswire.Extraction;
using Newswire.Extraction.Actors;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>One actor per real actor in an article (Link/Identities.cs and the rules it runs).</summary>
public class ArticleIdentityTests
{
    private static ExtractedActor Owner(ExtractedArticle a, string span) =>
        Assert.Single(a.Actors, x => x.Mentions.Any(m => a.Text.Substring(m.Start, m.Length) == span));

    [Theory]
    [InlineData("Ada Brelik, the chief negotiator for the dock workers, met employers on Monday. \"We are close,\" Ada told reporters after the meeting.", "Ada", "Ada Brelik")]
    [InlineData("Tomas Verhaal opened the new bridge on Friday. Crowds cheered as Tomas cut the ribbon.", "Tomas", "Tomas Verhaal")]
    public void GivenNames_a_lone_given_name_is_the_one_person_with_it(string body, string lone, string full)
    {
        var a = Run(body);
        Assert.Equal(full, Owner(a, lone).Name);
        Assert.Contains(lone, Owner(a, lone).Aliases);
    }

    // Arabic surnames are named again without their article (Link/GivenNames.cs, HasArticleNameWord).
    [Theory]
    [InlineData("Oil Minister Karim Abdul Jabbar al-Saedi said on Monday that exports would resume. Saedi told a news conference the deal was fair.", "Saedi", "Karim Abdul Jabbar al-Saedi")]
    [InlineData("Army chief General Osman Hamid el-Tayeb met the envoy in Port Sudan. Tayeb said the army would not negotiate.", "Tayeb", "Osman Hamid el-Tayeb")]
    public void GivenNames_an_arabic_surname_without_its_article_is_the_person(string body, string lone, string full)
    {
        var a = Run(body);
        Assert.Equal(full, Owner(a, lone).Name);
    }

    // Malay, Arabic and Ethiopian names are named again by their leading words (Link/ShortPersonNames.cs).
    [Theory]
    [InlineData("Former minister Ahmad Faizal Osman was charged on Wednesday. Ahmad Faizal, 61, pleaded not guilty.", "Ahmad Faizal", "Ahmad Faizal Osman")]
    [InlineData("Opposition leader Berhanu Tesfaye Gebre told a rally in the capital that the vote was rigged. Berhanu Tesfaye said he would appeal.", "Berhanu Tesfaye", "Berhanu Tesfaye Gebre")]
    public void ShortPersonNames_the_leading_words_are_the_full_name(string body, string lone, string full)
    {
        var a = Run(body);
        Assert.Equal(full, Owner(a, lone).Name);
    }

    // Resolve/Persons.cs, RegisterPersonWords: a double surname's first part names the person alone.
    [Fact]
    public void PersonWords_the_first_of_two_surnames_is_the_person()
    {
        var a = Run("Opposition candidate María Fernanda Cedeño Vélez said on Monday that the vote was rigged.\n\nCedeño, a lawyer, demanded a recount.");
        Assert.Equal("María Fernanda Cedeño Vélez", Owner(a, "Cedeño").Name);
    }

    // Link/GivenNames.cs, LoneWord: a title and one word read whole is that word alone.
    [Fact]
    public void GivenNames_a_title_and_a_given_name_is_the_one_person_with_it()
    {
        var a = Run("Crown Prince Faisal bin Khalid bin Abdulaziz received the envoy on Wednesday.\n\nThe envoy met Prince Faisal later. Prince Faisal said talks went well.");
        Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
    }

    // A headline names the body by its country, the story by the demonym: one actor (Link/CountryWordNames.cs).
    [Fact]
    public void CountryWordNames_country_led_and_demonym_led_bodies_are_one()
    {
        var a = ArticleExtractor.Extract("t.txt", "Cameroon troops kill separatist fighters\n\nYAOUNDE, May 9 (Wire) - Cameroonian troops killed seven separatist fighters in the Northwest region on Wednesday, the army said.");
        var troops = Owner(a, "Cameroonian troops");
        Assert.Same(troops, Owner(a, "Cameroon troops"));
    }

    [Fact]
    public void CountryWordNames_another_country_s_body_stays_apart()
    {
        var a = ArticleExtractor.Extract("t.txt", "Cameroon troops kill separatist fighters\n\nYAOUNDE, May 9 (Wire) - Nigerian troops killed seven fighters near the border on Wednesday, the army said.");
        Assert.NotSame(Owner(a, "Nigerian troops"), Owner(a, "Cameroon troops"));
    }

    [Fact]
    public void GivenNames_two_people_with_the_word_leave_it_alone()
    {
        var a = Run("Ada Brelik and Ada Morrow met employers on Monday. Ada told reporters the talks went well.");
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Person && x.Aliases.Contains("Ada"));
    }

    [Fact]
    public void LocatedInPlaces_the_place_named_alone_is_the_located_place()
    {
        var a = Run("Storms hit Marlow, Texas, on Sunday. Residents of Marlow said the river rose by a metre.");
        var marlow = a.Actors.Where(x => x.Name.StartsWith("Marlow")).ToList();
        var place = Assert.Single(marlow);
        Assert.Equal(ActorKind.Location, place.Kind);
        Assert.Contains("Marlow", place.Aliases);
    }

    [Fact]
    public void InitialsAcronyms_the_letters_after_the_are_the_organization()
    {
        var a = Run("The Victorian Tidal Records Office published new figures on Tuesday. Officials at the VTRO said the sea had risen.");
        Assert.Equal("Victorian Tidal Records Office", Owner(a, "VTRO").Name);
    }

    [Fact]
    public void NameAliases_every_short_form_is_an_alias()
    {
        var a = Run("Harlan Dunmore won the vote in Kestrel Bay on Sunday. Dunmore thanked his supporters.");
        Assert.Contains("Dunmore", Owner(a, "Harlan Dunmore").Aliases);
    }

    [Fact]
    public void ShortPersonNames_initials_or_a_dropped_middle_name_are_the_full_name()
    {
        var a = Run("Jonas K. Oberlin, a deputy governor, said the bank would wait. J. K. Oberlin later said the forecast was cautious.");
        Assert.Equal("Jonas K. Oberlin", Owner(a, "J. K. Oberlin").Name);
    }

    [Theory]
    [InlineData("J. K. Oberlin", "Jonas K. Oberlin", true)]
    [InlineData("Jonas Oberlin", "Jonas K. Oberlin", true)]
    [InlineData("J Oberlin", "Jonas Oberlin", true)]
    [InlineData("Jonas K. Oberlin", "Jonas K. Oberlin", false)]   // the name itself
    [InlineData("M. Oberlin", "Jonas K. Oberlin", false)]         // another initial
    [InlineData("Marta Oberlin", "Jonas Oberlin", false)]         // another given name
    [InlineData("Jonas Brelik", "Jonas K. Oberlin", false)]       // another surname
    public void ShortPersonNames_fit(string shortName, string fullName, bool expected) =>
        Assert.Equal(expected, ShortNames.IsShortPersonName(shortName, fullName));

    [Fact]
    public void OrganizationShortForms_the_name_without_its_place_is_the_organization()
    {
        var a = Run("The Freedonia Revenue Authority said tax receipts rose. Tomas Verhaal said the Revenue Authority would publish details next week.");
        Assert.Equal("Freedonia Revenue Authority", Owner(a, "Revenue Authority").Name);
    }

    // The country acting as a state ("Congo accused ...") was merged into a mission named for it.
    [Fact]
    public void OrganizationShortForms_a_country_acting_as_a_state_is_no_short_form_of_a_body_named_for_it()
    {
        var a = Run("Congo accused Rwanda of backing the rebels. MONUSCO said its troops had exchanged fire with them.");
        Assert.Equal("COD", Owner(a, "Congo").Country);
        Assert.NotEqual(Owner(a, "Congo"), Owner(a, "MONUSCO"));
    }

    [Theory]
    [InlineData("Revenue Authority", "Freedonia Revenue Authority", true)]
    [InlineData("Central Bank", "Central Bank of Freedonia", true)]
    [InlineData("Democratic Party", "Freedonian Democratic Party", true)]
    [InlineData("Bank", "Central Bank", true)]                          // one word: the caller skips it
    [InlineData("Revenue Authority", "Revenue Authority", false)]
    [InlineData("Central Bank", "Central Banking Board", false)]       // not a word boundary
    [InlineData("Authority", "Revenue Authority Board", false)]
    [InlineData("The Harwick Institute", "Harwick Institute of Arts", true)]
    [InlineData("The Scout Association", "Freedonia Scout Association", false)] // a full name of its own
    public void OrganizationShortForms_fit(string shortName, string fullName, bool expected) =>
        Assert.Equal(expected, ShortNames.IsShortOrganizationName(shortName, fullName));

    [Fact]
    public void AliasNames_an_actor_named_by_another_actors_alias_is_that_actor()
    {
        var a = Run("The Harwick Tidal Board (HTB) met on Monday. HTB officials said the sea had risen. The HTB will meet again in May.");
        Assert.Equal("Harwick Tidal Board", Owner(a, "HTB").Name);
    }
}
