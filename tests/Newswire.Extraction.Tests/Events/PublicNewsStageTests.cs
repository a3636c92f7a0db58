using System;
using System.Linq;
using Newswire.Extraction.Events.Stages;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Stages of session 17 (issue #11, NewsCheck9) on news where nothing political happened: ordinary crime, advice to
/// the public at sea and in health news, rescues of a country's own public. As in <see cref="EventStageTests"/>: with
/// every stage the sentence codes nothing; without the stage under test it codes the event the stage exists to stop;
/// a real political event of the same shape stays.
/// </summary>
public class PublicNewsStageTests
{
    private readonly ITestOutputHelper _out;

    public PublicNewsStageTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private void StopsOnlyWith(string stage, string markup, string expectedWithout) => EventTestKit.StopsOnlyWith(_out, stage, markup, expectedWithout);

    private void Keeps(string markup, string root) => EventTestKit.Keeps(_out, markup, root);

    [Fact]
    public void Police_arresting_robbery_suspects_is_ordinary_crime() =>
        StopsOnlyWith("ordinary-crime", "[Brazilian|L|BRA] police arrested two men suspected of robbing a jewellery shop in [Sao Paulo|L|BRA].", "173 Brazilian ->  @ Sao Paulo");

    [Fact]
    public void A_court_sentencing_a_named_private_person_for_a_stabbing_is_ordinary_crime() =>
        StopsOnlyWith("ordinary-crime", "A court in [Zagreb|L|HRV] sentenced [Tomislav Horvat|P|HRV] to 25 years in prison for stabbing his neighbour.", "173 Zagreb -> Tomislav Horvat @ -");

    [Fact]
    public void Police_detaining_an_opposition_leader_on_fraud_charges_stays() =>
        Keeps("Police in [Bucharest|L|ROU] detained opposition leader [Victor Popa|P|ROU] on fraud charges.", "17");

    [Fact]
    public void Police_detaining_journalists_on_drug_charges_stays() =>
        Keeps("Police in [Minsk|L|BLR] detained two journalists on drug charges.", "17");

    [Fact]
    public void Police_arresting_a_foreigner_accused_of_smuggling_stays() =>
        Keeps("[Venezuelan|L|VEN] police arrested an [American|L|USA] citizen accused of drug smuggling in [Caracas|L|VEN].", "17");

    [Fact]
    public void Soldiers_fighting_a_drug_cartel_stay() =>
        Keeps("[Mexican|L|MEX] soldiers killed 12 members of a drug cartel in a gunfight in [Sinaloa|L|MEX].", "19");

    [Fact]
    public void Warning_other_vessels_off_an_accident_is_advice_to_the_public() =>
        StopsOnlyWith("public-addressee", "The [Maritime Safety Authority|O|FJI] urged other vessels to stay clear of the area.", "020 Maritime Safety Authority ->  @ -");

    [Fact]
    public void Urging_a_foreign_country_s_vessels_to_leave_stays() =>
        Keeps("[Japan|L|JPN] urged [Chinese|L|CHN] vessels to leave its waters.", "02");

    [Fact]
    public void Urging_the_ships_named_before_to_leave_stays() =>
        Keeps("[Tokyo|L|JPN] conveyed its concern to [Beijing|L|CHN] and urged the ships to leave immediately.", "02");

    [Fact]
    public void A_navy_rescuing_passengers_of_its_own_country_is_no_aid() =>
        StopsOnlyWith("public-rescue", "[Fiji|L|FJI]'s navy rescued all 140 passengers and crew off [Kadavu|L|FJI].", "073 Fiji ->  @ Kadavu");

    [Fact]
    public void A_navy_rescuing_foreign_fishermen_stays() =>
        Keeps("[Italy|L|ITA]'s navy rescued 120 [Libyan|L|LBY] fishermen off [Lampedusa|L|ITA].", "07");

    [Fact]
    public void Prosecutors_asking_a_term_for_a_private_person_is_the_trial_s_routine() =>
        StopsOnlyWith("ordinary-crime", "Prosecutors in [Vienna|L|AUT] demanded a 30-year sentence for [Anna Huber|P|AUT], a former nurse.", "100 Vienna -> Anna Huber @ -");

    [Fact]
    public void Prosecutors_asking_a_term_for_an_opposition_leader_stays() =>
        Keeps("Prosecutors in [Ankara|L|TUR] demanded a 15-year sentence for opposition leader [Kemal Aydin|P|TUR].", "10");

    [Fact]
    public void A_union_s_demand_on_a_company_is_labour_news() =>
        StopsOnlyWith("commercial", "The [Metalworkers Union of Ghana|O|GHA] demanded a pay rise from [Volta Aluminium|O|GHA].", "100 Metalworkers Union of Ghana -> Volta Aluminium @ -");

    [Fact]
    public void A_union_s_accusation_against_a_minister_stays() =>
        Keeps("The [Metalworkers Union of Ghana|O|GHA] accused Labour Minister [Kofi Mensah|P|GHA] of ignoring safety rules.", "11");
}
