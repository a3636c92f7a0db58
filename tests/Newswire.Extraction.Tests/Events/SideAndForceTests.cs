using System.Linq;
using Newswire.Extraction.Model;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Who acts on event-rich stories, through the whole pipeline (invented agency sentences): a country's riot police,
/// the troops a spokesman reports on, the supporters of a named leader, a leader's party named by apposition, a crowd
/// in an "as" clause; and where: a person after "at" is no place. Each fix has a sibling that keeps a nearby reading.
/// </summary>
public class SideAndForceTests
{
    private readonly ITestOutputHelper _out;

    public SideAndForceTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private ExtractedArticle Story(string body) => EventStories.Extract(_out, body);

    private static string Country(ExtractedArticle a, int actor) => EventStories.Country(a, actor);

    private static string Name(ExtractedArticle a, int actor) => actor < 0 ? "-" : a.Actors[actor].Name;

    // "Zambian riot police": a force of the country (as "Zambian police" is), not the capital it acted in.
    [Fact]
    public void A_countrys_riot_police_act_as_its_force_not_as_the_capital()
    {
        var a = Story("LUSAKA (Reuters) - Zambian riot police fired tear gas at protesters in Lusaka on Monday.");
        var e = Assert.Single(a.Events, x => x.Root == "17");
        Assert.Equal("ZMB", Country(a, e.Agent));
        Assert.NotEqual("Lusaka", Name(a, e.Agent));
        Assert.Equal("Lusaka", Name(a, e.Location));
    }

    // Sibling: with no country named for them, police in the capital still act for its state (the capital stands).
    [Fact]
    public void Riot_police_of_no_named_country_still_act_for_the_capitals_state()
    {
        var a = Story("LUSAKA (Reuters) - Riot police fired tear gas at protesters in Lusaka on Monday.");
        var e = Assert.Single(a.Events, x => x.Root == "17");
        Assert.Equal("ZMB", Country(a, e.Agent));
    }

    // "Army spokesman Y said troops had destroyed": the troops' state acts; the spokesman only speaks.
    [Fact]
    public void Troops_a_spokesman_reports_on_act_for_their_state_not_the_spokesman()
    {
        var a = Story("MAPUTO (AFP) - Army spokesman Joao Mabote said troops had destroyed a rebel camp in Cabo Delgado province.");
        var e = Assert.Single(a.Events, x => x.Root == "19");
        Assert.Equal("MOZ", Country(a, e.Agent));
        Assert.NotEqual("Joao Mabote", Name(a, e.Agent));
    }

    // "said rebel fighters had attacked": the army's spokesman is not the rebels' doer either.
    [Fact]
    public void Rebels_an_army_spokesman_reports_on_are_not_the_spokesmans_act()
    {
        var a = Story("MAPUTO (AFP) - Army spokesman Joao Mabote said rebel fighters had attacked a military base in Cabo Delgado province.");
        Assert.DoesNotContain(a.Events, x => Name(a, x.Agent) == "Joao Mabote");
    }

    // Sibling: the speaker still does what he says he will do ("said he would").
    [Fact]
    public void A_speaker_still_acts_in_his_own_reported_clause()
    {
        var a = Story("MAPUTO (AFP) - Defence Minister Joao Mabote said on Monday that he would visit Tanzania next week.");
        Assert.Contains(a.Events, x => x.Root == "04" && Name(a, x.Agent) == "Joao Mabote");
    }

    // "Supporters of opposition leader X blocked highways": the crowd acts for its country, not X.
    [Fact]
    public void Supporters_of_a_leader_act_as_a_crowd_of_the_country_not_as_the_leader()
    {
        var a = Story("LUSAKA (Reuters) - Supporters of opposition leader John Mwale blocked highways in Lusaka on Monday.");
        var e = Assert.Single(a.Events, x => x.Root == "14");
        Assert.Equal("ZMB", Country(a, e.Agent));
        Assert.NotEqual("John Mwale", Name(a, e.Agent));
    }

    // "X's followers clashed": the possessive form too.
    [Fact]
    public void A_leaders_followers_act_as_a_crowd_of_the_country()
    {
        var a = Story("LUSAKA (Reuters) - Opposition leader John Mwale was arrested on Sunday. Mwale's supporters clashed with police in Lusaka on Monday.");
        var e = Assert.Single(a.Events, x => x.Root == "19");
        Assert.Equal("ZMB", Country(a, e.Agent));
        Assert.NotEqual("John Mwale", Name(a, e.Agent));
    }

    // Sibling: the leader himself still acts.
    [Fact]
    public void A_leader_named_as_the_subject_still_acts()
    {
        var a = Story("LUSAKA (Reuters) - Opposition leader John Mwale blocked a vote in parliament on Monday.");
        Assert.Contains(a.Events, x => Name(a, x.Agent) == "John Mwale");
    }

    // "X's party, the Y Party, denied ... and demanded": the party named by apposition acts, not X.
    [Fact]
    public void A_leaders_party_named_by_apposition_acts_for_itself()
    {
        var a = Story("KAMPALA (Reuters) - Moses Kiggundu was detained on Monday. Kiggundu's party, the Ugandan Freedom Party, denied planning the protests and demanded his release.");
        var e = Assert.Single(a.Events, x => x.Root == "10");
        Assert.Equal("Ugandan Freedom Party", Name(a, e.Agent));
    }

    // Sibling: with no name apposed, the possessor heads the phrase as before.
    [Fact]
    public void A_leaders_party_with_no_name_apposed_stays_the_leaders()
    {
        var a = Story("LUSAKA (Reuters) - Opposition leader John Mwale was arrested on Sunday. Mwale's party demanded his release.");
        var e = Assert.Single(a.Events, x => x.Root == "10");
        Assert.Equal("John Mwale", Name(a, e.Agent));
    }

    // "Police detained 41 people as thousands of protesters rallied": the crowd rallies, not the police.
    [Fact]
    public void A_crowd_after_as_is_the_subject_of_its_own_clause()
    {
        var a = Story("TBILISI - Georgian police detained 41 people overnight as thousands of protesters rallied outside parliament in Tbilisi against a law, the Interior Ministry said on Saturday.");
        var rally = Assert.Single(a.Events, x => x.Root == "14");
        Assert.NotEqual("Georgian police", Name(a, rally.Agent));
        Assert.Equal("GEO", Country(a, rally.Agent));
    }

    // Sibling: a pronoun after "as" still points back to the police.
    [Fact]
    public void A_pronoun_after_as_still_takes_the_main_subject()
    {
        var a = Story("TBILISI - Georgian police detained 41 people overnight as they cleared the square in Tbilisi.");
        Assert.Contains(a.Events, x => x.Root == "17" && Name(a, x.Agent) == "Georgia"); // the police stand for their country
    }

    // "Protesters blocked highways": after a crowd word an "-ed" form is its verb, and blocking roads is obstruction.
    [Fact]
    public void A_crowd_blocking_highways_obstructs()
    {
        var a = Story("LUSAKA (Reuters) - Protesters blocked highways in Lusaka on Monday.");
        var e = Assert.Single(a.Events, x => x.Root == "14");
        Assert.Equal("144", e.Code);
        Assert.Equal("ZMB", Country(a, e.Agent));
    }

    // "fired tear gas at supporters of X": the person is no place.
    [Fact]
    public void A_person_after_at_is_no_place()
    {
        var a = Story("KAMPALA (Reuters) - Ugandan police fired tear gas at supporters of opposition leader John Mwale who blocked highways into Kampala on Tuesday.");
        var e = Assert.Single(a.Events, x => x.Root == "17");
        Assert.NotEqual("John Mwale", Name(a, e.Location));
    }

    // Sibling: a place after "at" ... "in" is still the place.
    [Fact]
    public void A_place_after_at_protesters_in_is_still_the_place()
    {
        var a = Story("KAMPALA (Reuters) - Ugandan police fired tear gas at protesters in Kampala on Tuesday.");
        var e = Assert.Single(a.Events, x => x.Root == "17");
        Assert.Equal("Kampala", Name(a, e.Location));
    }

    // A crowd's protest whose agent is the place's people still happened in that place.
    [Fact]
    public void A_crowd_protest_keeps_the_place_its_agent_was_borrowed_from()
    {
        var a = Story("SARAJEVO (Reuters) - Supporters of the arrested men protested outside the court in Sarajevo on Wednesday.");
        var e = Assert.Single(a.Events, x => x.Root == "14");
        Assert.Equal("Sarajevo", Name(a, e.Location));
    }

    // Sibling: a capital that acts as its government is not also the place of its act.
    [Fact]
    public void A_named_capital_agent_is_still_no_place_of_its_own_act()
    {
        var a = Story("BELGRADE (Reuters) - Belgrade on Monday summoned the Bosnian ambassador in Belgrade over the arrests.");
        var e = Assert.Single(a.Events, x => x.Root == "11");
        Assert.Equal("-", Name(a, e.Location));
    }

    // "deployed soldiers to the province of Enga": where troops are sent is where the deployment happens.
    [Fact]
    public void A_deployment_takes_place_where_the_troops_are_sent()
    {
        var a = Story("PORT MORESBY (AFP) - Papua New Guinea deployed about 100 soldiers to the highlands province of Enga on Monday.");
        var e = Assert.Single(a.Events, x => x.Root == "15");
        Assert.Equal("Enga", Name(a, e.Location));
    }

    // Sibling: a deployment with no destination takes no place from its object.
    [Fact]
    public void A_deployment_with_no_destination_has_no_object_place()
    {
        var a = Story("PORT MORESBY (AFP) - Papua New Guinea deployed about 100 soldiers on Monday, police said.");
        Assert.DoesNotContain(a.Events, x => x.Root == "15" && x.Location >= 0 && a.Actors[x.Location].Name != "Port Moresby");
    }

    // "said that its forces had ...": the speaker's own forces act for the speaker (with "that" the act was lost to
    // the statement, the clause having no name of its own).
    [Fact]
    public void A_speakers_own_forces_after_that_act_for_the_speaker()
    {
        var a = Story("ADEN (Reuters) - Yemen's government said that its forces had retaken the district of Hays on Sunday.");
        var e = Assert.Single(a.Events, x => x.Root == "19");
        Assert.Equal("YEM", Country(a, e.Agent));
    }

    [Fact]
    public void A_rebel_armys_own_fighters_after_said_in_a_statement_act_for_it()
    {
        var a = Story("The Kamadi Liberation Army said in a statement that its fighters had shot down an army helicopter near Dorogo.");
        var e = Assert.Single(a.Events, x => x.Root == "19");
        Assert.Equal("Kamadi Liberation Army", Name(a, e.Agent));
    }

    // Sibling: forces with no possessive after "that" are still not the speaker's act.
    [Fact]
    public void Another_sides_forces_after_that_are_not_the_speakers()
    {
        var a = Story("ADEN (Reuters) - Yemen's government said that Houthi fighters had shelled the district of Hays on Sunday.");
        var e = Assert.Single(a.Events, x => x.Root == "19");
        Assert.StartsWith("Houthi", Name(a, e.Agent));
    }

    // "said X had been attacked by Y and accused Z of ...": the accusation is the speaker's next act (read as a passive
    // coordinated with "had been attacked" it was lost).
    [Fact]
    public void An_accusation_after_a_reported_passive_is_the_speakers_act()
    {
        var a = Story("BAMAKO (AFP) - Mali's defence minister said two army posts had been attacked by gunmen overnight and accused Algeria of harbouring the militants.");
        var e = Assert.Single(a.Events, x => x.Root == "11");
        Assert.Equal("MLI", Country(a, e.Agent));
        Assert.Contains(e.Counterparts, c => Country(a, c) == "DZA");
    }

    // Sibling: a reported summons "and handed a note" stays one passive (the envoy hands nothing).
    [Fact]
    public void A_reported_passive_and_handed_stays_passive()
    {
        var a = Story("LA PAZ (EFE) - The ministry said Chile's ambassador was summoned by the foreign ministry on Friday and handed a note of protest.");
        Assert.DoesNotContain(a.Events, x => Country(a, x.Agent) == "CHL");
    }
}
