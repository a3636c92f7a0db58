using System.Linq;
using Newswire.Extraction.Model;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Agents and places on event-rich stories, through the whole pipeline (invented stories): a passive joined by "and"
/// keeps its "by" agent, a place in the "by" phrase is no agent, a place the subject is in is where the act happened,
/// a vehicle in the object is no hazard, and the armed services named by function act for their state.
/// </summary>
public class PassiveAndPlaceTests
{
    private readonly ITestOutputHelper _out;

    public PassiveAndPlaceTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private ExtractedArticle Story(string body) => EventStories.Extract(_out, body);

    private static string Country(ExtractedArticle a, int actor) => EventStories.Country(a, actor);

    private static string Place(ExtractedArticle a, ExtractedEvent e) => e.Location < 0 ? "-" : a.Actors[e.Location].Name;

    // "was summoned by X and handed a note": the ambassador is handed the protest, X hands it.
    [Fact]
    public void A_passive_joined_by_and_keeps_the_by_agent_of_the_first_passive()
    {
        var a = Story("LA PAZ (EFE) - Chile's ambassador to Bolivia was summoned by the foreign ministry on Friday and handed a note of protest over the arrest of three Bolivian soldiers, the ministry said.");
        var protest = Assert.Single(a.Events, e => e.Root == "11");
        Assert.Equal("BOL", Country(a, protest.Agent));
        Assert.Contains(protest.Counterparts, c => Country(a, c) == "CHL");
    }

    // Read as active, "charged" would make the arrested man the accuser.
    [Fact]
    public void A_past_form_after_and_following_a_passive_is_no_act_of_the_passives_subject()
    {
        var a = Story("ABUJA (Reuters) - Opposition leader Musa Bello was arrested by Nigerian police on Monday and charged with treason.");
        Assert.DoesNotContain(a.Events, e => e.Agent >= 0 && a.Actors[e.Agent].Name == "Musa Bello");
    }

    // "by armed men near the northern town of Faya": the town is where, not who.
    [Fact]
    public void A_place_after_a_locative_in_the_by_phrase_is_no_agent()
    {
        var a = Story("N'DJAMENA (Reuters) - The engineers were seized by armed men near the northern town of Faya two weeks ago.");
        Assert.DoesNotContain(a.Events, e => e.Agent >= 0 && a.Actors[e.Agent].Name == "Faya");
    }

    // A noun event with no actor of its own is its sentence's act of the same root, not the story's last agent's.
    [Fact]
    public void A_noun_event_without_an_actor_borrows_from_its_own_sentence_first()
    {
        var a = Story("AMMAN (Petra) - Israeli soldiers later arrested four Palestinians, the news agency WAFA reported. King Abdullah II discussed the situation in a phone call with French President Emmanuel Macron on Thursday.");
        Assert.DoesNotContain(a.Events, e => e.Root == "04" && a.Actors[e.Agent].Name == "Israeli soldiers");
        Assert.Contains(a.Events, e => e.Root == "04" && a.Actors[e.Agent].Name == "Abdullah II");
    }

    // Another act of the sentence lends no agent: the rally is not the police's.
    [Fact]
    public void A_noun_event_takes_no_agent_from_another_act_of_its_sentence()
    {
        var a = Story("TUNIS (Wire) - Tunisian police arrested opposition leader Karim Bensalem at his home on Thursday, two days before a planned rally against President Nabil Gharbi, his party said.");
        Assert.DoesNotContain(a.Events, e => e.Root == "14");
    }

    // "visited Pemba": the place a movement verb takes as its object is where the visit happens, not only its host.
    [Theory]
    [InlineData("MAPUTO (Reuters) - Rwanda's defence minister Juvenal Marizamunda visited Pemba on Wednesday and met local officials.", "Pemba")]
    [InlineData("DHAKA (AFP) - Japan's foreign minister toured Bangladesh last week.", "Bangladesh")]
    public void A_place_visited_as_the_verbs_object_is_the_events_place(string body, string place)
    {
        var a = Story(body);
        var visit = Assert.Single(a.Events, e => e.Root == "04");
        Assert.Equal(place, Place(a, visit));
    }

    // "Police in Santa Cruz arrested": the police act for Bolivia, and the arrest happened in Santa Cruz.
    [Fact]
    public void A_place_the_subject_is_in_is_the_events_place()
    {
        var a = Story("LA PAZ (EFE) - Bolivia's government announced new drug laws on Friday. Police in Santa Cruz arrested five men on Saturday.");
        var arrest = Assert.Single(a.Events, e => e.Code == "173");
        Assert.Equal("BOL", Country(a, arrest.Agent));
        Assert.Equal("Santa Cruz", Place(a, arrest));
    }

    // A town only the gazetteer knows has no country until the places are resolved, after the events: its one
    // country there tells whose police they are (ForceCountry.TownCountry).
    [Fact]
    public void Police_in_a_town_only_the_gazetteer_knows_act_for_its_country()
    {
        var a = Story("Zambia's government cut the fuel subsidy on Friday. Police in Kitwe arrested five traders on Saturday.");
        var arrest = Assert.Single(a.Events, e => e.Code == "173");
        Assert.Equal("Zambia", a.Actors[arrest.Agent].Name);
        Assert.Equal("Kitwe", Place(a, arrest));
    }

    // "fired tear gas at APC supporters": the party only says whose crowd it is; it is no place (EventRun.NamesACrowd).
    [Fact]
    public void A_body_naming_whose_crowd_was_fired_at_is_no_place()
    {
        var a = Story("FREETOWN (AFP) - The opposition All People's Congress (APC) rejected the results. Security forces fired tear gas at APC supporters outside the party's offices on Friday.");
        var repression = Assert.Single(a.Events, e => e.Code.StartsWith("17", System.StringComparison.Ordinal));
        Assert.True(repression.Location < 0 || a.Actors[repression.Location].Kind == ActorKind.Location, Place(a, repression));
    }

    // The place in the subject does not override one after the verb ("Police in Lima arrested ... in Callao").
    [Fact]
    public void A_place_after_the_verb_stays_the_events_place()
    {
        var a = Story("LIMA (EFE) - Police in Lima arrested three Colombian men at the port of Callao on Sunday.");
        var arrest = Assert.Single(a.Events, e => e.Code == "173");
        Assert.Equal("Callao", Place(a, arrest));
    }

    // "over the arrest of two truck drivers": a truck in the object does nothing; only a hazard in a passive's "by"
    // phrase is the doer.
    [Fact]
    public void A_vehicle_in_the_object_of_a_passive_is_no_hazard_doer()
    {
        var a = Story("AMMAN (Anadolu) - Iraq's ambassador to Jordan was summoned by the foreign ministry on Monday and handed a note of protest over the arrest of two truck drivers.");
        Assert.Contains(a.Events, e => e.Root == "11" && Country(a, e.Agent) == "JOR");
    }

    // The hazard rule still holds where the hazard is the "by" doer.
    [Fact]
    public void A_vehicle_in_the_by_phrase_is_still_a_hazard_doer()
    {
        var a = Story("AMMAN (Anadolu) - Jordan's ambassador was hit by a truck outside the embassy in Damascus on Monday.");
        Assert.DoesNotContain(a.Events, e => e.Root is "18" or "19");
    }

    // "The navy seized", "Border guards detained": the services by function act for the story's state.
    [Theory]
    [InlineData("The navy seized three Kenyan fishing boats on Wednesday.")]
    [InlineData("Border guards detained four Kenyan traders near the town of Namanga on Thursday.")]
    public void The_armed_services_by_function_act_for_the_storys_state(string sentence)
    {
        var a = Story("DAR ES SALAAM (AFP) - Tanzania tightened checks on its northern border this week. " + sentence);
        Assert.Contains(a.Events, e => e.Root == "17" && Country(a, e.Agent) == "TZA");
    }

    // "arrested by Syrian border guards": forces with another country's demonym act for that country, not the story's.
    [Theory]
    [InlineData("Syrian", "SYR")]
    [InlineData("Jordanian", "JOR")]
    public void Forces_with_a_demonym_in_the_by_phrase_act_for_that_country(string demonym, string country)
    {
        var a = Story("AMMAN (Anadolu) - Jordan protested to Syria on Monday. The two truck drivers were arrested by " + demonym
                      + " border guards at the crossing on Saturday.");
        Assert.Contains(a.Events, e => e.Code == "173" && Country(a, e.Agent) == country);
    }

    // "off the coast of Tanga": "off" is a place preposition like "near", so the town is where, not whom.
    [Fact]
    public void A_place_off_the_coast_is_the_events_place_not_its_target()
    {
        var a = Story("DAR ES SALAAM (AFP) - Tanzania tightened checks on its waters this week. The navy seized three Kenyan fishing boats off the coast of Tanga on Wednesday.");
        var seizure = Assert.Single(a.Events, e => e.Root == "17");
        Assert.Equal("Tanga", Place(a, seizure));
        Assert.DoesNotContain(seizure.Counterparts, c => a.Actors[c].Name == "Tanga");
    }

    // "The navy seized three Kenyan boats and detained nine crew": the demonym in the first verb's object does not make
    // the second verb Kenya's.
    [Fact]
    public void A_demonym_in_an_earlier_verbs_object_gives_forces_no_country()
    {
        var a = Story("DAR ES SALAAM (AFP) - Tanzania tightened checks on its border with Kenya this week. The navy seized three Kenyan fishing boats and detained nine crew members on Wednesday.");
        Assert.DoesNotContain(a.Events, e => e.Root == "17" && Country(a, e.Agent) == "KEN");
        Assert.Contains(a.Events, e => e.Root == "17" && Country(a, e.Agent) == "TZA");
    }

    // "30 people were injured and police detained 12 protesters": the forces after the earlier verb are the subject.
    [Fact]
    public void Forces_after_an_earlier_verb_are_the_subject_of_the_next()
    {
        var a = Story("DHAKA (AFP) - Bangladesh raised the minimum wage on Sunday. At least 30 people were injured and police detained 12 protesters, a police spokesman said.");
        Assert.Contains(a.Events, e => e.Code == "173" && Country(a, e.Agent) == "BGD");
    }
}
