using System.Linq;
using Newswire.Extraction;
using Xunit;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A name before a lower-case settlement or area noun is that place (Resolve/PlaceHeadNames.cs).</summary>
public class PlaceHeadNameTests
{
    [Theory]
    [InlineData("Jets struck Tarvo Beng village on Monday, residents said.", "Tarvo Beng")]
    [InlineData("Officials in Maroka township said the road was closed.", "Maroka")]
    [InlineData("The attack took place in the Kesh Varan district on Friday.", "Kesh Varan")]
    [InlineData("Troops shelled Olun Dar and Pesk Hali villages overnight.", "Pesk Hali")]
    [InlineData("Troops shelled Olun Dar and Pesk Hali villages overnight.", "Olun Dar")]
    [InlineData("Brazil will buy gas from Argentina's Vaca Kessel shale field under the deal.", "Vaca Kessel")]
    [InlineData("Output at the Tarvo Beng copper mine rose in March.", "Tarvo Beng")]
    [InlineData("Militants stormed a checkpoint in the Mir Ali area of North Waziristan early on Tuesday.", "Mir Ali")]
    [InlineData("The minister called on Israel to allow access for building materials through the Ezra Tamir crossing.", "Ezra Tamir")]
    [InlineData("Trucks were turned back at the Josef Halim checkpoint, the agency said.", "Josef Halim")]
    [InlineData("Officials said the Bab Kessan crossing would reopen on Monday.", "Bab Kessan")]
    public void A_name_before_a_settlement_noun_is_a_location_spanning_the_name_alone(string sentence, string name)
    {
        var a = Stories.Of("Strike", "YANGON, May 2 (Reuters) - " + sentence);
        var place = Stories.Named(a, name);
        Assert.Equal(ActorKind.Location, place.Kind);
        Assert.DoesNotContain(a.Actors, x => x.Name.EndsWith(" village", System.StringComparison.Ordinal) || x.Name.EndsWith(" district", System.StringComparison.Ordinal));
    }

    // A capitalized word with a lower-case tail after its hyphen describes the place before the head; it names none.
    [Theory]
    [InlineData("The new bridge replaces a Soviet-era crossing damaged in floods in 2010.")]
    [InlineData("Fighters overran a Taliban-run checkpoint near the border.")]
    public void A_hyphenated_description_before_a_place_head_is_no_place(string sentence)
    {
        var a = Stories.Of("Strike", "YANGON, May 2 (Reuters) - " + sentence);
        Assert.DoesNotContain(a.Actors, x => x.Name.Contains("era", System.StringComparison.Ordinal) || x.Name.Contains("run", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_peoples_adjective_before_the_noun_names_no_place()
    {
        var a = Stories.Of("Village", "Aisvo is a village in the English county of Marlowshire, locals say.");
        Assert.DoesNotContain(a.Actors, x => x.Name == "English");
    }

    [Fact]
    public void A_person_with_a_given_name_keeps_its_kind()
    {
        var a = Stories.Of("Visit", "LONDON, May 2 (Reuters) - Minister Anna Kovacs toured the area. Kovacs town hall meetings were held later.");
        Assert.Equal(ActorKind.Person, Stories.Named(a, "Anna Kovacs").Kind);
    }
}

/// <summary>A person of a people ("an Irishman") is no actor (Resolve/PeopleNouns.cs).</summary>
public class PeopleNounTests
{
    [Theory]
    [InlineData("Coach Tomas Varga, an Irishman in his second season, said the side had lost.")]
    [InlineData("The Scotsman finished second behind two Frenchwomen.")]
    [InlineData("A Kenyan won the race, beating an Englishman.")]
    public void A_person_of_a_people_is_no_actor(string sentence)
    {
        var a = Stories.Of("Race", "AUCKLAND, Aug 16 (AAP) - " + sentence);
        Assert.DoesNotContain(a.Actors, x => x.Name.EndsWith("man", System.StringComparison.Ordinal) || x.Name.EndsWith("women", System.StringComparison.Ordinal));
    }
}

/// <summary>A place head that also ends surnames names a place right after a preposition of place (Resolve/VenueNames.cs).</summary>
public class LocatedPlaceHeadTests
{
    [Fact]
    public void A_park_or_square_after_at_or_in_is_a_location()
    {
        var a = Stories.Of("Rugby", "AUCKLAND, Aug 16 (AAP) - New Zealand beat Australia at Harwick Park on Saturday. Fans later gathered in Marlow Square.");
        Assert.Equal(ActorKind.Location, Stories.Named(a, "Harwick Park").Kind);
        Assert.Equal(ActorKind.Location, Stories.Named(a, "Marlow Square").Kind);
    }

    [Fact]
    public void A_possessive_after_the_name_keeps_the_person()
    {
        var a = Stories.Of("Party", "AUCKLAND, Aug 16 (AAP) - Fans met at Tomas Hall's house on Saturday.");
        Assert.Equal(ActorKind.Person, Stories.Named(a, "Tomas Hall").Kind);
    }
}

/// <summary>A place word opening a company name with a company head stays in the name (Resolve/PlaceLedNames.cs).</summary>
public class PlaceLedCompanyTests
{
    [Fact]
    public void A_place_word_before_a_name_with_a_company_head_opens_the_company()
    {
        var a = Stories.Of("Sanctions", "LONDON, Aug 16 (Reuters) - Britain imposed sanctions on Singapore-registered Asia Sun Velmora Energy on Monday.");
        Assert.Equal(ActorKind.Organization, Stories.Named(a, "Asia Sun Velmora Energy").Kind);
        Assert.DoesNotContain(a.Actors, x => x.Name == "Asia" || x.Name == "Sun Velmora Energy");
    }
}

/// <summary>A country's name before "delegation" places its leader as a demonym does (Countries/DelegationCountry.cs).</summary>
public class DelegationCountryNameTests
{
    [Fact]
    public void A_delegation_named_by_its_country_gives_its_leader_that_country()
    {
        var a = Stories.Of("Talks", "MUSCAT, May 2 (Reuters) - The U.S. delegation was led by special envoy Tomas Varga.");
        Assert.Equal("USA", Stories.Named(a, "Tomas Varga").Country);
    }
}

/// <summary>An official after a fronted "In &lt;capital&gt;," is of the capital's country (Countries/FrontedCapitalCountry.cs).</summary>
public class FrontedCapitalCountryTests
{
    [Fact]
    public void A_government_spokesman_after_a_fronted_capital_takes_its_country_over_the_datelines()
    {
        var a = Stories.Of("Strike", "PESHAWAR, May 2 (AP) - Militants attacked a checkpoint.\n\nIn Kabul, deputy government spokesman Tomas Varga rejected the allegation.");
        Assert.Equal("AFG", Stories.Named(a, "Tomas Varga").Country);
    }

    [Fact]
    public void A_company_spokesman_after_a_fronted_capital_is_left_to_the_other_rules()
    {
        var a = Stories.Of("Strike", "PESHAWAR, May 2 (AP) - Militants attacked a checkpoint.\n\nIn Kabul, airline spokesman Tomas Varga declined to comment.");
        Assert.NotEqual("AFG", Stories.Named(a, "Tomas Varga").Country);
    }
}

/// <summary>A place in capitals closed by a full stop opens a dateline ("ASTANA. AGENCY -", Events/StoryCountry.cs).</summary>
public class FullStopDatelineTests
{
    [Fact]
    public void A_capitals_place_with_a_full_stop_gives_the_story_its_country()
    {
        var a = Stories.Of("Accord", "ASTANA. KAZINFORM - Energy minister Tomas Varga met officials on Monday, the ministry said.");
        Assert.Equal("KAZ", Stories.Named(a, "Tomas Varga").Country);
    }
}

/// <summary>A nationality before a sportsman's or professional's noun places the name after it (Countries/OwnerCountry.cs).</summary>
public class NationalityNounTests
{
    [Theory]
    [InlineData("Uruguayan playmaker Tomas Varga scored twice.", "URY")]
    [InlineData("Police said Kenyan national Tomas Varga was arrested at the border.", "KEN")]
    [InlineData("Uruguay coach Tomas Varga praised his side.", "URY")]
    [InlineData("Kenya's striker Tomas Varga scored twice.", "KEN")]
    [InlineData("Nairobi lawyer Tomas Varga said the ruling was unfair.", "KEN")]
    public void A_nationality_before_the_noun_gives_the_person_its_country(string sentence, string country)
    {
        var a = Stories.Of("Match report", "RIO DE JANEIRO, May 2 (Reuters) - " + sentence);
        Assert.Equal(country, Stories.Named(a, "Tomas Varga").Country);
    }
}

/// <summary>A capitalized business kind opening a sentence names an organization after it (Resolve/BusinessOpeners.cs).</summary>
public class BusinessOpenerTests
{
    [Theory]
    [InlineData("Lender Tavora raised its rates on Monday.", "Tavora")]
    [InlineData("Regulator Kessara said it would watch prices.", "Kessara")]
    [InlineData("Broadcaster Velmora reported the story first.", "Velmora")]
    public void The_name_after_the_kind_is_an_organization_without_the_noun(string sentence, string name)
    {
        var a = Stories.Of("Markets", "MEXICO CITY, May 2 (Reuters) - " + sentence);
        Assert.Equal(ActorKind.Organization, Stories.Named(a, name).Kind);
        Assert.DoesNotContain(a.Actors, x => x.Name.StartsWith("Lender", System.StringComparison.Ordinal) || x.Name.StartsWith("Regulator", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_with_a_given_name_after_the_kind_stays_a_person()
    {
        var a = Stories.Of("Media", "LONDON, May 2 (Reuters) - Broadcaster Anna Kovacs said the show would end.");
        Assert.Equal(ActorKind.Person, Stories.Named(a, "Anna Kovacs").Kind);
    }
}

/// <summary>One name of one kind is one actor (Finish/SameNames.cs); "X, Country's ..." keeps the country out of X's name.</summary>
public class SameNameFoldTests
{
    [Fact]
    public void A_place_named_in_the_headline_and_the_body_is_one_actor()
    {
        var a = ArticleExtractor.Extract("story.txt", "Manila protests after coast guard fires water cannon near Karvo Reef\n\nMANILA, June 17 (AFP) - The Philippines lodged a protest after vessels fired water cannon at a boat near Karvo Reef, officials said.\n");
        var reefs = a.Actors.Where(x => x.Name == "Karvo Reef").ToList();
        Assert.Single(reefs);
        Assert.Equal(2, reefs[0].Mentions.Count);
        Assert.Equal(a.Actors.Count, a.Actors.Select(x => x.Name).Distinct().Count());
    }

    [Fact]
    public void A_possessive_after_the_country_leaves_the_country_out_of_the_places_name()
    {
        var a = Stories.Of("Shoal", "MANILA, June 17 (AFP) - Vessels intruded into waters near Karvo Jiao, China's name for the shoal.");
        var place = Stories.Named(a, "Karvo Jiao");
        Assert.Equal("CHN", place.Country);
        Assert.DoesNotContain(a.Actors, x => x.Name.Contains(", China"));
    }
}

/// <summary>A quoted title after a work noun names a work; names inside it are no actors (Resolve/WorkTitles.cs).</summary>
public class WorkTitleTests
{
    [Fact]
    public void Names_inside_a_quoted_title_after_a_work_noun_are_no_actors()
    {
        var a = Stories.Of("Novelist dies", "TOKYO, May 2 (Kyodo) - Her first novel, \"The River Has Seven Mouths\", won a prize. The film \"Harwick Nights\" opened in Osaka.");
        Assert.DoesNotContain(a.Actors, x => x.Name.Contains("River") || x.Name.Contains("Harwick"));
        Assert.Equal(ActorKind.Location, Stories.Named(a, "Osaka").Kind);
    }

    [Fact]
    public void A_quote_after_a_speech_verb_keeps_its_names()
    {
        var a = Stories.Of("Derby", "MADRID, May 2 (Reuters) - Tomas Varga said \"Ivo Marek will start\" on Friday.");
        Assert.Equal(ActorKind.Person, Stories.Named(a, "Ivo Marek").Kind);
    }
}

/// <summary>A nationality and a person noun before a name give the person's country (Resolve/Persons.cs).</summary>
public class DescribedNationalityTests
{
    // A capitalized honorific between the description and the name hid the description.
    [Theory]
    [InlineData("his Qatari counterpart Sheikh Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman Al Thani", "QAT")]
    [InlineData("his Iraqi counterpart Fuad Hussein", "Fuad Hussein", "IRQ")]
    public void A_nationality_before_counterpart_gives_the_country_past_an_honorific(string phrase, string name, string country)
    {
        var a = Stories.Of("Talks", "Egyptian Foreign Minister Sameh Shoukry met " + phrase + " in Cairo on Monday.");
        Assert.Equal(country, Stories.Named(a, name).Country);
    }
}

/// <summary>A name that ends in a company's legal form is a company (Resolve/CompanyHeads.cs).</summary>
public class LegalFormCompanyTests
{
    [Theory]
    [InlineData("Petroliam Nasional Bhd")]
    [InlineData("Tarvo Kesuma Berhad")]
    public void A_Malaysian_legal_form_ends_a_company(string name)
    {
        var a = Stories.Of("Deal", "KUALA LUMPUR, Oct 2 (Bernama) -- " + name + " signed a 10-year agreement to supply gas on Wednesday.");
        Assert.Equal(ActorKind.Organization, Stories.Named(a, name).Kind);
    }
}
