using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>Story helpers for the rules of the third news check (clubs, venues, leagues, forces, delegations, towns).</summary>
internal static class Stories
{
    public static ExtractedArticle Of(string headline, string body) => ArticleExtractor.Extract("story.txt", headline + "\n\n" + body + "\n");

    public static ExtractedActor Named(ExtractedArticle a, string name) => a.Actors.Single(x => x.Name == name || x.Aliases.Contains(name));
}

/// <summary>Club-shaped match sides the tagger reads as persons are clubs (Resolve/ClubSides.cs).</summary>
public class ClubSideTests
{
    [Fact]
    public void Arabic_article_and_one_word_sides_of_a_result_are_clubs()
    {
        var a = Stories.Of("Derby ends level", "AMMAN, May 2 (Reuters) - Al Qasr drew 1-1 with Tellana on Friday, and Al Wadi beat Marsouk 2-0.");
        Assert.All(new[] { "Al Qasr", "Tellana", "Al Wadi", "Marsouk" }, n => Assert.Equal(ActorKind.Organization, Stories.Named(a, n).Kind));
    }

    [Fact]
    public void A_word_and_a_town_is_a_club_of_the_towns_country_even_after_a_club_noun()
    {
        var a = Stories.Of("Cup tie", "MADRID, May 2 (Reuters) - Sevilla lost 2-0 to city rivals Bayer Leverkusen on Friday.");
        var club = Stories.Named(a, "Bayer Leverkusen");
        Assert.Equal(ActorKind.Organization, club.Kind);
        Assert.Equal("DEU", club.Country);
    }

    [Fact]
    public void A_clubs_own_word_before_its_town_joins_the_town_into_the_club()
    {
        var a = Stories.Of("Derby", "RABAT, May 2 (MAP) - Nahda Casablanca beat Olympic Safi 3-1 on Sunday.");
        var club = Stories.Named(a, "Nahda Casablanca");
        Assert.Equal(ActorKind.Organization, club.Kind);
        Assert.Equal("MAR", club.Country);
    }

    [Fact]
    public void A_fixture_in_a_story_that_reports_a_result_names_clubs_too()
    {
        var a = Stories.Of("Derby", "CAIRO, May 2 (Reuters) - Al Qasr beat Tellana 2-1 on Friday. Marsouk host Bayer Leverkusen on Sunday.");
        Assert.Equal(ActorKind.Organization, Stories.Named(a, "Marsouk").Kind);
        Assert.Equal(ActorKind.Organization, Stories.Named(a, "Bayer Leverkusen").Kind);
        var b = Stories.Of("Talks", "CAIRO, May 2 (Reuters) - Marsouk will meet Tomas Varga on Sunday.");
        Assert.NotEqual(ActorKind.Organization, Stories.Named(b, "Marsouk").Kind);
    }

    [Fact]
    public void A_players_surname_as_a_side_stays_the_player()
    {
        var a = Stories.Of("Final", "PARIS, June 8 (AFP) - Tomas Varga and Ivo Marsak reached the final. Varga beat Marsak 6-3 6-4 on Sunday.");
        Assert.Equal(ActorKind.Person, Stories.Named(a, "Tomas Varga").Kind);
        Assert.Equal(ActorKind.Person, Stories.Named(a, "Ivo Marsak").Kind);
    }

    [Fact]
    public void A_person_with_a_title_or_outside_a_result_stays_a_person()
    {
        var a = Stories.Of("Talks", "AMMAN, May 2 (Reuters) - Minister Al Rashed met Kareem Al Sayed on Friday. Coach Tomas Varga beat the odds 3-1.");
        Assert.Equal(ActorKind.Person, Stories.Named(a, "Al Rashed").Kind);
        Assert.Equal(ActorKind.Person, Stories.Named(a, "Kareem Al Sayed").Kind);
    }
}

/// <summary>A club named again by its own word is the club (Link/ClubShortNames.cs).</summary>
public class ClubShortNameTests
{
    [Theory]
    [InlineData("Ahly", "Al Ahly", true)]
    [InlineData("Ahly", "El-Ahly", true)]
    [InlineData("Raja", "Raja Casablanca", true)]
    [InlineData("Raja", "Raja Sharma Trust", false)]
    [InlineData("Ahly", "Al Ahly Bank", false)]
    public void A_lone_word_is_a_clubs_short_name_without_its_article_or_town(string word, string club, bool expected) =>
        Assert.Equal(expected, Newswire.Extraction.Actors.ShortNames.IsClubShortName(word, club));
}

/// <summary>Stadiums, arenas and airports are places (Resolve/VenueNames.cs).</summary>
public class VenueNameTests
{
    [Fact]
    public void Venues_named_with_international_a_title_or_a_foreign_opener_are_places()
    {
        var a = Stories.Of(
            "Fans return",
            "AMMAN, May 2 (Reuters) - Fans filled the Marlow International Stadium on Friday. Flights at Queen Alia Tessaro Airport were delayed, and the final moves to the Estadio Tomas Varga.");
        Assert.Equal(ActorKind.Location, Stories.Named(a, "Marlow International Stadium").Kind);
        Assert.Equal(ActorKind.Location, Stories.Named(a, "Queen Alia Tessaro Airport").Kind);
        Assert.Equal(ActorKind.Location, Stories.Named(a, "Estadio Tomas Varga").Kind);
    }

    [Fact]
    public void A_body_whose_name_only_holds_a_venue_word_stays_an_organization()
    {
        var a = Stories.Of("Budget", "NAIROBI, May 2 (Reuters) - The Kenya Airports Authority said it would raise fees.");
        Assert.Equal(ActorKind.Organization, Stories.Named(a, "Kenya Airports Authority").Kind);
    }
}

/// <summary>Leagues are no places (Resolve/LeagueNames.cs).</summary>
public class LeagueNameTests
{
    [Fact]
    public void A_league_read_as_a_place_is_an_organization()
    {
        var a = Stories.Of("League news", "La Liga said on Monday that it would appeal.");
        Assert.Equal(ActorKind.Organization, Stories.Named(a, "La Liga").Kind);
    }
}

/// <summary>One-word force names in their own languages are organizations (Resolve/ForceNames.cs).</summary>
public class ForceNameTests
{
    [Fact]
    public void Gendarmerie_and_carabinieri_alone_are_organizations_of_the_story()
    {
        var a = Stories.Of("Smugglers held", "DAKAR, May 2 (AFP) - The Gendarmerie arrested 12 people near Mbour on Friday, the Gendarmerie said.");
        var force = Stories.Named(a, "Gendarmerie");
        Assert.Equal(ActorKind.Organization, force.Kind);
        Assert.Equal("SEN", force.Country);
        var b = Stories.Of("Arrests", "ROME, May 2 (ANSA) - Carabinieri arrested 11 fans before the match.");
        Assert.Equal(ActorKind.Organization, Stories.Named(b, "Carabinieri").Kind);
    }

    [Fact]
    public void A_force_word_inside_a_longer_name_is_left_to_that_name()
    {
        var a = Stories.Of("Patrol", "RABAT, May 2 (MAP) - The Royal Gendarmerie said patrols would resume.");
        Assert.DoesNotContain(a.Actors, x => x.Name == "Gendarmerie");
    }
}

/// <summary>A nameless phrase opened by an organization the lexicon knows is that organization (Finish/LexiconMembers.cs).</summary>
public class LexiconMemberTests
{
    [Fact]
    public void A_WHO_representative_and_WHO_officials_are_one_WHO()
    {
        var a = Stories.Of("Cholera spreads", "LUSAKA, May 2 (Reuters) - A WHO representative said 40 people had died. WHO officials visited the camps.");
        var who = Stories.Named(a, "WHO");
        Assert.Equal(ActorKind.Organization, who.Kind);
        Assert.Null(who.Country);
        Assert.Single(a.Actors, x => x.Kind == ActorKind.Organization && x.Aliases.Contains("WHO"));
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_phrase_opened_by_an_unknown_word_stays()
    {
        var a = Stories.Of("Cholera spreads", "LUSAKA, May 2 (Reuters) - A Tessaro Trust representative said 40 people had died.");
        Assert.DoesNotContain(a.Actors, x => x.Name == "World Health Organization");
    }
}

/// <summary>Delegation leaders take the delegation's country (Countries/DelegationCountry.cs).</summary>
public class DelegationCountryTests
{
    [Fact]
    public void Both_delegations_of_one_sentence_give_their_leaders_their_countries()
    {
        var a = Stories.Of(
            "Talks resume",
            "DOHA, May 2 (Reuters) - The Egyptian delegation was led by Deputy Foreign Minister Amr Kamal, the Jordanian by Tarek Haddad. The Qatari side, headed by Khalid al-Mansouri, hosted them.");
        Assert.Equal("EGY", Stories.Named(a, "Amr Kamal").Country);
        Assert.Equal("JOR", Stories.Named(a, "Tarek Haddad").Country);
        Assert.Equal("QAT", Stories.Named(a, "Khalid al-Mansouri").Country);
    }

    [Theory]
    [InlineData("A Saudi Arabian delegation led by Transport Minister Fahad al-Otaibi met officials in Muscat on Tuesday.", "Fahad al-Otaibi", "SAU")]
    [InlineData("A South African delegation led by Deputy Minister Thandi Mokoena arrived in Harare on Monday.", "Thandi Mokoena", "ZAF")]
    [InlineData("A Sri Lankan team headed by Deputy Minister Ranjith Perera held talks in Male on Monday.", "Ranjith Perera", "LKA")]
    public void A_two_word_nationality_gives_the_delegation_leader_its_country(string body, string person, string country)
    {
        var a = Stories.Of("Talks resume", body);
        Assert.Equal(country, Stories.Named(a, person).Country);
    }
}

/// <summary>Towns of small countries after a place noun list or a preposition of place (Resolve/PlaceNounOf.cs, Resolve/LocativePersons.cs).</summary>
public class SmallTownTests
{
    [Fact]
    public void Every_member_of_a_place_noun_list_is_a_place()
    {
        var a = Stories.Of("Floods", "SUVA, Feb 8 (AFP) - Power was cut to the towns of Nadi and Lautoka on Saturday.");
        Assert.Equal(ActorKind.Location, Stories.Named(a, "Nadi").Kind);
        Assert.Equal(ActorKind.Location, Stories.Named(a, "Lautoka").Kind);
    }

    [Theory]
    [InlineData("TEGUCIGALPA, Dec 2 (EFE) - The party demanded a recount in the departments of Cortés and Olancho.", "Cortés", "Olancho")]
    [InlineData("BAGHDAD, Dec 2 (AFP) - Floods hit the governorates of Dhi Qar and Maysan on Sunday.", "Dhi Qar", "Maysan")]
    public void Every_member_of_a_first_level_unit_list_is_a_place(string body, string first, string last)
    {
        var a = Stories.Of("Vote", body);
        Assert.Equal(ActorKind.Location, Stories.Named(a, first).Kind);
        Assert.Equal(ActorKind.Location, Stories.Named(a, last).Kind);
    }

    [Fact]
    public void A_comma_after_a_place_noun_phrase_or_a_line_break_joins_no_list()
    {
        var a = Stories.Of("Floods", "SUVA, Feb 8 (AFP) - In the village of Karvo, Tomas Varga said the water rose.\n\nDeputy Minister, Ada Brelik, visited the district of Nausori and Tailevu.");
        Assert.Equal(ActorKind.Person, Stories.Named(a, "Tomas Varga").Kind);
        Assert.Equal(ActorKind.Person, Stories.Named(a, "Ada Brelik").Kind);
    }

    [Theory]
    [InlineData("GOMA, Feb 11 (AFP) - The army said troops had withdrawn to Masisi to protect civilians.", "Masisi")]
    [InlineData("SUVA, Feb 8 (AFP) - Hundreds of families returned to Korovatu after the water fell.", "Korovatu")]
    public void A_name_after_a_verb_of_motion_and_to_is_a_place(string body, string name)
    {
        var a = Stories.Of("Floods", body);
        Assert.Equal(ActorKind.Location, Stories.Named(a, name).Kind);
    }

    [Fact]
    public void A_lone_gazetteer_town_after_near_stays_without_the_tagger()
    {
        var a = Stories.Of("Floods", "SUVA, Feb 8 (AFP) - Gusts reached 200 km/h near Ba on Saturday.");
        Assert.Equal(ActorKind.Location, Stories.Named(a, "Ba").Kind);
    }
}

/// <summary>Storms are no actors, nor the storm word of a headline (Resolve/StormNames.cs).</summary>
public class StormNameTests
{
    [Fact]
    public void A_named_storm_its_lone_name_and_the_headlines_storm_word_are_no_actors()
    {
        var a = Stories.Of("Cyclone hits Tonga", "NUKU'ALOFA, Feb 8 (AFP) - Cyclone Karvo struck Tonga on Monday. Karvo weakened later. Typhoon Tessa followed.");
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.DoesNotContain(a.Actors, x => x.Name.Contains("Karvo") || x.Name.Contains("Tessa") || x.Name == "Cyclone");
        Assert.Equal(ActorKind.Location, Stories.Named(a, "Tonga").Kind);
    }

    [Fact]
    public void A_storm_word_before_a_lower_case_word_is_no_storm_name()
    {
        var a = Stories.Of("Patrol", "BERLIN, May 2 (dpa) - Storm troopers of the Marlow Guard met Tomas Varga on Friday.");
        Assert.Equal(ActorKind.Person, Stories.Named(a, "Tomas Varga").Kind);
    }
}
