using System.Linq;
using Newswire.Extraction.Model;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Codes read from the clause around the trigger (invented stories): intent to negotiate in a statement, a court
/// bench's reasons, measures as subjects, armed groups against civilians, crowd-control weapons, relief handed
/// out, time phrases before a verb's preposition, and a body that keeps reporting a game.
/// </summary>
public class EventClauseCodeTests
{
    private readonly ITestOutputHelper _out;

    public EventClauseCodeTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private ExtractedArticle Story(string headline, string body) => EventTestKit.Story(_out, headline, body);

    [Theory]
    [InlineData("Kenyan Foreign Minister Musalia Mudavadi said on Monday that the government was open to talks with Ethiopia.")]
    [InlineData("Kenyan Foreign Minister Musalia Mudavadi told state television that Nairobi was ready to discuss a new border treaty with Ethiopia.")]
    [InlineData("Kenyan Foreign Minister Musalia Mudavadi said that Kenya was willing to hold talks with Ethiopia over the dam.")]
    public void Openness_to_talks_in_a_statement_is_intent_to_negotiate(string body)
    {
        var a = Story("Kenya signals shift", body);
        Assert.Contains(a.Events, e => e.Code == "036");
    }

    [Fact]
    public void A_standing_position_restated_stays_a_statement()
    {
        var a = Story("Kenya signals shift", "Kenyan Foreign Minister Musalia Mudavadi said on Monday that Kenya remained open to talks with Ethiopia.");
        Assert.DoesNotContain(a.Events, e => e.Code == "036");
    }

    [Fact]
    public void A_court_bench_giving_its_reasons_is_no_statement()
    {
        var a = Story("Court frees activist", "A bench of Justices Meera Kapoor and Arjun Sethi said the police had failed to show any evidence against the activist.");
        Assert.DoesNotContain(a.Events, e => e.Root == "01");
    }

    [Fact]
    public void Measures_as_the_subject_of_target_are_no_attack()
    {
        var a = Story("EU widens sanctions", "The measures, agreed by European Union foreign ministers in Brussels on Monday, target three Iranian banks.");
        Assert.DoesNotContain(a.Events, e => e.Root == "19" || e.Root == "18");
    }

    [Fact]
    public void Militants_killing_villagers_is_violence_against_civilians()
    {
        var a = Story("Village attacked", "Suspected Al-Shabaab militants killed at least 12 villagers in an overnight raid in southern Somalia, the army said on Sunday.");
        Assert.Contains(a.Events, e => e.Code == "180");
        Assert.DoesNotContain(a.Events, e => e.Root == "19");
    }

    [Fact]
    public void Police_using_water_cannon_is_repression()
    {
        var a = Story("Protest in Caracas", "Venezuelan riot police used water cannon and tear gas on marchers in Caracas on Friday.");
        Assert.Contains(a.Events, e => e.Code == "175");
    }

    [Fact]
    public void Distributing_rations_and_sending_doctors_is_humanitarian_aid()
    {
        var a = Story("Relief effort", "The World Food Programme began distributing emergency rations to families in Kenya on Saturday. The African Union said it was sending 30 doctors to Kenya.");
        Assert.Equal(2, a.Events.Count(e => e.Code == "073"));
    }

    [Fact]
    public void A_time_phrase_may_stand_between_appeal_and_for()
    {
        var a = Story("Appeal", "The World Health Organization appealed on Friday for $20 million to fight cholera in Malawi.");
        Assert.Contains(a.Events, e => e.Root == "02");
    }

    [Fact]
    public void Responding_with_countermeasures_is_a_threat_and_any_attack_is_no_event()
    {
        var a = Story("Belarus answers", "The Belarusian foreign ministry said Minsk would respond with proportionate countermeasures. The minister said Lithuania would respond firmly to any attack.");
        Assert.Contains(a.Events, e => e.Root == "13");
        Assert.DoesNotContain(a.Events, e => e.Root == "19");
    }

    [Fact]
    public void A_body_that_keeps_reporting_a_game_makes_a_sport_story()
    {
        var a = Story(
            "Riverton storm back to win continental title",
            "Riverton came from a goal down to beat Port Anselm 2-1 in the final on Saturday. Port Anselm had gone ahead when their striker beat the goalkeeper from the edge of the area. "
            + "Riverton equalised in the 64th minute and won it with a late penalty. \"We attacked them from every side,\" Riverton coach Tomas Ferreira told reporters.");
        Assert.DoesNotContain(a.Events, e => e.Root == "19");
    }

    [Fact]
    public void A_crowd_protest_is_the_organizers_when_the_next_sentence_names_it()
    {
        var a = Story(
            "Students march in Nairobi",
            "Thousands of students marched through central Nairobi on Tuesday to protest against fee increases. The march was called by the Kenya University Students Organisation, which said 20,000 people joined.");
        var march = a.Events.Single(e => e.Root == "14");
        Assert.Equal("Kenya University Students Organisation", a.Actors[march.Agent].Name);
    }

    [Fact]
    public void A_protest_condemned_by_a_body_keeps_its_crowd_agent()
    {
        var a = Story(
            "Students march in Nairobi",
            "Thousands of students marched through central Nairobi on Tuesday to protest against fee increases. The march was condemned by the Kenya National Union of Teachers.");
        var march = a.Events.Single(e => e.Root == "14");
        Assert.NotEqual("Kenya National Union of Teachers", a.Actors[march.Agent].Name);
    }

    [Fact]
    public void An_accusation_describing_the_sanctioned_is_no_separate_event()
    {
        var a = Story("EU sanctions", "The European Union on Monday imposed sanctions on eight Iranian companies and 14 officials it accuses of helping to supply drones to Russia.");
        Assert.Contains(a.Events, e => e.Root == "16");
        Assert.DoesNotContain(a.Events, e => e.Root == "11");
    }

    [Fact]
    public void Hosting_a_dinner_for_delegations_is_hosting()
    {
        var a = Story("Talks in Muscat", "Omani Foreign Minister Badr Albusaidi hosted a working dinner for both delegations.");
        Assert.Contains(a.Events, e => e.Code == "043");
    }

    // A verb pattern may name a two-word object: halting "air strikes" de-escalates, whatever "strikes" alone reads.
    [Theory]
    [InlineData("Israel halted air strikes on southern Lebanon on Monday, the army said.")]
    [InlineData("Turkey suspended air strikes on Kurdish positions in Iraq on Friday.")]
    public void Halting_air_strikes_is_de_escalation(string body)
    {
        var a = Story("Truce", body);
        Assert.Contains(a.Events, e => e.Code == "087");
        Assert.DoesNotContain(a.Events, e => e.Root == "19");
    }

    [Fact]
    public void Suspending_a_labour_strike_stays_no_event()
    {
        var a = Story("Doctors", "Kenyan doctors suspended their strike on Monday after talks with the health ministry.");
        Assert.DoesNotContain(a.Events, e => e.Code == "087" || e.Root == "19");
    }

    // "set fire to" is arson, property destroyed (1712) as "burned homes" is, whatever the form of "set".
    [Theory]
    [InlineData("Boko Haram fighters set fire to homes in the village of Kaura in Nigeria on Sunday, police said.")]
    [InlineData("Al-Shabaab militants were setting fire to shops in Mogadishu when troops arrived.")]
    public void Setting_fire_to_homes_destroys_property(string body)
    {
        var a = Story("Attack", body);
        Assert.Contains(a.Events, e => e.Code == "1712");
    }

    // Two acts of one root by one agent are two events when their three-digit codes differ; a root's general code
    // and a specific one of the same root ("pardoned and released") stay one.
    [Theory]
    [InlineData("Peruvian navy officers seized two tonnes of cocaine and detained four dock workers in Callao on Tuesday.")]
    [InlineData("Colombian soldiers seized a cache of rifles and detained four suspected rebels in Cauca province on Tuesday, the army said.")]
    public void Seizing_goods_and_detaining_people_are_two_events(string body)
    {
        var a = Story("Drugs haul", body);
        Assert.Contains(a.Events, e => e.Code.StartsWith("171"));
        Assert.Contains(a.Events, e => e.Code == "173");
    }

    [Fact]
    public void A_general_and_a_specific_code_of_one_root_stay_one_event()
    {
        var a = Story("Pardon", "Myanmar's military government pardoned and released 3,000 prisoners on Wednesday, state media said.");
        Assert.Single(a.Events, e => e.Root == "08");
    }

    // "called the deportations inhumane", "called the arrest a provocation": naming a side's act so is criticism.
    [Theory]
    [InlineData("PORT-AU-PRINCE (AP) - Haiti's foreign ministry called the deportations inhumane on Saturday.")]
    [InlineData("BELGRADE (Reuters) - Serbia called the arrest a provocation.")]
    public void Calling_an_act_inhumane_or_a_provocation_is_criticism(string body)
    {
        var a = Story("Ministry reacts", body);
        Assert.Contains(a.Events, e => e.Code == "111");
    }

    // Sibling: calling talks constructive is no criticism, and "called on" stays an appeal.
    [Theory]
    [InlineData("BELGRADE (Reuters) - Serbia called the talks constructive.")]
    [InlineData("BELGRADE (Reuters) - Serbia called on Croatia to release the men, saying the arrests were illegal.")]
    public void Calling_talks_constructive_or_calling_on_a_side_is_no_criticism(string body)
    {
        var a = Story("Ministry reacts", body);
        Assert.DoesNotContain(a.Events, e => e.Code == "111");
    }

    [Theory]
    [InlineData("The opposition Jappo Senegal party called the verdict a judicial coup on Monday.")]
    [InlineData("The opposition Jappo Senegal party called the vote a sham on Monday.")]
    public void Calling_an_act_a_coup_or_a_sham_is_criticism(string body)
    {
        var a = Story("World briefing", body);
        Assert.Contains(a.Events, e => e.Code == "111" && a.Actors[e.Agent].Name.Contains("Jappo"));
    }

    [Fact]
    public void Calling_for_a_coup_is_still_an_appeal()
    {
        var a = Story("World briefing", "Kenya called for a coup in Uganda on Monday.");
        Assert.Contains(a.Events, e => e.Code == "020");
        Assert.DoesNotContain(a.Events, e => e.Code == "111");
    }
}
