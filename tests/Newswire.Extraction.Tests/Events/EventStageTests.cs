using System;
using System.Linq;
using Newswire.Extraction.Events;
using Newswire.Extraction.Events.Stages;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Each filter stage on its own: with every stage the sentence codes nothing; without the stage under test it
/// codes the event the stage exists to stop (so each test fails if its stage stops working). Actors are marked by
/// hand (<see cref="EventTestKit"/>).
/// </summary>
public class EventStageTests
{
    private readonly ITestOutputHelper _out;

    public EventStageTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private static EventStages Without(params string[] names)
    {
        var all = EventStages.Default;
        return new EventStages(all.Words, all.Stages.Where(s => !names.Contains(s.Name)).ToList());
    }

    // An unknown organization with no country is also stopped by the private-organization stage; the stages
    // that read the sentence are checked with that one out of the way.
    private void StopsOnlyWith(string stage, string markup, string expectedWithout, DateTime? published = null) =>
        StopsOnlyWith(new[] { stage }, markup, expectedWithout, published);

    private void StopsOnlyWith(string[] stages, string markup, string expectedWithout, DateTime? published = null)
    {
        var stage = string.Join("+", stages);
        var with = EventTestKit.Run(markup, published);
        var without = EventTestKit.Run(markup, published, stages: Without(stages));
        _out.WriteLine("with: " + with + "\nwithout " + stage + ": " + without);
        Assert.DoesNotContain(with.Events, e => e.Root != "01");
        Assert.Contains(expectedWithout, without.Lines());
    }

    [Fact]
    public void Stage_names_are_unique_and_listed()
    {
        var names = EventStages.Default.Stages.Select(s => s.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Equal(new[] { "place-agent", "actor", "hypothetical", "pending-condition", "prevented", "historical", "recalled-past", "tally-since", "since-when", "since-clause", "sport", "hazard", "accident-story", "relief-deployment", "outlook-warning", "obituary", "figurative", "measure-subject", "business-sense", "commercial", "company-rivalry", "state-enterprise", "institution-partnership", "regulatory-fine", "private-organization", "home-investment", "internal-meeting", "company-meeting", "compared-act", "self-defence", "hostile-intent", "own-forces-order", "nationality-noun", "unaddressed-offer", "unaddressed-visit", "hosted-show", "hosted-population", "summit-name", "public-addressee", "praised-business", "unaddressed-praise", "ordinary-case", "civil-order", "administrative-order", "excused-cancellation", "cancelled-trip", "abandoned-plan", "stance-noun", "ordinary-crime", "goods-seizure", "market-support", "trade-ban", "goods-arrival", "accident-inquiry", "topic-gerund", "public-rescue", "commentator-view", "explained-stance", "watched-situation", "substantive-participle" }, names);
    }

    [Fact]
    public void The_act_that_started_a_state_of_affairs_is_background() =>
        StopsOnlyWith("since-when", "Ties have been frozen since 2024, when [Ecuador|L|ECU]'s police stormed the embassy.", "190 Ecuador ->  @ -");

    [Fact]
    public void A_when_clause_without_since_stays() =>
        Keeps("Talks stalled on Monday, when [Ecuador|L|ECU]'s police stormed the embassy.", "19");

    [Fact]
    public void Tally_since_a_past_event_is_background() =>
        StopsOnlyWith("tally-since", "[Myanmar|L|MMR]'s army has detained thousands of opponents since the coup.", "173 Myanmar ->  @ -");

    [Fact]
    public void Tally_since_a_year_fronted_is_background() =>
        StopsOnlyWith("tally-since", "Since 2021, [Myanmar|L|MMR]'s army has detained hundreds of students.", "173 Myanmar ->  @ -");

    [Fact]
    public void Tally_ever_since_is_background() =>
        StopsOnlyWith("tally-since", "[Syria|L|SYR]'s army has shelled the rebel villages ever since.", "194 Syria ->  @ -");

    [Fact]
    public void Tally_of_an_event_noun_is_background() =>
        StopsOnlyWith("tally-since", "The [Patriotic Front|O|COD] has stepped up attacks on the army since 2022.", "190 Patriotic Front ->  @ -");

    [Fact]
    public void Nationality_noun_counted_as_a_person_is_no_agent() =>
        StopsOnlyWith("nationality-noun", "An [Irishman=Ireland|L|IRL] criticised the [Spanish=Spain|L|ESP|adj] government on Monday.", "111 Ireland -> Spain @ -");

    [Fact]
    public void Plural_nationality_noun_with_a_number_is_no_agent() =>
        StopsOnlyWith("nationality-noun", "Two [Kenyans=Kenya|L|KEN] attacked a guard in [Kampala|L|UGA] on Friday.", "190 Kenya -> Kampala @ Kampala");

    [Fact]
    public void What_a_speaker_recalls_is_background() =>
        StopsOnlyWith("recalled-past", "The minister recalled that [Serbia|L|SRB] had shelled [Vukovar|L|HRV] for weeks.", "194 Serbia -> Vukovar @ -");

    [Fact]
    public void What_a_speaker_reminds_of_is_background() =>
        StopsOnlyWith("recalled-past", "[Pavel Novak|P|CZE] reminded reporters on Friday that [Russia|L|RUS] had invaded [Georgia|L|GEO].", "192 Russia -> Georgia @ -");

    [Fact]
    public void Offer_told_as_what_a_side_would_do_to_no_one_is_no_event() =>
        StopsOnlyWith("unaddressed-offer", "[Kenya|L|KEN] would offer tax breaks to carmakers that build plants, the finance minister said.", "030 Kenya ->  @ -");

    [Fact]
    public void Actor_gate_private_person() =>
        StopsOnlyWith("actor", "[Lionel Messi|P|] visited [Miami|L|USA] on Monday.", "042 Lionel Messi -> Miami @ Miami");

    [Fact]
    public void Actor_gate_private_group_heads_the_subject() =>
        StopsOnlyWith("actor", "[Vietnam|L|VNM]'s exporters are battling [Chinese=China|L|CHN|adj] rivals.", "190 Vietnam -> China @ -");

    [Fact]
    public void Actor_gate_keeps_a_political_head()
    {
        var r = EventTestKit.Run("[Vietnam|L|VNM]'s coast guard rammed [Chinese=China|L|CHN|adj] boats.");
        _out.WriteLine(r.ToString());
        Assert.Contains(r.Events, e => e.Root != "01");
    }

    [Fact]
    public void Hypothetical_condition() =>
        StopsOnlyWith("hypothetical", "Analysts asked what would happen if [North Korea|L|PRK] attacked [Japan|L|JPN].", "190 North Korea -> Japan @ -");

    [Fact]
    public void Hypothetical_possibility_modal() =>
        StopsOnlyWith("hypothetical", "[Serbia|L|SRB] might send troops to [Kosovo|L|XKX].", "062 Serbia -> Kosovo @ -");

    [Fact]
    public void Hypothetical_keeps_reported_intent()
    {
        var r = EventTestKit.Run("The [Chinese=China|L|CHN|adj] foreign ministry said [Beijing|L|CHN] would send a delegation to [Washington|L|USA] next week.");
        _out.WriteLine(r.ToString());
        Assert.Contains(r.Events, e => e.Root == "04");
    }

    [Fact]
    public void Historical_year_before_the_article() =>
        StopsOnlyWith("historical", "[Iraq|L|IRQ] invaded [Kuwait|L|KWT] in 1990.", "192 Iraq -> Kuwait @ -", new DateTime(2024, 8, 2));

    [Fact]
    public void Historical_fronted_ago() =>
        StopsOnlyWith("historical", "Decades ago, [Argentina|L|ARG] attacked the [Falkland Islands|L|GBR].", "190 Argentina -> Falkland Islands @ -");

    [Fact]
    public void Historical_keeps_a_recent_year()
    {
        var r = EventTestKit.Run("[Iraq|L|IRQ] attacked [Kuwait|L|KWT] in 2024.", new DateTime(2024, 8, 2));
        Assert.Contains(r.Events, e => e.Root == "19");
    }

    [Fact]
    public void Sport_scoreline() =>
        StopsOnlyWith("sport", "[Brazil|L|BRA] beat [Argentina|L|ARG] 2-1 on Thursday.", "190 Brazil -> Argentina @ -");

    [Fact]
    public void Prevented_act_is_not_done() =>
        StopsOnlyWith("prevented", "[Kosovo|L|XKX] police were barred from deploying troops in [Mitrovica|L|XKX].", "150 Kosovo ->  @ Mitrovica");

    [Fact]
    public void Sport_keeps_a_vote_tally()
    {
        var r = EventTestKit.Run("The [Security Council|O|] voted 13-2 to impose sanctions on [Iran|L|IRN].");
        _out.WriteLine(r.ToString());
        Assert.Contains(r.Events, e => e.Root != "01");
    }

    [Fact]
    public void Sport_winning_margin_in_figures() =>
        StopsOnlyWith("sport", "[India|L|IND] crushed [Pakistan|L|PAK] by 88 runs on Sunday.", "190 India -> Pakistan @ -");

    [Fact]
    public void Sport_margin_word_without_by_and_a_figure_is_no_score()
    {
        var r = EventTestKit.Run("[Ghana|L|GHA] accused [Togo|L|TGO] of missing 3 goals of the trade pact.");
        _out.WriteLine(r.ToString());
        Assert.Contains(r.Events, e => e.Root == "11");
    }

    [Fact]
    public void Regulatory_fine_of_a_company() =>
        StopsOnlyWith("regulatory-fine", "The [Competition Authority|O|KEN] fined the grocer 10 million shillings.", "172 Competition Authority ->  @ -");

    [Fact]
    public void Regulatory_fine_keeps_a_fine_on_a_state()
    {
        var r = EventTestKit.Run("The [Competition Authority|O|KEN] fined [Uganda|L|UGA] for dumping sugar.");
        _out.WriteLine(r.ToString());
        Assert.Contains(r.Events, e => e.Code == "172");
    }

    [Fact]
    public void Hosted_show_is_no_visit() =>
        StopsOnlyWith("hosted-show", "Founders arrived for the tech summit, which [Lisbon|L|PRT] is hosting for the ninth time.", "043 Lisbon ->  @ -");

    // "The country hosts more than a million refugees": people living there, no visit (043).
    [Fact]
    public void Hosted_refugees_are_no_visit() =>
        StopsOnlyWith("hosted-population", "[Kenya|L|KEN] hosts about 500,000 refugees from [Somalia|L|SOM] and [South Sudan|L|SSD].", "043 Kenya -> Somalia, South Sudan @ -");

    [Fact]
    public void Hosted_population_keeps_a_guest_host()
    {
        var r = EventTestKit.Run("[Kenya|L|KEN] hosted [Somali|L|SOM|adj] President [Ali Warsame|P|SOM] in [Nairobi|L|KEN] on Monday.");
        _out.WriteLine(r.ToString());
        Assert.Contains(r.Events, e => e.Code == "043");
    }

    [Fact]
    public void Hosted_show_keeps_a_host_with_a_guest()
    {
        var r = EventTestKit.Run("[India|L|IND] hosted [Japan|L|JPN]'s prime minister at the film festival.");
        _out.WriteLine(r.ToString());
        Assert.Contains(r.Events, e => e.Code == "043");
    }

    [Fact]
    public void Sport_word_in_a_hyphenated_token() =>
        StopsOnlyWith("sport", "[Australia|L|AUS] will host [India|L|IND] for a five-match series.", "043 Australia -> India @ -");

    [Fact]
    public void Hazard_as_the_doer() =>
        StopsOnlyWith(new[] { "hazard", "private-organization" }, "[Typhoon Haikui|O|] struck [Taiwan|L|TWN] on Sunday.", "190 Typhoon Haikui -> Taiwan @ -");

    [Fact]
    public void Obituary_relative_clause() =>
        StopsOnlyWith("obituary", "[Mikhail Gorbachev|P|RUS], who negotiated with [Ronald Reagan|P|USA], has died aged 91.", "046 Mikhail Gorbachev -> Ronald Reagan @ -");

    [Fact]
    public void Obituary_keeps_deaths_in_an_attack()
    {
        var r = EventTestKit.Run("Three soldiers died when [Russian=Russia|L|RUS|adj] forces shelled [Kharkiv|L|UKR].");
        _out.WriteLine(r.ToString());
        Assert.Contains(r.Events, e => e.Root == "19");
    }

    [Fact]
    public void Figurative_abstract_target() =>
        StopsOnlyWith("figurative", "[Mexico|L|MEX] has launched an all-out assault on tax evasion.", "190 Mexico ->  @ -");

    [Fact]
    public void Business_sense_of_welcome() =>
        StopsOnlyWith("business-sense", "[Brazil|L|BRA] welcomed [Japanese=Japan|L|JPN|adj] investment in its lithium mines.", "043 Brazil -> Japan @ -");

    [Fact]
    public void Commercial_company_deal() =>
        StopsOnlyWith(new[] { "commercial", "private-organization" }, "[Tata Steel|O|] will cooperate with [Nippon Steel|O|] on technology, the companies said.", "050 Tata Steel -> Nippon Steel @ -");

    [Fact]
    public void Private_organization_acts() =>
        StopsOnlyWith("private-organization", "[Ryanair|O|] and [Lufthansa|O|] clashed over landing slots at [Frankfurt|L|DEU] airport.", "190 Ryanair -> Frankfurt @ Frankfurt");

    [Fact]
    public void Private_organization_keeps_a_state_body_and_a_known_body()
    {
        Keeps("[Hamas|O|] fired rockets at [Israel|L|ISR] on Monday.", "19");
        Keeps("The [Revolutionary Council|O|] accused [France|L|FRA] of interference.", "11");
    }

    [Fact]
    public void Historical_time_phrase_after_the_clause() =>
        StopsOnlyWith("historical", "[Washington|L|USA] first sanctioned [Havana|L|CUB] after the failed 1961 invasion.", "163 Washington -> Havana @ -");

    [Fact]
    public void Historical_tally_since_an_old_year() =>
        StopsOnlyWith("historical", "[Ghana|L|GHA] has signed 17 programmes with the [IMF|O|] since it joined the fund in 1957.", "057 Ghana -> IMF @ -");

    [Fact]
    public void Historical_keeps_a_recent_time_phrase() =>
        Keeps("[Poland|L|POL] expelled two [Belarusian=Belarus|L|BLR|adj] diplomats after the 2024 incident.", "16", new DateTime(2024, 9, 1));

    [Fact]
    public void Commercial_company_deal_with_a_home_country() =>
        StopsOnlyWith("commercial", "[Northwind Motors|O|JPN] signed a deal with [Kestrel Industries|O|JPN] on Monday.", "057 Northwind Motors -> Kestrel Industries @ -");

    [Fact]
    public void Commercial_keeps_a_company_acting_on_a_state() =>
        Keeps("[Northwind Motors|O|JPN] signed a deal with [Kenya|L|KEN] on Monday.", "05");

    [Fact]
    public void Hazard_forecast_warns_no_one() =>
        StopsOnlyWith(new[] { "hazard", "outlook-warning" }, "More storms are expected over [Luzon|L|PHL] this week, the [Philippine Weather Office|O|PHL] warned.", "130 Philippine Weather Office ->  @ -");

    // A forecast with a future word is still no threat: the hazard stage alone stops it.
    [Fact]
    public void Hazard_forecast_with_a_future_word_warns_no_one() =>
        StopsOnlyWith("hazard", "More storms will hit [Luzon|L|PHL] this week, the [Philippine Weather Office|O|PHL] warned.", "130 Philippine Weather Office ->  @ -");

    [Fact]
    public void Hazard_keeps_a_warning_to_a_state() =>
        Keeps("[China|L|CHN] warned [Japan|L|JPN] over its flood of patrols near the islands.", "13");

    [Fact]
    public void Table_reads_phrases_and_rejects_unknown_tables()
    {
        var words = StageWords.Parse(new[] { "[obituary]", "passed away", "[sport]", "cup" });
        Assert.True(words.Has("cup", StageSet.Sport));
        Assert.False(words.Has("passed", StageSet.Obituary));
        Assert.Throws<InvalidOperationException>(() => StageWords.Parse(new[] { "[nonsense]", "x" }));
    }

    [Fact]
    public void A_warning_about_how_things_are_threatens_no_one() =>
        StopsOnlyWith("outlook-warning", "The [World Food Programme|O|] warned that famine was spreading across [Darfur|L|SDN].", "130 World Food Programme ->  @ Darfur");

    [Theory]
    [InlineData("[Iran|L|IRN] warned that it would close the Strait of Hormuz.")]
    [InlineData("[Russia|L|RUS] warned that it was ready to retaliate against [Poland|L|POL].")]
    [InlineData("[China|L|CHN] warned that sanctions will follow.")]
    public void A_warning_of_a_future_act_stays_a_threat(string markup) => Keeps(markup, "13");

    [Fact]
    public void A_blocs_name_before_summit_names_the_meeting() =>
        StopsOnlyWith("summit-name", "The leaders first met on the sidelines of the [APEC|O|] summit in [Gyeongju|L|KOR] in October.", "043 APEC ->  @ Gyeongju");

    [Fact]
    public void Troops_sent_to_rescue_people_show_no_force() =>
        StopsOnlyWith("relief-deployment", "The [Nepal Army|O|NPL] deployed helicopters to rescue stranded villagers in [Sindhupalchok|L|NPL] district.", "150 Nepal Army ->  @ Sindhupalchok");

    [Fact]
    public void Troops_sent_to_a_border_stay_a_force_posture() =>
        Keeps("The [Nepal Army|O|NPL] deployed 5,000 troops to the border with [India|L|IND] on Monday.", "15");

    [Fact]
    public void A_closing_warning_about_how_things_are_threatens_no_one() =>
        StopsOnlyWith("outlook-warning", "The fight against inflation is far from over, [Argentina|L|ARG]'s economy minister warned on Tuesday.", "130 Argentina ->  @ -");

    [Fact]
    public void A_closing_warning_of_a_future_act_stays_a_threat() =>
        Keeps("Any attack would be met with force, [Iran|L|IRN]'s defence minister warned on Tuesday.", "13");

    [Fact]
    public void A_currency_battling_another_is_no_fight() =>
        StopsOnlyWith("measure-subject", "[Kenya|L|KEN]'s shilling battled to hold its ground against the dollar.", "190 Kenya ->  @ -");

    private void Keeps(string markup, string root, DateTime? published = null)
    {
        var r = EventTestKit.Run(markup, published);
        _out.WriteLine(r.ToString());
        Assert.Contains(r.Events, e => e.Root == root);
    }

    [Fact]
    public void Sport_keeps_a_date_range() =>
        Keeps("[Islamic State|O|] seized the tanks from [Tiyas|L|SYR] between 11-13 Dec.", "17");

    [Fact]
    public void Historical_keeps_a_period_since_a_year() =>
        Keeps("Since 2009, the [State Department|O|USA] has provided more than $4 million in aid to [Iraq|L|IRQ].", "07", new DateTime(2016, 5, 1));

    [Fact]
    public void Obituary_keeps_an_attack_on_a_funeral() =>
        Keeps("[Daesh|O|] attacked mourners inside a funeral tent in [Baghdad|L|IRQ] on Sunday.", "19");

    [Fact]
    public void Figurative_keeps_an_attack_at_a_market() =>
        Keeps("[Daesh|O|] attacked civilians this morning at a crowded market in [Baghdad|L|IRQ].", "19");

    [Fact]
    public void Actor_gate_keeps_an_unknown_person_acting_on_a_state() =>
        Keeps("[Tobias Ellwood|P|] condemned the [United Kingdom|L|GBR]'s critics.", "11");

    [Fact]
    public void Actor_gate_keeps_a_person_titled_elsewhere_in_the_article() =>
        Keeps("Foreign Minister [Tobias Ellwood|P|] arrived on Monday.\n[Tobias Ellwood|P|] visited [Tashkent|L|UZB] on Tuesday.", "04");

    [Fact]
    public void Own_forces_order_is_no_demand() =>
        StopsOnlyWith("own-forces-order", "President [Marta Ruiz|P|PER] ordered the army and coast guard to deliver food to flooded villages.", "100 Marta Ruiz ->  @ -");

    [Fact]
    public void Own_forces_order_covers_ministries_sent_to_a_place_at_home() =>
        StopsOnlyWith("own-forces-order", "Prime Minister [Pham Van Hoa|P|VNM] ordered ministries to send rescue teams to [Quang Ngai|L|VNM] province.", "100 Pham Van Hoa -> Quang Ngai @ -");

    [Fact]
    public void Own_forces_order_keeps_an_order_to_another_state_s_forces() =>
        Keeps("[Peru|L|PER] ordered [Bolivia|L|BOL]'s troops to leave the border area.", "17");

    [Fact]
    public void Actor_gate_company_named_after_its_trade() =>
        StopsOnlyWith("actor", "[Chile|L|CHL]'s state-backed copper miner [Andes Cobre|O|CHL] agreed to buy [Canada|L|CAN]'s [Northfield Minerals|O|CAN].", "030 Chile -> Canada, Northfield Minerals @ -");

    [Fact]
    public void Sport_track_and_field() =>
        StopsOnlyWith("sport", "[Ethiopia|L|ETH]'s defending champion [Tadesse Bekele|P|ETH] vowed to win the race again.", "030 Ethiopia ->  @ -");

    [Fact]
    public void Private_organization_keeps_a_body_named_by_its_public_mission() =>
        Keeps("The [Africa Centres for Disease Control and Prevention|O|] sent 40 epidemiologists to [Congo|L|COD] on Thursday.", "07");

    [Fact]
    public void Private_organization_still_stops_a_company_with_no_mission_word() =>
        StopsOnlyWith("private-organization", "[Northfield Minerals|O|] sent 40 doctors to [Congo|L|COD] on Thursday.", "073 Northfield Minerals -> Congo @ -");

    [Fact]
    public void Figurative_contest_in_a_vote() =>
        StopsOnlyWith("figurative", "[Poland|L|POL]'s ruling coalition crushed the opposition in Sunday's vote.", "190 Poland ->  @ -");

    [Fact]
    public void Figurative_victory_is_no_target() =>
        StopsOnlyWith("figurative", "[India|L|IND]'s ruling party stormed to victory in the state election.", "190 India ->  @ -");

    [Fact]
    public void Figurative_keeps_an_attack_during_an_election_campaign() =>
        Keeps("The [Nigerian=Nigeria|L|NGA|adj] army attacked [Boko Haram|O|] fighters in the north during the election campaign.", "19");

    [Fact]
    public void Commercial_keeps_an_international_body() =>
        Keeps("The [European Union|O|] imposed new sanctions on [Syrian=Syria|L|SYR|adj] companies.", "16");

    [Fact]
    public void A_span_of_years_that_ended_long_ago_is_history() =>
        StopsOnlyWith("historical", "[Iraqi=Iraq|L|IRQ|adj] forces attacked [Iran|L|IRN] during the 1980-88 war.", "190 Iraq -> Iran @ -", new DateTime(2026, 12, 1));

    [Fact]
    public void A_span_of_years_reaching_this_year_stays() =>
        Keeps("[Russian=Russia|L|RUS|adj] troops attacked [Ukrainian=Ukraine|L|UKR|adj] positions in the 2025-26 winter offensive.", "19", new DateTime(2026, 12, 1));

    [Fact]
    public void A_perfect_fight_lasting_years_is_background() =>
        StopsOnlyWith("tally-since", "The [Shabaab Front|O|SOM] has fought the government for more than 15 years.", "190 Shabaab Front ->  @ -");

    [Fact]
    public void A_sentence_of_years_is_no_duration_of_the_act() =>
        Keeps("[Myanmar|L|MMR]'s junta has jailed the opposition leader for 27 years.", "17");

    [Fact]
    public void Fire_opened_on_people_is_gunfire_not_a_figure() =>
        Keeps("[Israeli=Israel|L|ISR|adj] troops opened fire on a crowd near the border fence.", "19");

    [Fact]
    public void Fire_returned_by_troops_is_gunfire_not_a_figure() =>
        Keeps("[Ghanaian=Ghana|L|GHA|adj] troops returned fire after gunmen attacked a border post.", "19");

    [Fact]
    public void Fire_traded_by_soldiers_after_had_is_gunfire() =>
        Keeps("[Thai=Thailand|L|THA|adj] soldiers had traded fire with the smugglers, the army said.", "19");

    [Fact]
    public void A_visit_to_no_one_named_is_no_event() =>
        StopsOnlyWith("unaddressed-visit", "President [Samuel Kiprono|P|KEN] visited flood-hit areas in the west of the country.", "042 Samuel Kiprono ->  @ -");

    [Fact]
    public void A_meeting_with_an_unnamed_group_is_no_event() =>
        StopsOnlyWith("unaddressed-visit", "President [Samuel Kiprono|P|KEN] met a group of farmers at the agriculture fair.", "040 Samuel Kiprono ->  @ -");

    [Fact]
    public void A_visit_to_a_named_place_stays() =>
        Keeps("President [Samuel Kiprono|P|KEN] visited [Uganda|L|UGA] on Monday.", "04");

    [Fact]
    public void A_court_sentencing_an_unnamed_private_person_is_an_ordinary_case() =>
        StopsOnlyWith(new[] { "ordinary-case", "ordinary-crime", "accident-inquiry", "topic-gerund", "public-rescue" }, "A court in [Karachi|L|PAK] sentenced a man to ten years in prison for armed robbery.", "173 Karachi ->  @ -");

    [Fact]
    public void Prosecutors_charging_an_unnamed_private_person_is_an_ordinary_case() =>
        StopsOnlyWith("ordinary-case", "Prosecutors in [Busan|L|KOR] charged a businessman with embezzling company funds.", "112 Busan ->  @ -");

    [Fact]
    public void A_court_sentencing_an_activist_stays() =>
        Keeps("A court in [Minsk|L|BLR] sentenced an opposition activist to eight years.", "17");

    [Fact]
    public void A_court_sentencing_unnamed_men_over_protests_stays() =>
        Keeps("A court in [Tehran|L|IRN] sentenced two men to death over the protests.", "17");

    [Fact]
    public void Relief_supplies_sent_to_a_country_are_humanitarian_aid()
    {
        var a = ArticleExtractor.Extract("story.txt", "Earthquake kills hundreds in Turkey\n\nJapan sent emergency relief supplies to Turkey on Tuesday, the foreign ministry in Tokyo said.\n");
        Assert.Contains(a.Events, e => e.Code == "073" && a.Actors[e.Agent].Name == "Japan");
    }
}
