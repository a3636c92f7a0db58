using System.Linq;
using Newswire.Extraction.Events;
using Newswire.Extraction.Events.Stages;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// The rules the wire check (<c>WireCheck/</c>) called for, on invented sentences with hand-marked actors
/// (<see cref="EventTestKit"/>): who acts in a subordinate clause and a participle clause, bracketed credits,
/// internal deployments, meetings inside one government, self-defence, "welcomed the ruling", "broke an agreement".
/// </summary>
public class WireRuleTests
{
    private readonly ITestOutputHelper _out;

    public WireRuleTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private EventTestKit.Result Run(string markup, EventStages? stages = null)
    {
        var r = EventTestKit.Run(markup, stages: stages);
        _out.WriteLine(r.ToString());
        return r;
    }

    private static EventStages Without(params string[] names)
    {
        var all = EventStages.Default;
        return new EventStages(all.Words, all.Stages.Where(s => !names.Contains(s.Name)).ToList());
    }

    [Fact]
    public void The_subject_of_an_after_clause_acts_there()
    {
        var r = Run("[Norland|L|NRL] lodged a protest on Monday after a [Sundish=Sundland|L|SUN|adj] coast guard ship fired at a [Norlandic=Norland|L|NRL|adj] trawler.");
        Assert.Contains(r.Events, e => e.Root == "11" && r.Name(e.Agent) == "Norland");
        Assert.DoesNotContain(r.Events, e => e.Root == "19" && r.Name(e.Agent) == "Norland");
        Assert.Contains(r.Events, e => e.Root == "19" && r.Name(e.Agent) == "Sundland");
    }

    [Fact]
    public void A_unit_named_by_its_nationality_acts_for_its_country()
    {
        var r = Run("[Vietnam|L|VNM] protested on Monday after a Chinese coast guard ship fired at a fishing boat. [Beijing|L|CHN] did not comment.");
        Assert.Contains(r.Events, e => e.Root == "19" && r.Name(e.Agent) == "Beijing");
        Assert.DoesNotContain(r.Events, e => e.Root == "19" && r.Name(e.Agent) == "Vietnam");
    }

    [Fact]
    public void A_unit_of_a_country_the_story_never_names_has_no_agent()
    {
        var r = Run("[Vietnam|L|VNM] protested on Monday after a Chinese coast guard ship fired at a fishing boat.");
        Assert.DoesNotContain(r.Events, e => e.Root == "19");
    }

    [Fact]
    public void It_after_a_speech_verb_is_the_speaker()
    {
        var r = Run("[Sundland|L|SUN] fired a missile on Friday. [Norland|L|NRL]'s military said it had raised its alert level.");
        Assert.Contains(r.Events, e => e.Code == "152" && r.Name(e.Agent) == "Norland");
    }

    [Fact]
    public void An_acronym_of_a_named_force_acts()
    {
        var r = Run("The [Harbour Defence Forces|O|] shelled the port on Sunday. The [HDF|O|] accused [Norland|L|NRL] of arming rebels.");
        Assert.Contains(r.Events, e => e.Root == "11" && r.Name(e.Agent) == "HDF");
    }

    [Fact]
    public void An_unknown_acronym_stays_private()
    {
        var r = Run("The [KLX|O|] accused [Norland|L|NRL] of dumping steel.");
        Assert.DoesNotContain(r.Events, e => e.Root == "11");
    }

    [Fact]
    public void A_preposition_before_a_noun_opens_no_clause()
    {
        var r = Run("[Norland|L|NRL] expelled two [Sundish=Sundland|L|SUN|adj] diplomats after the talks.");
        Assert.Contains(r.Events, e => e.Root == "16" && r.Name(e.Agent) == "Norland");
    }

    [Fact]
    public void A_participle_clause_goes_on_with_its_agent()
    {
        var r = Run("[Norland|L|NRL] recalled its ambassador from [Sundland|L|SUN], accusing its neighbour of arming rebels.");
        Assert.Contains(r.Events, e => e.Root == "11" && r.Name(e.Agent) == "Norland");
    }

    [Fact]
    public void A_participle_after_a_clause_that_coded_nothing_has_no_agent()
    {
        var r = Run("A storm hit the coast of [Norland|L|NRL] on Sunday, forcing thousands to flee.");
        Assert.Empty(r.Events);
    }

    [Fact]
    public void A_speech_participle_is_not_the_clause_agent_speaking()
    {
        var r = Run("[Sundland|L|SUN] fired a missile into the sea, the [Norlandic=Norland|L|NRL|adj] government said, adding that it fell short.");
        Assert.DoesNotContain(r.Events, e => e.Root == "01" && r.Name(e.Agent) == "Sundland");
    }

    [Fact]
    public void A_bracketed_credit_is_not_the_subject()
    {
        var r = Run("PORT ELLIS, May 4 ([Wirenews|O|NRL]) [Norland Police|O|NRL] detained 40 protesters on Monday.");
        Assert.Contains("173 Norland Police ->  @ -", r.Lines());
    }

    [Fact]
    public void Troops_sent_home_are_a_mobilization()
    {
        var r = Run("[Norland|L|NRL]'s government sent 600 soldiers to the northern state of [Lakeside|L|NRL] on Friday.");
        Assert.Contains("154 Norland -> Lakeside @ -", r.Lines());
    }

    [Fact]
    public void Troops_sent_abroad_stay_military_cooperation()
    {
        var r = Run("[Norland|L|NRL] sent 600 soldiers to [Sundland|L|SUN] on Friday.");
        Assert.Contains("062 Norland -> Sundland @ -", r.Lines());
    }

    [Fact]
    public void Internal_meeting_chaired() =>
        StopsOnlyWith("internal-meeting", "Prime Minister [Ada Brelik|P|NRL] chaired a meeting of the [National Security Committee|O|NRL] on Monday.");

    // A meeting with one's own people names no counterpart: the unaddressed-visit stage stops it as well.
    [Fact]
    public void Internal_meeting_with_own_cabinet() =>
        StopsOnlyWith("internal-meeting+unaddressed-visit", "President [Ada Brelik|P|NRL] met his cabinet on Monday.");

    [Fact]
    public void Own_meeting_noun_with_no_counterpart() =>
        StopsOnlyWith("internal-meeting", "The [Norland Reserve Bank|O|NRL] held its monetary policy committee meeting on Tuesday.");

    [Fact]
    public void Meeting_a_company_chief() =>
        StopsOnlyWith("company-meeting", "Trade Minister [Ada Brelik|P|NRL] met the chief executive of [Kastrup Motors|O|NRL] on Monday.");

    [Fact]
    public void Act_named_as_the_measure_of_a_comparison() =>
        StopsOnlyWith("compared-act", "[Ada Brelik|P|NRL] said the levy would rise by one point rather than the three points she first proposed.");

    [Fact]
    public void Internal_meeting_with_the_heads_of_the_armed_forces() =>
        StopsOnlyWith("internal-meeting+unaddressed-visit", "Prime Minister [Ada Brelik|P|NRL] met the heads of the armed forces on Monday.");

    [Fact]
    public void Internal_meeting_keeps_a_foreign_party()
    {
        var r = Run("President [Ada Brelik|P|NRL] met [Sundland|L|SUN]'s cabinet on Monday.");
        Assert.Contains(r.Events, e => e.Root == "04");
    }

    [Fact]
    public void Self_defence_is_no_protection_of_another() =>
        StopsOnlyWith("self-defence", "A spokeswoman said [Riverton|L|NRL] would defend itself.");

    [Fact]
    public void Self_defence_vow_is_no_intent_to_cooperate() =>
        StopsOnlyWith("self-defence", "President [Ada Brelik|P|NRL] vowed to defend the country's sovereignty.");

    [Theory]
    [InlineData("President [Ada Brelik|P|NRL] vowed to crack down on the smuggling trade.")]
    [InlineData("President [Ada Brelik|P|NRL] promised to punish those responsible for the attack.")]
    [InlineData("President [Ada Brelik|P|NRL] vowed to press on with the offensive against the group.")]
    public void A_vow_to_fight_is_no_intent_to_cooperate(string sentence) =>
        StopsOnlyWith("hostile-intent", sentence);

    [Theory]
    [InlineData("Ties with [Sundland|L|SUN] have soured since [Norland|L|NRL] seized the border province in 2023.")]
    [InlineData("It was the first trade fair in [Sundland|L|SUN] since [Norland|L|NRL] expelled its ambassador.")]
    public void The_act_a_since_clause_dates_a_state_from_is_background(string sentence) =>
        StopsOnlyWith("since-clause", sentence);

    [Fact]
    public void A_news_act_before_since_stays()
    {
        var r = Run("Police in [Norland|L|NRL] have arrested 40 protesters since Friday, a spokesman said.");
        Assert.Contains(r.Events, e => e.Root == "17");
    }

    [Theory]
    [InlineData("[Norland|L|NRL] and [Sundland|L|SUN] pledged to fight the smugglers together.")]
    [InlineData("[Norland|L|NRL] pledged with [Sundland|L|SUN] to crush the smuggling gangs.")]
    [InlineData("[Norland|L|NRL] vowed to strike a deal with [Sundland|L|SUN] on fishing rights.")]
    public void A_joint_vow_to_fight_or_to_strike_a_deal_stays_an_intent(string sentence)
    {
        var r = Run(sentence);
        Assert.Contains(r.Events, e => e.Root == "03");
    }

    [Fact]
    public void A_visit_to_a_named_hospital_at_home_is_no_visit_between_actors() =>
        StopsOnlyWith("unaddressed-visit", "President [Ada Brelik|P|NRL] visited the [Port Ellis Hospital|O|NRL] on Monday.");

    [Fact]
    public void A_visit_to_a_plant_abroad_stays_a_visit()
    {
        var r = Run("President [Ada Brelik|P|NRL] toured the [Harwick Motor Plant|O|SUN] in [Sundland|L|SUN] on Monday.");
        Assert.Contains(r.Events, e => e.Root == "04");
    }

    [Theory]
    [InlineData("Education Minister [Ada Brelik|P|NRL] thanked the company for the laptops.")]
    [InlineData("Tourism Minister [Ada Brelik|P|NRL] thanked the airline for its support.")]
    public void Praise_of_a_company_or_a_team_is_no_praise_between_actors(string sentence) =>
        StopsOnlyWith("praised-business", sentence);

    [Fact]
    public void Praise_of_another_state_stays()
    {
        var r = Run("President [Ada Brelik|P|NRL] thanked [Sundland|L|SUN] for its support.");
        Assert.Contains(r.Events, e => e.Code == "051");
    }

    [Fact]
    public void A_vow_to_go_on_with_talks_stays_an_intent()
    {
        var r = Run("President [Ada Brelik|P|NRL] vowed to continue the talks with [Sundland|L|SUN].");
        Assert.Contains(r.Events, e => e.Root == "03");
    }

    [Fact]
    public void Defending_another_stays_protection()
    {
        var r = Run("[Norland|L|NRL] said it would defend [Sundland|L|SUN] against any attack.");
        Assert.Contains(r.Events, e => e.Code == "074");
    }

    [Fact]
    public void Welcoming_a_ruling_is_approval()
    {
        var r = Run("Interior Minister [Ada Brelik|P|NRL] welcomed the ruling.");
        Assert.Contains(r.Events, e => e.Code == "051");
        Assert.DoesNotContain(r.Events, e => e.Code == "043");
    }

    [Fact]
    public void Welcoming_a_guest_is_still_hosting()
    {
        var r = Run("[Norland|L|NRL] welcomed [Sundish=Sundland|L|SUN|adj] President [Ola Varg|P|SUN] on Monday.");
        Assert.Contains(r.Events, e => e.Code == "043");
    }

    [Fact]
    public void Breaking_an_agreement_is_no_fighting()
    {
        var r = Run("The government in [Riverton|L|NRL] said [Sundland|L|SUN] had repeatedly broken an agreement on border security.");
        Assert.DoesNotContain(r.Events, e => e.Root == "19" || e.Root == "05");
    }

    [Fact]
    public void Breaking_a_truce_is_violating_a_ceasefire()
    {
        var r = Run("[Sundland|L|SUN] broke the truce with [Norland|L|NRL] on Sunday.");
        Assert.Contains(r.Events, e => e.Code == "196");
    }

    private void StopsOnlyWith(string stage, string markup)
    {
        var with = Run(markup);
        var without = Run(markup, Without(stage.Split('+')));
        Assert.DoesNotContain(with.Events, e => e.Root != "01");
        Assert.Contains(without.Events, e => e.Root != "01");
    }
}
