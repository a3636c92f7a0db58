using System.Linq;
using Newswire.Extraction.Model;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Codes and targets of issue #11 read through the whole pipeline (invented sentences): summoning a diplomat, a state
/// that protests, a target named by a demonym or by the foreign place of an assault, a verb joined by "and" inside an
/// "after" clause, a national unit after "said", and acts only planned.
/// </summary>
public class TargetChoiceTests
{
    private readonly ITestOutputHelper _out;

    public TargetChoiceTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private ExtractedArticle Story(string body) => EventTestKit.Story(_out, "World briefing", body);

    private static string[] Targets(ExtractedArticle a, ExtractedEvent e) => e.Counterparts.Select(c => a.Actors[c].Country ?? "").ToArray();

    private static ExtractedEvent By(ExtractedArticle a, string trigger) => a.Events.Single(e => e.Trigger.Of(a.Text) == trigger);

    [Theory]
    [InlineData("Chile summoned the Bolivian ambassador on Monday, a day after Bolivia closed a border crossing.", "BOL")]
    [InlineData("Vietnam summoned China's envoy in Hanoi over the seizure of a fishing boat.", "CHN")]
    [InlineData("Vietnam summoned China's deputy chief of mission in Hanoi.", "CHN")]
    public void Summoning_a_diplomat_is_an_official_complaint_against_the_diplomats_state(string body, string target)
    {
        var a = Story(body);
        var e = By(a, "summoned");
        Assert.Equal("114", e.Code);
        Assert.Contains(target, Targets(a, e));
    }

    // "at least" counts the victims; read as "at", it made them a place and the target was lost.
    [Theory]
    [InlineData("Somali soldiers killed at least 35 al-Shabaab militants in Lower Shabelle on Saturday.", "killed", "al-Shabaab militants")]
    [InlineData("Kenyan police arrested at most a dozen members of the opposition Orange Party on Monday.", "arrested", "Orange Party")]
    public void At_least_before_a_count_is_no_place(string body, string trigger, string target)
    {
        var a = Story(body);
        Assert.Contains(By(a, trigger).Counterparts, c => a.Actors[c].Name == target);
    }

    // The participants of the reason ("for smuggling gold from India") are not the act's.
    [Theory]
    [InlineData("KATHMANDU (Wire) - Nepal Police arrested 14 people in Birgunj for smuggling gold from India, police said.", "arrested", "India")]
    [InlineData("Egypt detained two men for spying for Turkey.", "detained", "Turkey")]
    public void A_reason_after_for_names_no_target(string body, string trigger, string notTarget)
    {
        var a = Story(body);
        Assert.DoesNotContain(By(a, trigger).Counterparts, c => a.Actors[c].Name == notTarget);
    }

    // "X, which Y accuses of ...": Y is the clause's subject, so "which" is its object and X the target.
    [Theory]
    [InlineData("Turkey struck the outlawed Kurdistan Workers' Party (PKK), which Ankara accuses of using bases in northern Iraq to attack Turkey.", "accuses", "Kurdistan Workers' Party")]
    [InlineData("Egypt, which Sudan accuses of arming rebels, denied the claim.", "accuses", "Egypt")]
    public void The_antecedent_of_an_object_relative_is_the_target(string body, string trigger, string target)
    {
        var a = Story(body);
        var e = By(a, trigger);
        Assert.Equal(target, a.Actors[e.Counterparts[0]].Name);
    }

    [Fact]
    public void A_subject_relative_keeps_its_own_object()
    {
        var a = Story("Egypt, which accuses Sudan of arming rebels, closed the border.");
        var e = By(a, "accuses");
        Assert.Equal("Egypt", a.Actors[e.Agent].Name);
        Assert.Equal("Sudan", a.Actors[e.Counterparts[0]].Name);
    }

    // A name after a comma that has a verb of its own opens the next clause; it is no further target of the list.
    [Fact]
    public void A_name_with_its_own_verb_after_a_comma_is_no_target()
    {
        var a = Story("CARACAS (Wire) - Venezuelan police detained ten Colombian citizens near the border town of San Antonio, Foreign Minister Yvan Gil announced on Sunday.");
        Assert.DoesNotContain(By(a, "detained").Counterparts, c => a.Actors[c].Name == "Yvan Gil");
    }

    [Fact]
    public void A_list_of_names_after_a_comma_stays_in_the_window()
    {
        var a = Story("Kenya condemned Somalia, Ethiopia and Eritrea on Monday.");
        Assert.Contains(By(a, "condemned").Counterparts, c => a.Actors[c].Name == "Ethiopia");
    }

    // "X and Y agreed" is mutual even when the act names a place ("reopen the Torkham crossing"); a third party is not.
    [Fact]
    public void A_mutual_act_naming_a_place_is_still_coded_both_ways()
    {
        var a = Story("ISLAMABAD (Wire) - Pakistan and Afghanistan on Thursday agreed to reopen the Torkham border crossing, officials said.");
        Assert.Contains(a.Events, e => e.Root == "03" && a.Actors[e.Agent].Name == "Afghanistan" && e.Counterparts.Any(c => a.Actors[c].Name == "Pakistan"));
    }

    // "Russian air defences" are the country's forces, as "Russian troops" are.
    [Fact]
    public void A_countrys_air_defences_act_for_it()
    {
        var a = Story("MOSCOW (Wire) - Russian air defences destroyed 40 Ukrainian drones over the Belgorod region overnight, the defence ministry said.");
        Assert.Contains(a.Events, e => e.Root == "19" && a.Actors[e.Agent].Country == "RUS");
    }

    // "... in Lima and police used tear gas": forces by function after "and" are the second clause's subject.
    [Theory]
    [InlineData("LIMA (Wire) - Peru's Congress removed the president. Protesters gathered outside Congress in central Lima and police used tear gas to disperse them.")]
    [InlineData("LIMA (Wire) - Peru's Congress removed the president. Thousands marched in Lima and riot police fired tear gas.")]
    public void Forces_after_and_are_their_clauses_subject(string body)
    {
        var a = Story(body);
        Assert.Contains(a.Events, e => e.Code == "175" && a.Actors[e.Agent].Country == "PER");
    }

    [Fact]
    public void Thanking_for_help_keeps_the_thanked()
    {
        var a = Story("Pakistan thanked China for helping it after the floods.");
        Assert.Contains(By(a, "thanked").Counterparts, c => a.Actors[c].Name == "China");
    }

    [Fact]
    public void Summoning_ones_own_cabinet_is_no_complaint()
    {
        var a = Story("Kenya's president summoned his cabinet for an emergency session in Nairobi.");
        Assert.DoesNotContain(a.Events, e => e.Code == "114");
    }

    [Fact]
    public void A_protest_note_is_an_official_complaint_not_a_demonstration()
    {
        var a = Story("Sudan sent a protest note to Egypt over the arrests.");
        Assert.Contains(a.Events, e => e.Code == "114");
        Assert.DoesNotContain(a.Events, e => e.Root == "14");
    }

    [Theory]
    [InlineData("Greece protested to Turkey over the flights.", "114")]
    [InlineData("The Philippines on Monday protested after a Chinese vessel fired a water cannon at a fishing boat.", "114")]
    [InlineData("Moscow protested the seizure of its tanker, Russia's foreign ministry said.", "114")]
    [InlineData("Opposition supporters in Caracas protested against the Venezuelan government.", "141")]
    [InlineData("Residents of Nairobi protested on Monday over water cuts.", "141")]
    public void A_state_that_protests_complains_a_crowd_demonstrates(string body, string code)
    {
        var a = Story(body);
        Assert.Equal(code, By(a, "protested").Code);
    }

    [Theory]
    [InlineData("Georgia said Russian troops attacked Georgian positions near the border, and Russia did not comment.", "attacked", "GEO")]
    [InlineData("Vietnam said China's coast guard fired water cannon at a Vietnamese fishing boat.", "fired", "VNM")]
    [InlineData("Nigeria said Chadian soldiers fired on Nigerian border posts, but Chad denied it.", "fired", "NGA")]
    public void A_demonym_in_the_object_names_the_target(string body, string trigger, string target)
    {
        var a = Story(body);
        Assert.Contains(target, Targets(a, By(a, trigger)));
    }

    [Fact]
    public void An_assault_with_no_named_object_in_a_foreign_place_targets_that_state()
    {
        var a = Story("A Turkish drone struck a car near Erbil in Iraq on Sunday, and Turkey said it had hit militants.");
        var e = By(a, "struck");
        Assert.Equal("TUR", a.Actors[e.Agent].Country);
        Assert.Contains("IRQ", Targets(a, e));
    }

    [Fact]
    public void A_demonym_in_a_statements_object_adds_no_target()
    {
        var a = Story("Japan's foreign minister said Korean exports had risen in May.");
        Assert.DoesNotContain(a.Events, e => e.Root != "01" && e.Counterparts.Count > 0);
    }

    [Fact]
    public void A_verb_joined_by_and_in_an_after_clause_keeps_that_clauses_subject()
    {
        var a = Story("Peru protested after Chile's navy seized a fishing boat and detained its crew.");
        Assert.DoesNotContain(a.Events, e => e.Root == "17" && a.Actors[e.Agent].Name == "Peru");
        Assert.Contains(a.Events, e => e.Root == "17" && a.Actors[e.Agent].Name == "Chile");
    }

    [Fact]
    public void A_verb_joined_by_and_in_an_after_clause_with_no_actor_subject_codes_nothing()
    {
        var a = Story("Lithuania summoned Belarus's envoy after dozens of balloons crossed the border and forced the closure of an airport.");
        Assert.Single(a.Events);
        Assert.Equal("114", a.Events[0].Code);
    }

    [Fact]
    public void A_national_unit_after_said_is_the_subject_of_the_reported_act()
    {
        var a = Story("Russia said Ukrainian drones attacked a refinery in the Samara region, but Ukraine did not comment.");
        var e = By(a, "attacked");
        Assert.Equal("Ukraine", a.Actors[e.Agent].Name);
    }

    [Fact]
    public void An_act_only_plotted_codes_nothing_and_does_not_move_the_arrest()
    {
        var a = Story("Kenya arrested three men in Mombasa suspected of plotting attacks in Nairobi.");
        var e = Assert.Single(a.Events);
        Assert.Equal("173", e.Code);
        Assert.Equal("Mombasa", a.Actors[e.Location].Name);
    }

    [Fact]
    public void Fighters_planning_attacks_lend_no_target_to_the_killing()
    {
        var a = Story("Burkina Faso's army said it killed 20 fighters planning attacks on Ouagadougou.");
        var e = By(a, "killed");
        Assert.Empty(e.Counterparts);
    }

    [Theory]
    [InlineData("Egypt and Sudan plan talks in Cairo next week.", "036")]
    [InlineData("Israel is preparing an airstrike on Iran, officials said.", "1384")]
    public void A_planned_meeting_or_threat_is_still_coded_by_its_pattern(string body, string code)
    {
        var a = Story(body);
        Assert.Contains(a.Events, e => e.Code == code);
    }
}
