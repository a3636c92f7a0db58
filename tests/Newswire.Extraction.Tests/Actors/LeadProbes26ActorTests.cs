using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// Actors the lead probed in session 26 on invented wire copy (issue #10): a person summoned with "called in", and
/// embassies and consulates as their state's bodies wherever they stand in the sentence.
/// </summary>
public class LeadProbes26ActorTests
{
    // Resolve/UnknownNames.cs CalledIn: "called in" summons someone; its "in" places no one.
    [Theory]
    [InlineData("The vice minister called in Naoki Kumagai, the deputy chief of mission, on Friday.", "Naoki Kumagai")]
    [InlineData("The foreign ministry called in Tavo Reksalu on Monday over the remarks.", "Tavo Reksalu")]
    public void A_name_called_in_is_a_person(string sentence, string name)
    {
        var a = Stories.Of("Diplomacy", sentence);
        Assert.Equal(ActorKind.Person, Stories.Named(a, name).Kind);
    }

    [Fact]
    public void A_strike_called_in_a_town_still_places_it()
    {
        var a = Stories.Of("Strike", "A general strike was called in Tessaro on Monday.");
        Assert.DoesNotContain(a.Actors, x => x.Name == "Tessaro" && x.Kind == ActorKind.Person);
    }

    // WordLists.OrgSuffixes "embassy", "consulate": a demonym's embassy is that state's body, also as a place of protest.
    [Theory]
    [InlineData("Protesters gathered outside the Japanese Embassy in Seoul on Friday.", "Japanese Embassy", "JPN")]
    [InlineData("Protesters gathered outside the Russian Embassy on Friday.", "Russian Embassy", "RUS")]
    [InlineData("Crowds gathered outside the British Consulate in Jerusalem on Sunday.", "British Consulate", "GBR")]
    public void An_embassy_is_its_states_organization(string sentence, string name, string country)
    {
        var a = Stories.Of("Diplomacy", sentence);
        var embassy = Stories.Named(a, name);
        Assert.Equal(ActorKind.Organization, embassy.Kind);
        Assert.Equal(country, embassy.Country);
    }

    // Resolve/PartyNames.cs IsLonePersonWord: a lone word before a lower-case party head is the party even when the
    // tagger read it as a surname.
    [Theory]
    [InlineData("He is a member of the ruling Frelimo party.", "Frelimo")]
    [InlineData("Daniel Chapo of the ruling Frelimo party was sworn in on Monday.", "Frelimo")]
    public void A_word_before_a_lower_case_party_head_is_the_party(string sentence, string name)
    {
        var a = Stories.Of("Politics", sentence);
        Assert.Equal(ActorKind.Organization, Stories.Named(a, name).Kind);
    }

    // ArticleAnalyzer.HeadlineAndLede: an undatelined story whose headline names one country, named again in the lede,
    // gives its unqualified ministers that country though the body names the other side as often.
    [Fact]
    public void A_country_of_headline_and_lede_is_the_story_country()
    {
        var a = ArticleExtractor.Extract("story.txt", "Germany to deport Afghan offenders\n\nGermany deported 81 Afghan men to Afghanistan on Friday.\n\n"
            + "Interior Minister Alexander Dobrindt said the flight had been organised with help from Qatar, and that Afghanistan had agreed.\n");
        Assert.Equal("DEU", Stories.Named(a, "Alexander Dobrindt").Country);
    }

    [Fact]
    public void A_headline_naming_two_countries_gives_no_story_country()
    {
        var a = ArticleExtractor.Extract("story.txt", "Germany and Austria to deport Afghan offenders\n\nGermany and Austria deported 81 Afghan men to Afghanistan on Friday.\n\n"
            + "Interior Minister Alexander Dobrindt said the flight had been organised with help from Qatar, and that Afghanistan had agreed.\n");
        Assert.Null(Stories.Named(a, "Alexander Dobrindt").Country);
    }

    // Resolve/UnknownNames.cs: after "in", a place head closing the run outweighs a given name opening it.
    [Theory]
    [InlineData("The two ministers signed the memorandum in Victoria Falls last week.", "Victoria Falls")]
    [InlineData("The talks were held in Gordon Heights on Monday.", "Gordon Heights")]
    public void A_run_closing_on_a_place_head_after_in_is_a_place(string sentence, string name)
    {
        var a = Stories.Of("Talks", sentence);
        Assert.Equal(ActorKind.Location, Stories.Named(a, name).Kind);
    }

    // Propose/ChunkTitles.cs LoneLetterName: "Gen Z" names a generation, not General Z.
    [Fact]
    public void A_lone_letter_after_a_title_is_no_person()
    {
        var a = Stories.Of("Moroccan court jails activists over Gen Z protests", "A court in Rabat sentenced 17 young people over the Gen Z protests on Monday.");
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Person);
    }

    // curated/countries.tsv: a headline's "N. Korea" is North Korea, one actor with the body's "North Korea".
    [Fact]
    public void A_headline_abbreviation_of_a_country_is_that_country()
    {
        var a = Stories.Of("N. Korea fires ballistic missiles into East Sea", "North Korea fired several short-range ballistic missiles on Thursday.");
        Assert.Single(a.Actors, x => x.Country == "PRK");
    }

    // curated/regions.tsv: capitals the gazetteer and lexicon lacked ("the capital Port-au-Prince").
    [Theory]
    [InlineData("Armed gangs control most of the capital Port-au-Prince, the United Nations said.", "Port-au-Prince", "HTI")]
    [InlineData("The president flew to Gitega on Monday.", "Gitega", "BDI")]
    public void A_capital_is_a_place_of_its_country(string sentence, string name, string country)
    {
        var place = Stories.Named(Stories.Of("World", sentence), name);
        Assert.Equal(ActorKind.Location, place.Kind);
        Assert.Equal(country, place.Country);
    }

    // tools/lexicons/convert.py: a PETRARCH multinational's code names its home country ("MNCCHN").
    [Fact]
    public void A_lexicon_multinational_has_its_home_country()
    {
        var a = Stories.Of("Debt deal", "COLOMBO, Oct 11 (Reuters) - Sri Lanka signed an agreement with the Agricultural Bank of China on Wednesday.");
        Assert.Equal("CHN", Stories.Named(a, "Agricultural Bank of China").Country);
    }
}
