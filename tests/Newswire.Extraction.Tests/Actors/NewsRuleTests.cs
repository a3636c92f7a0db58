using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// The rules the news check's tune part asked for, each on invented copy through the whole pipeline: names with
/// surname particles or two surnames (<c>Resolve/PersonNameParts</c>), a dateline's ambiguous capital
/// (<c>Countries/DatelineCapital</c>), the one country of an undatelined story's places
/// (<c>Countries/PlacesCountry</c>) and large companies' home countries (curated lexicon).
/// </summary>
public class NewsRuleTests
{
    private static ExtractedArticle Story(string body) => ArticleExtractor.Extract("story.txt", "Regional briefing\n\n" + body + "\n");

    private static ExtractedActor? Named(ExtractedArticle a, string name) => a.Actors.FirstOrDefault(x => x.Name == name);

    [Theory]
    [InlineData("Researcher Ana Beltrán de Souza said the vaccine worked well in trials.", "Ana Beltrán de Souza")]
    [InlineData("Omar Haddad al-Rashid, the oil minister, said the deal would be signed in May.", "Omar Haddad al-Rashid")]
    [InlineData("Rosa Elena Quintero Vidal told lawmakers the bank would act with caution.", "Rosa Elena Quintero Vidal")]
    public void A_person_name_runs_through_its_particles_and_surnames(string body, string name)
    {
        var a = Story(body);
        Assert.Equal(ActorKind.Person, Named(a, name)?.Kind);
        Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_name_the_tagger_split_joins_though_its_last_words_name_the_person_again()
    {
        var a = Story("Opposition politician Bougane Gueye Dany was jailed for six months on Tuesday. Gueye Dany's party called the verdict a coup.");
        var person = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal("Bougane Gueye Dany", person.Name);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void A_body_name_opening_with_a_person_noun_stays_a_body()
    {
        var a = Story("The National Unity Front won 40 seats on Sunday, and Student Union leaders called for calm.");
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_dateline_capital_the_lexicon_leaves_open_gives_the_story_its_country()
    {
        var a = Story("SANTIAGO, May 4 (Wire) - Chile's copper exports fell in April. Finance Minister Rodrigo Alvear said the government would keep its spending plan.");
        Assert.Equal("CHL", Named(a, "Rodrigo Alvear")?.Country);
    }

    [Fact]
    public void An_undatelined_story_whose_places_lie_in_one_country_gives_it_to_its_people()
    {
        var a = Story("The High Court in Nairobi on Tuesday froze the assets of a former official. Lawyer Amos Kiprotich told "
            + "the court his client had bought the land in Eldoret and Nakuru with a loan.");
        Assert.Equal("KEN", Named(a, "Amos Kiprotich")?.Country);
    }

    [Fact]
    public void An_undatelined_story_with_places_in_two_countries_alike_gives_none()
    {
        var a = Story("The court in Nairobi on Tuesday froze the assets of a former official. Lawyer Amos Kiprotich told "
            + "the court his client had bought the land in Eldoret and flats in London and Manchester.");
        Assert.Null(Named(a, "Amos Kiprotich")?.Country);
    }

    [Fact]
    public void An_undatelined_story_told_mostly_in_one_country_gives_it_even_when_it_names_another()
    {
        var a = Story("The Peasants Alliance rallied in Kisumu on Tuesday. Organizer Amos Kiprotich told the crowd in Kisumu that "
            + "farmers in Eldoret and Nakuru had not been paid, and that a buyer in London owed them money. The Nakuru "
            + "County Council said it would meet the alliance.");
        Assert.Equal("KEN", Named(a, "Amos Kiprotich")?.Country);
        Assert.Equal("KEN", Named(a, "Peasants Alliance")?.Country);
    }

    [Fact]
    public void A_ministry_named_by_a_list_of_fields_is_one_body()
    {
        var a = Story("Exports rose 12 percent in May, according to the Ministry of Land, Transport and Maritime Affairs.");
        Assert.Equal(ActorKind.Organization, Named(a, "Ministry of Land, Transport and Maritime Affairs")?.Kind);
    }

    [Fact]
    public void A_bracketed_acronym_spells_the_whole_name_before_it()
    {
        var a = Story("The ruling All Harwick Congress (AHC) fixed the date of its primary on Monday.");
        var party = Named(a, "All Harwick Congress");
        Assert.Equal(ActorKind.Organization, party?.Kind);
        Assert.Contains("AHC", party!.Aliases);
        Assert.Null(Named(a, "Congress"));
    }

    [Fact]
    public void A_body_before_a_capitalized_title_is_an_actor_and_its_letters_name_it()
    {
        var a = Story("TOKYO, May 4 (Wire) - Exports rose in May. Bank of Japan Governor Kazuo Ueda said the BOJ would watch the yen.");
        var bank = Named(a, "Bank of Japan");
        Assert.Equal(ActorKind.Organization, bank?.Kind);
        Assert.Contains("BOJ", bank!.Aliases);
        Assert.Equal(ActorKind.Person, Named(a, "Kazuo Ueda")?.Kind);
    }

    [Fact]
    public void A_family_name_written_first_opens_the_person_name()
    {
        var a = ArticleExtractor.Extract("story.txt", "Leaders meet\n\nThe envoy was expected to visit Phnom Penh, where Hun Manet leads the government.\n");
        Assert.Equal(ActorKind.Person, Named(a, "Hun Manet")?.Kind);
        Assert.Null(Named(a, "Manet"));
    }

    // Resolve/FamilyNameFirst.cs: a family name before a two-word given name opens the name, at a sentence's start too.
    [Theory]
    [InlineData("Tan Chee Meng said the party would contest every seat in the state.")]
    [InlineData("Veteran politician Tan Chee Meng said the party would contest every seat.")]
    public void A_family_name_before_two_given_words_opens_the_person_name(string body)
    {
        var a = ArticleExtractor.Extract("story.txt", "Party to contest all seats\n\nKUALA LUMPUR, June 2 (Wire) - " + body + "\n");
        Assert.Equal(ActorKind.Person, Named(a, "Tan Chee Meng")?.Kind);
        Assert.Null(Named(a, "Chee Meng"));
    }

    [Fact]
    public void A_headline_group_of_a_region_is_no_actor()
    {
        var a = ArticleExtractor.Extract("story.txt", "African ministers meet in Accra\n\nACCRA, May 4 (Wire) - Ministers from twelve countries met in Accra on Monday.\n");
        Assert.DoesNotContain(a.Actors, x => x.Name.StartsWith("African", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_company_takes_its_home_country_after_the_events_and_acts_in_none()
    {
        var a = Story("Toyota reached an agreement with Volkswagen to supply batteries, the companies said.");
        Assert.Equal("JPN", Named(a, "Toyota")?.Country);
        Assert.Equal(ActorKind.Organization, Named(a, "Volkswagen")?.Kind);
        Assert.Equal("DEU", Named(a, "Volkswagen")?.Country);
        Assert.Empty(a.Events);
    }

    [Fact]
    public void A_large_company_keeps_its_home_country_in_a_datelined_story()
    {
        var a = Story("NAIROBI, May 4 (Wire) - Kenya's shilling firmed on Monday. Analysts at Goldman Sachs expected a rate cut, "
            + "while Toyota said it would expand its plant in Mombasa.");
        Assert.Equal("USA", Named(a, "Goldman Sachs")?.Country);
        Assert.Equal("JPN", Named(a, "Toyota")?.Country);
    }
}
