using System;
using System.Linq;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>Tricky sentences with hand-marked actors: agent, counterparts, place, time, modality, attribution.</summary>
public class EventSentenceTests
{
    private readonly ITestOutputHelper _out;

    public EventSentenceTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private EventTestKit.Result Run(string markup, DateTime? published = null, bool headline = false)
    {
        var r = EventTestKit.Run(markup, published, headline);
        _out.WriteLine(r.ToString());
        return r;
    }

    [Fact]
    public void Fronted_place_and_inspection_visit()
    {
        var r = Run("In [Rostov-on-Don|L|RUS], [Vladimir Putin|P|RUS] inspected the headquarters of the [Southern Military District|O|RUS] after completing an official stop in [Astana|L|KAZ].");
        Assert.Equal(new[] { "042 Vladimir Putin -> Southern Military District @ Rostov-on-Don" }, r.Lines());
    }

    [Fact]
    public void Possessive_visit_with_apposed_capital_and_time()
    {
        var r = Run("Earlier that morning, [the Russian leader=Vladimir Putin|P|RUS]’s working visit took him to the [Kazakh=Kazakhstan|L|KAZ|adj] capital, [Astana|L|KAZ].",
            new DateTime(2024, 5, 27));
        var e = Assert.Single(r.Events);
        Assert.Equal("042 Vladimir Putin -> Kazakhstan @ Astana", r.Describe(e));
        Assert.Equal("Earlier that morning", e.Time);
        Assert.Equal("2024-05-27", e.Date);
        Assert.Equal(EventModality.Happened, e.Modality);
    }

    [Fact]
    public void Held_meetings_is_one_consultation_with_place_from_at()
    {
        var r = Run("There, [Putin=Vladimir Putin|P|RUS] held meetings with [Kassym-Jomart Tokayev|P|KAZ] at the [Akorda|L|KAZ] state residence.");
        var e = Assert.Single(r.Events);
        Assert.Equal("040 Vladimir Putin -> Kassym-Jomart Tokayev @ Akorda", r.Describe(e));
        Assert.Equal("meetings", e.Trigger.Of(r.Text));
    }

    [Fact]
    public void Fronted_statement_takes_the_main_clause_subject()
    {
        var r = Run("In a joint statement issued the day before, [Moscow|L|RUS] and [Astana|L|KAZ] outlined plans to boost coordination on counterterrorism.",
            new DateTime(2024, 5, 27));
        var e = Assert.Single(r.Events);
        Assert.Equal("010 Moscow -> Astana @ -", r.Describe(e));
        Assert.Equal("the day before", e.Time);
        Assert.Equal("2024-05-26", e.Date);
    }

    [Fact]
    public void Planned_summit_then_back_reference_adds_the_date()
    {
        var r = Run("The talks are expected to align with the upcoming summit of [CIS|O|] leaders in [Dushanbe|L|TJK].\nThe summit, set for October 10, will bring together heads of state.",
            new DateTime(2024, 10, 1));
        var e = Assert.Single(r.Events);
        Assert.Equal("043 CIS -> @ Dushanbe", r.Describe(e).Replace(" ->  @", " -> @"));
        Assert.Equal(EventModality.Planned, e.Modality);
        Assert.Equal("October 10", e.Time);
        Assert.Equal("2024-10-10", e.Date);
    }

    [Fact]
    public void Closing_said_attributes_instead_of_being_a_statement()
    {
        var r = Run("[Russian=Russia|L|RUS|adj] police detained an [American=United States|L|USA|adj] journalist in [Yekaterinburg|L|RUS] on Thursday on espionage charges, the [FSB|O|RUS] said.",
            new DateTime(2024, 3, 30));
        var e = Assert.Single(r.Events);
        Assert.Equal("173 Russia -> United States @ Yekaterinburg", r.Describe(e));
        Assert.Equal(EventModality.Reported, e.Modality);
        Assert.Equal("FSB", r.Name(e.Source));
        Assert.Equal("2024-03-28", e.Date);
    }

    [Fact]
    public void Statement_with_that_clause_is_a_statement()
    {
        var r = Run("[Kremlin spokesman Dmitry Peskov=Dmitry Peskov|P|RUS] said on Monday that [Moscow|L|RUS] remained open to talks with [Kyiv|L|UKR].");
        var e = Assert.Single(r.Events);
        Assert.Equal("010", e.Code);
        Assert.Equal("Dmitry Peskov", r.Name(e.Agent));
    }

    [Fact]
    public void Directive_complement_is_not_a_separate_event()
    {
        var r = Run("[United Nations Secretary-General Antonio Guterres=Antonio Guterres|P|] on Tuesday urged [Sudan|L|SDN]'s warring generals to return to negotiations and allow aid convoys into [Darfur|L|SDN].");
        var e = Assert.Single(r.Events);
        Assert.Equal("020 Antonio Guterres -> Sudan, Darfur @ -", r.Describe(e));
    }

    [Fact]
    public void Meetings_someone_is_barred_from_are_no_event_of_their_own()
    {
        // Whole pipeline: "its" reads the story's last agent, which would make the summits the bloc's meetings.
        var a = EventStories.Extract(_out, "The African Union condemned the coup on Monday. The Economic Community of West African States has barred the junta's chief from its summits.");
        Assert.DoesNotContain(a.Events, e => e.Code.StartsWith("04", StringComparison.Ordinal));
        Assert.Contains(a.Events, e => e.Code.StartsWith("17", StringComparison.Ordinal));
    }

    [Fact]
    public void Compound_subject_gives_one_event_with_the_other_as_counterpart()
    {
        var r = Run("[Japan|L|JPN] and the [Philippines|L|PHL] signed a reciprocal access agreement in [Manila|L|PHL] on Monday.");
        Assert.Equal(new[] { "057 Japan -> Philippines @ Manila" }, r.Lines());
    }

    [Fact]
    public void Light_verb_takes_the_noun_code()
    {
        var r = Run("The [Russian=Russia|L|RUS|adj] and [Chinese=China|L|CHN|adj] navies began joint exercises in the [Sea of Japan|L|] on Sunday.");
        Assert.Equal(new[] { "062 Russia -> China @ Sea of Japan" }, r.Lines());
    }

    [Fact]
    public void Agree_to_ceasefire_and_background_fighting()
    {
        var r = Run("[Israel|L|ISR] and [Hezbollah|O|LBN] agreed to a ceasefire on Tuesday after more than a year of cross-border fighting, [U.S.=United States|L|USA|adj] President [Joe Biden|P|USA] announced.");
        var e = Assert.Single(r.Events);
        Assert.Equal("087 Israel -> Hezbollah @ -", r.Describe(e));
        Assert.Equal("Joe Biden", r.Name(e.Source));
    }

    [Fact]
    public void Passive_with_by_agent()
    {
        var r = Run("Leaders of the [Shanghai Cooperation Organisation|O|] gathered in [Astana|L|KAZ] on Thursday for an annual summit hosted by President [Kassym-Jomart Tokayev|P|KAZ].");
        Assert.Contains(r.Events, e => e.Code == "043" && r.Name(e.Agent) == "Kassym-Jomart Tokayev");
    }

    [Fact]
    public void Arrival_for_a_visit_is_one_visit()
    {
        var r = Run("[Indian=India|L|IND|adj] Prime Minister [Narendra Modi|P|IND] arrived in [Moscow|L|RUS] on Monday for a two-day official visit, his first trip to [Russia|L|RUS] in five years.");
        var e = Assert.Single(r.Events);
        Assert.Equal("042", e.Code);
        Assert.Equal("Narendra Modi", r.Name(e.Agent));
        Assert.Equal("Moscow", r.Name(e.Location));
    }

    [Fact]
    public void Will_travel_is_planned()
    {
        var r = Run("[German=Germany|L|DEU|adj] Chancellor [Olaf Scholz|P|DEU] will travel to [Washington|L|USA] next week for talks with President [Joe Biden|P|USA], a government spokesman said on Friday.");
        var e = Assert.Single(r.Events);
        Assert.Equal("042", e.Code);
        Assert.Equal("Olaf Scholz", r.Name(e.Agent));
        Assert.Equal(EventModality.Planned, e.Modality);
        Assert.Equal("Washington", r.Name(e.Location));
    }

    [Fact]
    public void Demonym_before_attack_noun_is_the_agent()
    {
        var r = Run("A [Ukrainian=Ukraine|L|UKR|adj] drone attack set an oil depot on fire in the [Russian=Russia|L|RUS|adj] city of [Belgorod|L|RUS] overnight.");
        var e = Assert.Single(r.Events);
        Assert.Equal("183 Ukraine -> @ Belgorod", r.Describe(e).Replace(" ->  @", " -> @"));
    }

    [Fact]
    public void Headline_event_dropped_when_body_repeats_it()
    {
        var r = Run("[Seoul|L|KOR] Accuses [Pyongyang|L|PRK] of Jamming GPS Signals\n[South Korea|L|KOR] accused [North Korea|L|PRK] on Sunday of jamming GPS signals near the border.", headline: true);
        var e = Assert.Single(r.Events);
        Assert.Equal("112 South Korea -> North Korea @ -", r.Describe(e));
    }

    [Fact]
    public void Possessive_pronoun_resolves_to_the_last_person()
    {
        var r = Run("[Belousov=Andrei Belousov|P|RUS] arrived in [Dushanbe|L|TJK] on Monday.\nHis talks with [Tajik=Tajikistan|L|TJK|adj] officials focused on air defense.");
        Assert.Contains(r.Events, e => e.Code == "046" && r.Name(e.Agent) == "Andrei Belousov");
    }

    [Fact]
    public void A_past_form_before_a_that_clause_is_a_verb_not_an_adjective()
    {
        // "illegal and demanded that": the demand is the minister's act, not "Caracas release" coded as her content.
        var r = Run("[Sommerfeld=Gabriela Sommerfeld|P|ECU] said the detention was illegal and demanded that [Caracas|L|VEN] release the two officials.");
        Assert.Equal(new[] { "100 Gabriela Sommerfeld -> Caracas @ -" }, r.Lines());
    }

    [Fact]
    public void A_verbal_act_after_a_content_clause_goes_on_with_the_speaker()
    {
        var r = Run("[Cabello=Diosdado Cabello|P|VEN] told reporters that the two men had been caught spying, and accused [Quito|L|ECU] of interference.");
        Assert.Contains(r.Events, e => e.Code == "112" && r.Name(e.Agent) == "Diosdado Cabello");
    }

    [Fact]
    public void A_physical_act_after_a_content_clause_is_not_the_speaker_s()
    {
        var r = Run("[Cabello=Diosdado Cabello|P|VEN] told reporters that the rebels had crossed the river, and attacked [Tulcan|L|ECU] at dawn.");
        Assert.DoesNotContain(r.Events, e => e.Root == "19" && r.Name(e.Agent) == "Diosdado Cabello");
    }

    [Fact]
    public void A_passive_about_the_event_just_told_is_no_event_of_its_own()
    {
        var r = Run("[Ghana|L|GHA] and [Togo|L|TGO] signed an agreement on joint patrols on Monday.\nThe agreement was signed in [Accra|L|GHA] by defence minister [Boamah=Omane Boamah|P|GHA].");
        Assert.Equal(new[] { "057 Ghana -> Togo" }, r.Lines().Select(l => l.Split(" @ ")[0]));
    }

    [Fact]
    public void A_headline_joins_its_names_with_a_comma()
    {
        var r = Run("[Ghana|L|GHA], [Togo|L|TGO] agree joint border patrols\nThe two defence ministers met in [Accra|L|GHA] on Monday.", headline: true);
        Assert.Contains(r.Events, e => e.Root == "03" && r.Name(e.Agent) == "Ghana");
    }

    [Fact]
    public void Welcoming_talks_others_hold_is_approval_not_hosting()
    {
        var r = Run("[Washington|L|USA] welcomed the talks between [Seoul|L|KOR] and [Tokyo|L|JPN] on Wednesday.");
        Assert.Contains(r.Events, e => e.Code == "051" && r.Name(e.Agent) == "Washington");
        Assert.DoesNotContain(r.Events, e => e.Code == "043");
    }

    [Fact]
    public void A_leader_overseeing_a_weapons_test_cooperates_with_nobody()
    {
        var r = Run("[Kim Jong-un|P|PRK] personally oversaw the test of a new cruise missile on Tuesday.");
        Assert.DoesNotContain(r.Events, e => e.Root == "06");
    }

    [Fact]
    public void What_an_act_is_against_is_no_event_of_its_own()
    {
        var r = Run("[South Korea|L|KOR] and [Japan|L|JPN] agreed to boost cooperation against [North Korea|L|PRK]'s missile threats.");
        Assert.DoesNotContain(r.Events, e => e.Root == "13");
    }

    [Fact]
    public void Its_posts_in_a_reported_attack_are_the_foreign_speaker_s()
    {
        var a = EventStories.Extract(_out, "Pakistan said Indian troops fired on its border posts in Kashmir overnight.");
        var attack = Assert.Single(a.Events, e => e.Code.StartsWith("19", StringComparison.Ordinal));
        Assert.Contains(attack.Counterparts, c => a.Actors[c].Name == "Pakistan");
    }

    [Fact]
    public void A_time_closes_its_phrase_and_the_name_after_it_is_the_subject()
    {
        var r = Run("[Uganda|L|UGA] sent troops across the border, and on Monday [Kenya|L|KEN] expelled two diplomats.");
        Assert.Contains(r.Events, e => e.Root == "16" && r.Name(e.Agent) == "Kenya");
    }
    // A portfolio word that is also a verb ("finance", "trade", "planning") is part of the title, not the end of the
    // subject phrase: the minister acts, not the country before her.
    [Theory]
    [InlineData("finance")]
    [InlineData("trade")]
    [InlineData("planning")]
    public void A_lower_case_portfolio_title_keeps_the_minister_as_agent(string portfolio)
    {
        var r = Run("[Zambia|L|ZMB]'s " + portfolio + " minister [Ada Brelik|P|ZMB] met [Kenyan=Kenya|L|KEN|adj] President [Ivo Marek|P|KEN] in [Nairobi|L|KEN] on Tuesday.");
        var e = Assert.Single(r.Events);
        Assert.Equal("Ada Brelik", r.Name(e.Agent));
        Assert.Equal(EventModality.Happened, e.Modality);
    }

    // "plan" as a thing signed or rejected, and a planning ministry, plan nothing; "plans to" still does.
    [Theory]
    [InlineData("[Kenya|L|KEN] and [Somalia|L|SOM] signed a peace plan in [Nairobi|L|KEN] on Tuesday.", EventModality.Happened)]
    [InlineData("The planning ministry of [Nepal|L|NPL] accused [India|L|IND] of blocking fuel supplies on Monday.", EventModality.Happened)]
    [InlineData("[Kenya|L|KEN] plans to host [Somalia|L|SOM] for talks in [Nairobi|L|KEN] next month.", EventModality.Planned)]
    [InlineData("[Kenya|L|KEN] is planning a visit to [Somalia|L|SOM] next month.", EventModality.Planned)]
    public void Plan_as_a_noun_or_an_office_is_no_planned_event(string markup, EventModality modality)
    {
        var e = Assert.Single(Run(markup).Events);
        Assert.Equal(modality, e.Modality);
    }
    // "a state they call Ambazonia" names the state; nobody phoned anybody (041).
    [Theory]
    [InlineData("an independent state they call Ambazonia")]
    [InlineData("what they call Ambazonia")]
    public void A_relative_clause_that_names_is_no_call(string naming)
    {
        var a = EventStories.Extract(_out, "YAOUNDE, May 9 (Wire) - Cameroonian troops killed seven separatist fighters, the army said. Separatists have been fighting since 2017 to create " + naming + ".");
        Assert.DoesNotContain(a.Events, e => e.Code == "041");
    }
    // "called Lula a \"corrupt communist\"" labels him; a named object alone is a phone call.
    [Fact]
    public void A_named_object_followed_by_a_label_is_no_call()
    {
        Assert.DoesNotContain(Run("[Javier Milei|P|ARG] had called [Lula|P|BRA] a \"corrupt communist\" during his campaign.").Events, e => e.Code == "041");
        Assert.Contains(Run("[Javier Milei|P|ARG] called [Lula|P|BRA] on Monday to discuss the gas deal.").Events, e => e.Code == "041");
    }

    // Owning up to a wrong is an apology (055).
    [Fact]
    public void Expressing_remorse_is_an_apology()
    {
        var r = Run("[Shigeru Ishiba|P|JPN] expressed his deep remorse to [South Korea|L|KOR] on Monday.");
        Assert.Contains(r.Events, e => e.Code == "055");
    }

    // ", Pakistan's close ally," describes the name before it: the owner does not act.
    [Fact]
    public void An_owner_in_an_apposition_after_the_subject_is_not_the_agent()
    {
        var r = Run("[China|L|CHN], [Pakistan|L|PAK]'s close ally, called on both sides to exercise restraint.");
        Assert.Contains(r.Events, e => e.Code.StartsWith("02", StringComparison.Ordinal) && r.Name(e.Agent) == "China");
        Assert.DoesNotContain(r.Events, e => r.Name(e.Agent) == "Pakistan");
    }

    // After ", saying" the "it" is the main verb's object: an actor acts ("it had violated"), a thing is no actor.
    [Fact]
    public void It_after_a_saying_participle_is_the_object_of_the_verb_before()
    {
        var r = Run("[Paraguay|L|PRY]'s foreign ministry criticised [Brazil|L|BRA], saying it had violated the treaty on the dam.");
        Assert.Contains(r.Events, e => e.Code.StartsWith("12", StringComparison.Ordinal) && r.Name(e.Agent) == "Brazil");
        Assert.DoesNotContain(r.Events, e => e.Code.StartsWith("05", StringComparison.Ordinal));
    }

    [Fact]
    public void It_after_a_saying_participle_that_names_a_thing_is_no_actor()
    {
        var r = Run("[Paraguayan=Paraguay|L|PRY|adj] opposition lawmakers criticised the deal, saying it favoured [Brazil|L|BRA].");
        Assert.DoesNotContain(r.Events, e => e.Code.StartsWith("05", StringComparison.Ordinal));
    }
    // The headline is coded before the body shows a game; once it does, the headline's "beat" is the game's.
    [Fact]
    public void A_headline_of_a_sport_story_codes_no_fight()
    {
        var a = ArticleExtractor.Extract("t.txt", "Zambia beat Malawi to reach COSAFA final\n\nLUSAKA, July 6 (Xinhua) -- Zambia crushed Malawi 3-0 on Saturday to reach the final of the COSAFA Cup.\n\nStriker Fashion Sakala scored twice before halftime. Malawi coach Patrick Mabedi said his side had been beaten by a better team.\n\nZambia will face South Africa in Sunday's final, the football association said.\n");
        Assert.DoesNotContain(a.Events, e => e.Root == "19" || e.Root == "18");
    }
}
