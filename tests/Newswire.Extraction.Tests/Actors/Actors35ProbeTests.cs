using System.Linq;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// Actors of the session-26 probes: a country that is also a given name right after a title opens the name
/// (Propose/ChunkTitles.cs IsCountryGivenName: "Defence Minister Israel Katz"); an organization's "of" complement that
/// is a country with "and" in its name goes on to the country's end (Resolve/AndCountryNames.cs); "is the last ... city"
/// describes a place as "is a ... city" does (Resolve/AppositionPlaces.cs IsCopulaBeforeRank); a country named as the
/// other end of trade ("exports to India and Japan") does not set a sentence abroad (Countries/TradePartners.cs); a
/// "Movement" an opposition leader or MP is "of" is a party, which may take the story's country (Countries/PartyCue.cs);
/// the body of a title's "of the" complement before a name is named too (Propose/ChunkTitles.cs TitleBodyStart:
/// "Governor of the Central Bank of Barbados X"); an acronym the story defined for its own body lends the holder of a
/// role before a name no country of the lexicon's other body with those letters (Resolve/RoleBeforeNames.cs
/// ByDefinedAcronym: "PTI chairman X" after "Pakistan Tehreek-i-Insaf (PTI)").
/// </summary>
public class Actors35ProbeTests
{
    [Theory]
    [InlineData("Israeli Defence Minister Israel Katz visited the northern border on Monday.", "Israel Katz", "ISR")]
    [InlineData("Canadian Defence Minister Jordan Pelletier-Gagnon said on Wednesday the frigates would be built.", "Jordan Pelletier-Gagnon", "CAN")]
    public void A_country_shaped_given_name_after_a_title_is_part_of_the_name(string sentence, string name, string country)
    {
        var a = Stories.Of("Border visit", sentence);
        var person = Stories.Named(a, name);
        Assert.Equal(ActorKind.Person, person.Kind);
        Assert.Equal(country, person.Country);
    }

    [Theory]
    [InlineData("The National Gas Company of Trinidad and Tobago signed a supply deal on Friday.", "National Gas Company of Trinidad and Tobago", "TTO")]
    [InlineData("The Port Authority of Antigua and Barbuda raised its fees on Monday.", "Port Authority of Antigua and Barbuda", "ATG")]
    public void An_organization_of_a_country_with_and_in_its_name_is_whole(string sentence, string name, string country)
    {
        var a = Stories.Of("Gas deal", sentence);
        var body = Stories.Named(a, name);
        Assert.Equal(ActorKind.Organization, body.Kind);
        Assert.Equal(country, body.Country);
        Assert.DoesNotContain(a.Actors, x => x.Name == "Tobago" || x.Name == "Barbuda");
    }

    [Fact]
    public void A_name_that_is_the_last_city_of_a_region_is_a_place()
    {
        var a = Stories.Of("Siege", "KHARTOUM, May 3 (Reuters) - Paramilitaries shelled El Fasher on Monday. El Fasher is the last army-held city in Darfur.");
        Assert.Equal(ActorKind.Location, Stories.Named(a, "El Fasher").Kind);
    }

    // A person described with "the" and a rank stays a person ("the largest shareholder").
    [Fact]
    public void A_person_who_is_the_largest_shareholder_stays_a_person()
    {
        var a = Stories.Of("Siege", "NAIROBI, May 3 (Reuters) - Ada Brelik is the largest shareholder. Tomas Weir is the only town councillor.");
        Assert.Equal(ActorKind.Person, Stories.Named(a, "Ada Brelik").Kind);
        Assert.Equal(ActorKind.Person, Stories.Named(a, "Tomas Weir").Kind);
    }

    [Fact]
    public void A_trade_partner_does_not_set_the_sentence_abroad()
    {
        var a = Stories.Of(
            "Refinery back to full output",
            "KUWAIT CITY, Dec 1 (KUNA) - The refinery at Mina Abdullah returned to full output on Tuesday, Kuwait's oil ministry said.\n\n"
            + "Refinery chief Ada Brelik-Sund said exports to India and Japan had not been disrupted.\n\n"
            + "Kuwait pumps 2.5 million barrels a day.");
        Assert.Equal("KWT", Stories.Named(a, "Ada Brelik-Sund").Country);
    }

    [Theory]
    [InlineData("Opposition Leader Ada Brelik-Sund of the People's National Movement said the deal had been rushed.")]
    [InlineData("MP Ada Brelik-Sund of the People's National Movement said the deal had been rushed.")]
    public void A_movement_an_opposition_member_sits_for_is_a_party_of_the_story(string sentence)
    {
        var a = Stories.Of(
            "Gas deal rushed, says opposition",
            "PORT OF SPAIN, Dec 1 (Reuters) - Trinidad and Tobago signed a gas deal with a Venezuelan firm on Friday.\n\n" + sentence);
        Assert.Equal("TTO", Stories.Named(a, "People's National Movement").Country);
    }

    [Theory]
    [InlineData("Governor of the Central Bank of Barbados Kevin Greenidge-Forde said inflation would stay near four percent.", "Central Bank of Barbados", "BRB")]
    [InlineData("Deputy Chairman of the Cabinet of Ministers Batyr Amanov-Geldiyev said gas exports would grow.", "Cabinet of Ministers", null)]
    public void The_body_of_a_titles_complement_is_named_too(string sentence, string body, string? country)
    {
        var a = Stories.Of("Outlook", sentence);
        var named = Stories.Named(a, body);
        Assert.Equal(ActorKind.Organization, named.Kind);
        if (country != null)
        {
            Assert.Equal(country, named.Country);
        }

        Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
    }

    // A lone head word after "of the" has no name of its own.
    [Fact]
    public void A_lone_head_word_complement_names_no_body()
    {
        var a = Stories.Of("Outlook", "Chairman of the Cabinet Ada Brelik-Sund told reporters the mine would pay more taxes.");
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Organization && x.Name == "Cabinet");
    }

    // A portfolio after "of" is no body: "Minister of State for Foreign Affairs" names none.
    [Fact]
    public void A_portfolio_complement_names_no_body()
    {
        var a = Stories.Of("Outlook", "Minister of Foreign Affairs Ada Brelik-Sund said the talks would go on.");
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Organization && x.Name.Contains("Foreign Affairs"));
    }

    [Fact]
    public void An_acronym_the_story_defined_is_its_own_body_before_a_role()
    {
        var a = Stories.Of(
            "Party to rally",
            "ISLAMABAD, May 3 (Reuters) - The Pakistan Tehreek-i-Insaf (PTI) will rally in Lahore on Monday. PTI chairman Ada Brelik-Sund said the government had failed.");
        Assert.Equal("PAK", Stories.Named(a, "Ada Brelik-Sund").Country);
    }

    // Undefined, the letters keep the lexicon's reading.
    [Fact]
    public void An_undefined_acronym_keeps_the_lexicons_body()
    {
        var a = Stories.Of("Rally", "ISLAMABAD, May 3 (Reuters) - PTI chairman Ada Brelik-Sund said the government had failed.");
        Assert.Equal("IND", Stories.Named(a, "Ada Brelik-Sund").Country);
    }
}
