using System.Linq;
using Newswire.Extraction.Model;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Whether a word is read as the verb or as a noun, through the whole pipeline (invented sentences): adverbs and
/// "in the past" between an auxiliary and its verb, a homograph after a name that is a verb's object, and the phrase
/// after "by" that names who makes a visit.
/// </summary>
public class VerbReadingTests
{
    private readonly ITestOutputHelper _out;

    public VerbReadingTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private ExtractedArticle Story(string body) => EventTestKit.Story(_out, "World briefing", body);

    [Theory]
    [InlineData("Baghdad has often condemned such strikes on its territory.", "11")]
    [InlineData("The Iraqi government has always criticised the attacks.", "11")]
    [InlineData("Baghdad has in the past condemned the strikes as violations of its sovereignty.", "11")]
    [InlineData("Seoul has long opposed the visit.", "11")]
    public void A_frequency_adverb_between_auxiliary_and_verb_keeps_the_verb(string body, string root)
    {
        var a = Story(body);
        Assert.Contains(a.Events, e => e.Root == root);
        Assert.DoesNotContain(a.Events, e => e.Root == "19" || e.Root == "04");
    }

    [Theory]
    [InlineData("Turkish warplanes struck PKK targets in northern Iraq on Sunday.", "Kurdistan Workers' Party")]
    [InlineData("Israeli jets bombed Hamas targets in Gaza overnight.", "Hamas")]
    [InlineData("Turkey's defence ministry said warplanes struck PKK targets in the Qandil mountains.", "Kurdistan Workers' Party")]
    public void A_homograph_after_the_named_object_of_an_act_is_a_noun(string body, string target)
    {
        var a = Story(body);
        Assert.DoesNotContain(a.Events, e => e.Trigger.Of(a.Text) == "targets");
        Assert.DoesNotContain(a.Events, e => a.Actors[e.Agent].Name == target);
    }

    [Fact]
    public void A_speech_verb_before_a_name_still_opens_a_clause()
    {
        var a = Story("The army said Hamas attacks civilians in border towns.");
        Assert.Contains(a.Events, e => e.Trigger.Of(a.Text) == "attacks" && a.Actors[e.Agent].Name == "Hamas");
    }

    [Fact]
    public void The_phrase_after_by_ends_at_the_next_preposition()
    {
        var a = Story("The two leaders signed a water deal in Baghdad on Monday, during the first visit by a Turkish president to Iraq in a decade.");
        Assert.DoesNotContain(a.Events, e => e.Root == "04" && a.Actors[e.Agent].Name == "Iraq");
    }

    // Light verbs: the event noun in the object is the subject's act, not one borrowed from the story's last agent.
    [Theory]
    [InlineData("TOKYO (Wire) - Japan lodged a protest with Pyongyang. The launch came as U.S. Secretary of State Marco Rubio was wrapping up a visit to Seoul.", "Marco Rubio")]
    [InlineData("ANKARA (Wire) - Turkey condemned the raid. Greek Prime Minister Kyriakos Mitsotakis undertook a visit to Cyprus on Monday.", "Kyriakos Mitsotakis")]
    public void Wrapping_up_or_undertaking_a_visit_is_the_subjects_visit(string body, string visitor)
    {
        var a = Story(body);
        var visit = Assert.Single(a.Events, e => e.Root == "04");
        Assert.Equal(visitor, a.Actors[visit.Agent].Name);
    }

    [Fact]
    public void The_visitor_named_after_by_is_still_the_agent()
    {
        var a = Story("The deal was signed during a visit by Kenyan President William Ruto to Accra.");
        Assert.Contains(a.Events, e => e.Root == "04" && a.Actors[e.Agent].Name == "William Ruto");
    }

    [Theory]
    [InlineData("Saudi Arabia intercepted a missile fired by the Houthis on Tuesday.")]
    [InlineData("Saudi air defenses intercepted two missiles over Jazan on Tuesday, state media said.")]
    public void A_missile_intercepted_in_flight_is_no_confiscation(string body)
    {
        var a = Story(body);
        Assert.DoesNotContain(a.Events, e => e.Code == "1711");
    }

    [Fact]
    public void A_missile_intercepted_in_flight_leaves_the_launchers_attack()
    {
        var a = Story("Saudi Arabia intercepted a missile fired by the Houthis on Tuesday.");
        Assert.Contains(a.Events, e => e.Root == "19" && a.Actors[e.Agent].Name == "Houthis");
    }

    [Fact]
    public void An_intercepted_vessel_is_still_seized()
    {
        var a = Story("Greece intercepted a vessel carrying weapons to Libya on Monday.");
        Assert.Contains(a.Events, e => e.Code == "1711" && a.Actors[e.Agent].Name == "Greece");
    }

    [Theory]
    [InlineData("Israel intercepted a rocket fired from Gaza on Tuesday, the military said.", "Israel")]
    [InlineData("Ukraine shot down 30 drones launched from Russia overnight.", "Ukraine")]
    public void A_weapon_fired_from_somewhere_after_an_act_is_no_act_of_the_subject(string body, string subject)
    {
        var a = Story(body);
        Assert.DoesNotContain(a.Events, e => (e.Trigger.Of(a.Text) == "fired" || e.Trigger.Of(a.Text) == "launched") && a.Actors[e.Agent].Name == subject);
    }

    [Theory]
    [InlineData("The Philippines protested to China on Monday. Chinese coast guard vessels fired water cannon at a Philippine supply boat on Sunday.", "fired", "China")]
    [InlineData("Ukraine appealed to Russia on Monday. Russian missiles struck Kyiv overnight, the mayor said.", "struck", "Russia")]
    [InlineData("Palestinian officials accused Israel on Friday. Israeli soldiers fired at protesters near the fence.", "fired", "Israel")]
    public void A_force_noun_before_its_own_verb_still_acts(string body, string trigger, string agent)
    {
        var a = Story(body);
        Assert.Contains(a.Events, e => e.Trigger.Of(a.Text) == trigger && a.Actors[e.Agent].Name == agent);
    }

    [Fact]
    public void A_cargo_bound_for_a_country_is_no_cooperation_and_the_arrest_stays()
    {
        var a = Story("Kenyan police arrested two sailors suspected of hiding rifles in a timber cargo bound for Sudan, the interior ministry said.");
        Assert.DoesNotContain(a.Events, e => e.Trigger.Of(a.Text) == "bound");
        Assert.Contains(a.Events, e => e.Code == "173");
    }

    [Theory]
    [InlineData("Australia will dispatch a frigate to Indonesia for joint exercises next month.")]
    [InlineData("Australia dispatched two frigates to Indonesia for joint exercises on Monday.")]
    public void Dispatching_ships_for_joint_exercises_is_military_cooperation(string body)
    {
        var a = Story(body);
        Assert.Contains(a.Events, e => e.Code == "062" && a.Actors[e.Agent].Name == "Australia");
    }

    [Fact]
    public void Dispatching_ships_with_no_event_noun_codes_nothing()
    {
        var a = Story("Australia dispatched two frigates to Indonesia on Monday.");
        Assert.DoesNotContain(a.Events, e => e.Trigger.Of(a.Text) == "dispatched");
    }

    [Fact]
    public void A_meeting_between_two_nationalities_is_between_their_countries()
    {
        var a = Story("Kenya reopened its border with Somalia on Tuesday. The decision was taken at a meeting between Kenyan and Somali border officials.");
        Assert.Contains(a.Events, e => e.Root == "04" && a.Actors[e.Agent].Name == "Kenya" && e.Counterparts.Any(c => a.Actors[c].Name == "Somalia"));
    }

    [Fact]
    public void A_visit_by_a_nationality_and_title_is_that_country_s()
    {
        var a = Story("Egypt and Sudan signed a trade deal on Monday during the first visit by an Egyptian president to Sudan in a decade.");
        Assert.Contains(a.Events, e => e.Code == "042" && a.Actors[e.Agent].Name == "Egypt" && e.Counterparts.Any(c => a.Actors[c].Name == "Sudan"));
    }

    [Fact]
    public void A_visit_by_a_named_person_stays_the_person_s()
    {
        var a = Story("Egypt and Sudan signed a trade deal on Monday during a visit by Egyptian President Abdel Fattah al-Sisi to Khartoum.");
        Assert.DoesNotContain(a.Events, e => e.Code == "042" && a.Actors[e.Agent].Name == "Egypt");
    }
}
