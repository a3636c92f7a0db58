using Xunit;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Kinds of false event found on NewsCheck25's tune half and invented sentences (issue #11): a month read as a march,
/// a private guard read as a political head, customs seizing goods, a cargo "detained", crimes of private people,
/// a central bank defending its currency, a ban on selling a product, games and hazards in words the tables lacked.
/// Each kind has a twin that keeps its event where one exists.
/// </summary>
public class UnseenNewsPrecision4Tests
{
    private readonly ITestOutputHelper _out;

    public UnseenNewsPrecision4Tests(ITestOutputHelper output)
    {
        _out = output;
    }

    private string[] Codes(string body) => EventTestKit.StoryCodes(_out, "World briefing", body);

    [Fact]
    public void A_month_named_as_a_date_is_no_march() =>
        Assert.Empty(Codes("A court in Guayaquil sentenced three men to 12 years in prison for the armed robbery of a jewellery shop last March."));

    [Fact]
    public void A_march_in_a_month_keeps_its_arrest() =>
        Assert.Contains(Codes("Police arrested 12 students during a march against fuel prices in Quito last March."), c => c.StartsWith("17"));

    [Fact]
    public void A_security_guard_is_no_political_head() =>
        Assert.Empty(Codes("A court in Guayaquil sentenced three men to 12 years in prison for the robbery of a shop, in which a security guard was shot in the leg."));

    [Fact]
    public void An_agency_seizing_goods_by_weight_codes_no_seizure()
    {
        Assert.Empty(Codes("The Philippine Drug Enforcement Agency seized 500 kilograms of shabu hidden in tea packages in Zambales."));
        Assert.Empty(Codes("Singapore Customs seized about two tonnes of dried shark fin at the container terminal."));
    }

    [Fact]
    public void Goods_of_another_country_or_a_tanker_stay_seized()
    {
        Assert.Contains(Codes("China seized 3,000 tonnes of Japanese seafood at the port of Dalian."), c => c.StartsWith("17"));
        Assert.Contains(Codes("Iran's Revolutionary Guards seized a foreign tanker carrying 2 million litres of fuel in the Gulf."), c => c.StartsWith("17"));
    }

    [Fact]
    public void A_detained_cargo_is_no_arrest() =>
        Assert.Empty(Codes("Uzbek officials detained a cargo of wheat at the border over a paperwork error."));

    [Fact]
    public void Detained_foreign_traders_stay_arrested() =>
        Assert.Contains(Codes("Uzbek officials detained three Tajik traders at the border."), c => c.StartsWith("17"));

    [Theory]
    [InlineData("Estonian police detained two teenagers who spray-painted a church in Tartu.")]
    [InlineData("Police in Tashkent detained a drunk driver who hit two pedestrians.")]
    [InlineData("Indonesian police arrested a man suspected of arson after a fire destroyed a market in Medan.")]
    [InlineData("Sri Lankan police arrested 15 people for illegal gem mining in Ratnapura.")]
    public void Police_arresting_for_a_private_crime_code_nothing(string sentence) => Assert.Empty(Codes(sentence));

    [Fact]
    public void Police_at_an_illegal_rally_keep_the_arrest() =>
        Assert.Contains(Codes("Police detained 40 people at an illegal rally in Bishkek."), c => c.StartsWith("17"));

    [Fact]
    public void A_central_bank_defending_its_currency_gives_no_aid() =>
        Assert.Empty(Codes("Peru's central bank stepped in to defend the sol by selling dollars."));

    [Fact]
    public void Stepping_in_to_help_a_country_stays_aid() =>
        Assert.Contains(Codes("The IMF stepped in to help Sri Lanka with a $3 billion loan."), c => c.StartsWith("07"));

    [Fact]
    public void A_ban_on_selling_a_product_at_home_sanctions_no_one() =>
        Assert.Empty(Codes("Laos banned the sale of fireworks in Vientiane."));

    [Fact]
    public void A_ban_on_another_country_s_product_stays() =>
        Assert.Contains(Codes("Kazakhstan banned the sale of Russian gas to its neighbours."), c => c.StartsWith("17"));

    [Theory]
    [InlineData("Peru's Alianza Lima launched a late assault on the Universitario goal but could not equalise.")]
    [InlineData("Tajikistan's emergencies ministry warned of avalanches on the Dushanbe-Khujand highway.")]
    public void Games_and_hazards_code_nothing(string sentence) => Assert.Empty(Codes(sentence));

    [Fact]
    public void The_goods_seizure_stage_stops_a_seizure_of_goods() =>
        EventTestKit.StopsOnlyWith(_out, "goods-seizure", "[Singapore Customs|O|SGP] seized about two tonnes of dried shark fin at the container terminal.", "171 Singapore Customs ->  @ -");

    [Fact]
    public void The_market_support_stage_stops_aid_to_a_currency() =>
        EventTestKit.StopsOnlyWith(_out, "market-support", "The [National Bank of Kazakhstan|O|KAZ] stepped in to defend the tenge by selling dollars.", "070 National Bank of Kazakhstan ->  @ -");

    [Fact]
    public void The_trade_ban_stage_stops_a_ban_on_a_product() =>
        EventTestKit.StopsOnlyWith(_out, "trade-ban", "[Laos|L|LAO] banned the sale of fireworks in [Vientiane|L|LAO].", "172 Laos ->  @ Vientiane");

    [Fact]
    public void A_bank_manager_jailed_for_theft_codes_no_arrest_of_the_bank_nor_an_assault() =>
        Assert.Empty(EventTestKit.StoryCodes(
            _out,
            "Freetown court jails former bank manager for fraud",
            "FREETOWN, June 2 — A High Court in Freetown on Monday sentenced a former manager of the Rokel Commercial Bank to ten years in prison for stealing 4 billion leones from customers' accounts.\n\nJustice Adrian Fisher said Mohamed Bangura had abused the trust of hundreds of depositors."));

    [Fact]
    public void A_leader_congratulating_a_world_champion_is_sport() =>
        Assert.Empty(EventTestKit.StoryCodes(
            _out,
            "Golovkin's heir storms to world title in Astana",
            "ASTANA — Kazakh boxer Zhanibek Alimkhanuly defended his title on Saturday, knocking out Mexican challenger Luis Ortega in the seventh round before 12,000 fans.\n\nPresident Kassym-Jomart Tokayev congratulated him in a telegram."));

    [Fact]
    public void A_pledge_to_stamp_out_a_crime_and_a_warning_of_disease_address_no_one()
    {
        Assert.Empty(Codes("Vietnam has pledged to stamp out the illegal wildlife trade."));
        Assert.Empty(Codes("Cambodia's health ministry warned on Monday of a sharp rise in dengue fever cases."));
    }

    [Fact]
    public void A_pledge_to_help_a_country_stays() =>
        Assert.Contains(Codes("Kenya pledged to help Somalia rebuild its army."), c => c.StartsWith("03"));

    [Fact]
    public void Army_trucks_with_fodder_for_snowbound_herders_are_relief() =>
        Assert.Empty(EventTestKit.StoryCodes(
            _out,
            "Mongolia hit by worst dzud in decades as livestock die",
            "ULAANBAATAR (Reuters) - Extreme cold and heavy snow have killed more than 4 million head of livestock across Mongolia this winter, the country's emergency agency said on Thursday.\n\nThe government declared an emergency in 12 of the country's 21 provinces and sent army trucks with hay and fodder to herders cut off by snow."));

    [Fact]
    public void A_cargo_that_arrives_pays_no_visit() =>
        Assert.Empty(Codes("The first cargo of wheat from Ukraine arrived in Beirut on Monday."));

    [Fact]
    public void The_goods_arrival_stage_stops_a_visit_by_goods() =>
        EventTestKit.StopsOnlyWith(_out, "goods-arrival", "The first cargo of wheat from [Ukraine|L|UKR] arrived in [Beirut|L|LBN] on Monday.", "042 Ukraine -> Beirut @ Beirut");

    [Fact]
    public void A_man_held_for_a_knife_attack_is_police_blotter() =>
        Assert.Empty(EventTestKit.StoryCodes(
            _out,
            "Police Blotter — Kaunas",
            "KAUNAS — Police detained a 34-year-old man on Sunday after he attacked a taxi driver with a knife in the Silainiai district, the Kaunas county police said. The driver was treated in hospital for cuts to his hands."));

    [Fact]
    public void A_banned_rally_in_a_headline_was_not_held()
    {
        var codes = EventTestKit.StoryCodes(
            _out,
            "Kenyan police arrest activists as government bans Nairobi rally",
            "NAIROBI — Police in Kenya arrested 20 activists of the opposition Orange Democratic Movement on Saturday.");
        Assert.DoesNotContain(codes, c => c.StartsWith("14"));
        Assert.Contains(codes, c => c.StartsWith("17"));
    }

    [Fact]
    public void A_march_in_defiance_of_a_ban_stays_a_protest() =>
        Assert.Contains(
            EventTestKit.StoryCodes(_out, "Thousands march in Nairobi despite ban", "NAIROBI — Thousands of opposition supporters marched through Nairobi on Saturday in defiance of a police ban."),
            c => c.StartsWith("14"));

    [Fact]
    public void A_warning_of_a_harsh_winter_is_a_forecast() =>
        Assert.Empty(EventTestKit.StoryCodes(
            _out,
            "Mongolia warns nomads of severe dzud winter",
            "ULAANBAATAR — Mongolia's emergency agency urged nomads in the Gobi to store hay before the dzud sets in."));

    [Fact]
    public void Police_sent_to_manage_festival_crowds_show_no_force() =>
        Assert.Empty(EventTestKit.StoryCodes(
            _out,
            "Inca festival draws record crowds to Cusco",
            "CUSCO — More than 100,000 visitors packed Cusco for the Inti Raymi festival on Saturday.\n\nPeru's tourism minister said the event had filled every hotel in the city. Police deployed 2,000 officers to manage the crowds."));

    [Fact]
    public void Police_sent_to_manage_protesters_stay_a_show_of_force() =>
        Assert.Contains(
            EventTestKit.StoryCodes(_out, "Lima braces for protest", "LIMA — Peru's interior minister said the march would go ahead. Police deployed 2,000 officers to manage the crowds of protesters."),
            c => c.StartsWith("15"));

    [Fact]
    public void Unnamed_men_sentenced_after_their_crime_was_told_are_court_routine() =>
        Assert.Empty(EventTestKit.StoryCodes(
            _out,
            "Tallinn court convicts hackers",
            "TALLINN — A Tallinn court on Thursday convicted two men of stealing data from a hospital.\n\nThe men, aged 23 and 27, were sentenced to four and five years in prison."));

    [Fact]
    public void Opposition_leaders_sentenced_stay_arrested() =>
        Assert.Contains(
            EventTestKit.StoryCodes(_out, "Minsk court jails opposition figures", "MINSK — Two opposition leaders were sentenced to ten years in prison on Thursday."),
            c => c.StartsWith("17"));
}
