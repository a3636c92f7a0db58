using System.Linq;
using Newswire.Extraction.Model;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Agents and targets from the clause, through the whole pipeline (invented stories): descriptions after the
/// first mention ("the ministry", "the company", "the minister"), passive "by" agents, reported speech without
/// "that", capitals standing for their governments.
/// </summary>
public class ClauseAgentTests
{
    private readonly ITestOutputHelper _out;

    public ClauseAgentTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private ExtractedArticle Story(string body) => EventStories.Extract(_out, body);

    private static string Country(ExtractedArticle a, int actor) => EventStories.Country(a, actor);

    private static ExtractedEvent Root(ExtractedArticle a, string root) => Assert.Single(a.Events, e => e.Root == root);

    // The name inside a participle phrase between the subject and its verb is not the subject.
    [Fact]
    public void A_name_in_a_participle_phrase_before_the_verb_is_not_the_agent()
    {
        var a = Story("The protesters, waving national flags and pictures of former King Gyanendra Shah, demanded the restoration of the monarchy.");
        Assert.DoesNotContain(a.Events, e => a.Actors[e.Agent].Name == "Gyanendra Shah");
    }

    // "as inflation eased": the clause after "as" has a subject of its own, no actor, and the speaker does not ease.
    [Fact]
    public void A_clause_after_as_with_a_common_noun_subject_is_not_the_speakers_act()
    {
        var a = Story("The central bank kept its main lending rate unchanged on Thursday, Governor Ada Brelik said, as inflation eased for a third month.");
        Assert.DoesNotContain(a.Events, e => e.Root != "01");
    }

    // Aid goes to a third party: joint donors are not each other's counterparts.
    [Fact]
    public void Joint_donors_each_give_aid_and_are_not_each_others_counterparts()
    {
        var a = Story("A typhoon killed 12 people in Vietnam on Monday. Japan and South Korea pledged emergency aid.");
        var aid = a.Events.Where(e => e.Root == "07").ToList();
        Assert.Equal(2, aid.Count);
        Assert.All(aid, e => Assert.DoesNotContain(e.Counterparts, c => Country(a, c) is "JPN" or "KOR"));
    }

    // "The RSF, led by X, accused Cairo": the name after a participle and "by" describes the subject; it does not act.
    [Fact]
    public void A_name_after_a_past_participle_and_by_is_not_the_agent()
    {
        var a = Story("The Rapid Support Forces, led by Ada Brelik, accused Egypt of carrying out air strikes against its forces.");
        var accuse = Root(a, "11");
        Assert.Equal("Rapid Support Forces", a.Actors[accuse.Agent].Name);
    }

    // Praise is each member's own: "X and Y welcomed the election" are not each other's counterparts.
    [Fact]
    public void Joint_praise_is_each_members_own()
    {
        var a = Story("Saudi Arabia and France, which had pressed Lebanese politicians to end the deadlock, welcomed the election.");
        var praise = a.Events.Where(e => e.Code == "051").ToList();
        Assert.Equal(2, praise.Count);
        Assert.All(praise, e => Assert.DoesNotContain(e.Counterparts, c => Country(a, c) is "SAU" or "FRA"));
    }

    // "said the president had failed to protect them": failing is no rejection.
    [Fact]
    public void Failing_to_do_something_is_no_rejection()
    {
        var a = Story("Opposition spokesman Ada Brelik said President Wale Okon had failed to protect farmers.");
        Assert.DoesNotContain(a.Events, e => e.Root == "12");
    }

    // "the rebel group" after an armed group named "... Army": the group acts, whatever its name's head.
    [Fact]
    public void The_rebel_group_stands_for_an_armed_group_named_as_an_army()
    {
        var a = Story("Chile suspended talks with the Harwick Liberation Army (HLA) on Monday after the rebel group attacked a military base, killing three soldiers.");
        Assert.Contains(a.Events, e => e.Root == "19" && a.Actors[e.Agent].Name == "Harwick Liberation Army");
    }

    [Fact]
    public void Suspending_talks_halts_negotiations()
    {
        var a = Story("Chile suspended talks with Bolivia on Monday over the border dispute.");
        Assert.Contains(a.Events, e => e.Root == "16" && Country(a, e.Agent) == "CHL");
        Assert.DoesNotContain(a.Events, e => e.Root == "04");
    }

    // An order to the government's own ministries is no demand between actors.
    [Fact]
    public void An_order_to_the_governments_own_ministries_is_no_demand()
    {
        var a = Story("A typhoon hit Vietnam on Monday. Prime Minister Pham Van Hoa ordered ministries to send rescue teams to Quang Ngai province.");
        Assert.DoesNotContain(a.Events, e => e.Root == "10");
    }

    // The subject of a relative clause is the name right before ", which", not the subject of the clause it ends.
    [Fact]
    public void A_relative_clause_acts_for_the_name_before_its_comma()
    {
        var a = Story("President Ada Brelik of Ecuador praised Chile, which accused Bolivia of smuggling arms on Monday.");
        var accused = Root(a, "11");
        Assert.Equal("CHL", Country(a, accused.Agent));
    }

    [Fact]
    public void Suspending_a_member_cuts_ties_and_swearing_in_a_leader_is_no_disapproval()
    {
        var a = Story("The army swore in General Ada Brelik as transitional president on Thursday. The African Union suspended Guinea-Bissau from all its activities.");
        Assert.Contains(a.Events, e => e.Root == "16" && a.Actors[e.Agent].Name == "African Union" && e.Counterparts.Any(c => Country(a, c) == "GNB"));
        Assert.DoesNotContain(a.Events, e => e.Root == "11");
    }

    // Regional blocs are known by their acronyms ("ECOWAS condemned the coup").
    [Fact]
    public void A_regional_blocs_acronym_acts()
    {
        var a = Story("The West African bloc ECOWAS condemned the coup in Guinea-Bissau on Thursday.");
        Assert.Contains(a.Events, e => e.Root == "11" && a.Actors[e.Agent].Name == "Economic Community of West African States");
    }

    // A square where a crowd gathers never acts; governing is no cooperation.
    [Fact]
    public void A_square_is_no_protester_and_governing_codes_nothing()
    {
        var a = Story("Thousands of young protesters rallied in Sukhbaatar Square in Ulan Bator on Monday, demanding the premier's resignation. President Ada Brelik governed the country with the ruling Unity Party for a decade.");
        Assert.DoesNotContain(a.Events, e => a.Actors[e.Agent].Name == "Sukhbaatar Square");
        Assert.DoesNotContain(a.Events, e => e.Root == "06");
    }

    [Fact]
    public void Hosting_a_multi_sport_games_is_sport()
    {
        var a = Story("Ghana will host the African Games next year, the sports ministry said.");
        Assert.DoesNotContain(a.Events, e => e.Root == "04");
    }

    // A description set off by commas after the subject holds no subject of the verb.
    [Fact]
    public void A_name_in_an_apposition_after_the_subject_is_not_the_agent()
    {
        var a = Story("The United States, a treaty ally of the Philippines, condemned the attack on Monday.");
        Assert.Contains(a.Events, e => e.Root == "11" && Country(a, e.Agent) == "USA");
        Assert.DoesNotContain(a.Events, e => Country(a, e.Agent) == "PHL");
    }

    // "X, of the Y Party, denounced": the body a person belongs to, set off by commas, is no subject.
    [Fact]
    public void A_party_named_after_of_in_an_apposition_is_not_the_agent()
    {
        var a = Story("Mayor Ada Brelik, of the main opposition Harwick Unity Party (HUP), denounced the raids and accused the government of harassment.");
        var accuse = Root(a, "11");
        Assert.Equal("Ada Brelik", a.Actors[accuse.Agent].Name);
    }

    // "summoned the ambassador, X, and demanded": the envoy named in apposition is the first verb's object.
    [Fact]
    public void A_verb_joined_by_and_after_an_object_in_apposition_keeps_the_first_subject()
    {
        var a = Story("Foreign Minister Ada Brelik summoned the Chinese ambassador, Wu Tanfeng, and demanded that Beijing halt its patrols.");
        var demand = Root(a, "10");
        Assert.Equal("Ada Brelik", a.Actors[demand.Agent].Name);
    }

    [Fact]
    public void A_named_subject_before_a_participle_phrase_still_acts()
    {
        var a = Story("Nepal's opposition party, citing fraud in the vote, demanded the resignation of Prime Minister Ada Brelik.");
        Assert.Contains(a.Events, e => e.Root == "10" && Country(a, e.Agent) == "NPL");
    }

    [Fact]
    public void An_organization_of_a_person_acts_not_the_person()
    {
        var a = Story("The Harwick Unity Party of former minister Ada Brelik rejected the government's claim on Monday.");
        Assert.Equal("Harwick Unity Party", a.Actors[Root(a, "12").Agent].Name);
    }

    [Fact]
    public void An_unnamed_foreign_ministry_acts_for_the_country_named_most()
    {
        var a = Story("Chile recalled its ambassador from Bolivia on Monday. Chile said two of its soldiers had been detained. The foreign ministry demanded that La Paz release the soldiers.");
        Assert.Equal("CHL", Country(a, Root(a, "10").Agent));
    }

    [Fact]
    public void A_bare_ministry_with_no_ministry_named_acts_for_the_country_named_most()
    {
        var a = Story("Ghana closed its border with Togo on Friday, and Ghana deployed police to the crossings. The ministry urged Lome to hand over the suspects.");
        Assert.Equal("GHA", Country(a, Root(a, "02").Agent));
    }

    [Fact]
    public void An_unnamed_ministry_of_two_lowercase_words_acts_for_the_country_named_most()
    {
        var a = Story("Nepal lodged a protest with Bangladesh on Monday. Nepal said its traders had been stopped at the border. The external affairs ministry urged Dhaka to reopen the crossing.");
        Assert.Equal("NPL", Country(a, Root(a, "02").Agent));
    }

    [Fact]
    public void An_unnamed_ministry_between_two_countries_named_as_often_is_no_one()
    {
        var a = Story("Chile recalled its ambassador from Bolivia on Monday. The foreign ministry demanded that La Paz release two soldiers.");
        Assert.DoesNotContain(a.Events, e => e.Root == "10" && e.Agent >= 0 && Country(a, e.Agent) == "BOL");
    }

    [Fact]
    public void A_person_freed_with_no_by_is_freed_by_the_state_of_the_place()
    {
        var a = Story("Opposition leader Lamin Jallow was freed in Banjul on Friday, his lawyers said.");
        var e = Root(a, "08");
        Assert.Equal("GMB", Country(a, e.Agent));
        Assert.Contains(e.Counterparts, c => a.Actors[c].Name == "Lamin Jallow");
    }

    [Fact]
    public void A_past_form_ending_a_headline_clause_is_a_passive_whose_subject_does_nothing()
    {
        var a = ArticleExtractor.Extract("story.txt", "West Africa Dispatch\nPolitics\n\nGambia opposition leader freed after two weeks in custody\n\n"
            + "BANJUL — Gambian opposition leader Lamin Jallow was released from prison on Friday, his lawyers said.\n");
        Assert.DoesNotContain(a.Events, e => e.Agent >= 0 && a.Actors[e.Agent].Country == "GMB" && a.Actors[e.Agent].Kind != ActorKind.Location);
        Assert.Equal("GMB", Country(a, Root(a, "08").Agent));
    }

    [Fact]
    public void The_ministry_acts_for_the_ministry_named_before()
    {
        var a = Story("The Brazilian Foreign Ministry summoned the Argentine ambassador on Monday. The ministry accused Argentina of spying.");
        var e = a.Events.Single(x => x.Code == "112");
        Assert.Contains("Foreign Ministry", a.Actors[e.Agent].Name);
        Assert.Equal("BRA", Country(a, e.Agent));
        Assert.Equal("ARG", Country(a, e.Counterparts.Single()));
    }

    [Fact]
    public void The_company_acts_for_the_company_named_before()
    {
        var a = Story("Gazprom cut gas supplies to Moldova on Monday. The company accused Ukraine of blocking transit.");
        var e = Root(a, "11");
        Assert.Equal("Gazprom", a.Actors[e.Agent].Name);
        Assert.Equal("UKR", Country(a, e.Counterparts.Single()));
    }

    [Fact]
    public void The_minister_acts_for_the_minister_named_before()
    {
        var a = Story("Kenyan Interior Minister Amos Wekesa spoke in Nairobi on Monday. The minister accused Uganda of harbouring rebels.");
        var e = Root(a, "11");
        Assert.Equal("Amos Wekesa", a.Actors[e.Agent].Name);
        Assert.Equal("UGA", Country(a, e.Counterparts.Single()));
    }

    [Theory]
    [InlineData("The World Food Programme delivered aid to Gaza on Monday. The agency accused Israel of blocking convoys.", "World Food Programme")]
    [InlineData("The European Union agreed new sanctions on Monday. The bloc accused Russia of war crimes.", "European Union")]
    [InlineData("Hamas fighters clashed with Israeli troops on Monday. The group accused Israel of breaking the truce.", "Hamas")]
    public void Agency_bloc_and_group_act_for_the_organization_named_before(string body, string agent)
    {
        // "the group" skips state forces ("Israeli troops") for the non-state organization named before them.
        var a = Story(body);
        var e = Root(a, "11");
        Assert.StartsWith(agent, a.Actors[e.Agent].Name);
    }

    [Theory]
    [InlineData("Peru raised its tariffs on steel on Monday. The government accused Bolivia of harbouring rebels.", "PER")]
    [InlineData("Voters in Ghana go to the polls in May. Ghana's economy grew last year. The authorities accused Togo of smuggling.", "GHA")]
    [InlineData("Hanoi hosted a trade fair on Monday. The government accused Cambodia of dumping.", "VNM")]
    public void The_government_acts_for_the_country_named_before(string body, string country)
    {
        var a = Story(body);
        var e = Root(a, "11");
        Assert.Equal(country, Country(a, e.Agent));
    }

    [Fact]
    public void The_government_takes_the_country_named_most_not_the_latest()
    {
        // The story is about Peru; Bolivia is named once, after it.
        var a = Story("Peru raised its tariffs on steel on Monday. Peru's exports fell to Bolivia last year. The government accused Chile of harbouring rebels.");
        var e = Root(a, "11");
        Assert.Equal("PER", Country(a, e.Agent));
        Assert.Equal("CHL", Country(a, e.Counterparts.Single()));
    }

    [Fact]
    public void The_government_prefers_an_organization_of_that_name()
    {
        var a = Story("The Northern Regional Government spoke on Monday in Peru. The government accused Bolivia of harbouring rebels.");
        var e = Root(a, "11");
        Assert.Equal("Northern Regional Government", a.Actors[e.Agent].Name);
    }

    [Fact]
    public void The_government_with_no_country_before_it_has_no_agent()
    {
        var a = Story("The government accused Bolivia of dumping on Monday.");
        Assert.DoesNotContain(a.Events, e => e.Root == "11" && e.Agent >= 0);
    }

    [Fact]
    public void A_ministry_with_its_own_complement_is_not_a_follow_up()
    {
        // "the ministry of finance" is another body than the Ministry of Health named before.
        var a = Story("The Ministry of Health said on Monday it had enough vaccines. The ministry of finance accused Chile of dumping.");
        Assert.DoesNotContain(a.Events, e => e.Root == "11");
    }

    [Fact]
    public void The_company_does_not_stand_for_a_public_body()
    {
        var a = Story("The Brazilian Foreign Ministry spoke on Monday. The company accused Argentina of spying.");
        Assert.DoesNotContain(a.Events, e => e.Root == "11");
    }

    [Fact]
    public void Passive_by_phrase_is_the_agent_and_the_subject_the_target()
    {
        var a = Story("Ukraine was attacked by Russia on Monday.");
        var e = Root(a, "19");
        Assert.Equal("RUS", Country(a, e.Agent));
        Assert.Equal("UKR", Country(a, e.Counterparts.Single()));
    }

    [Fact]
    public void Passive_arrest_by_police_is_coded_for_the_police()
    {
        var a = Story("A Kenyan opposition leader, Amos Otieno, was arrested by Kenyan police on Friday.");
        var e = Root(a, "17");
        Assert.Equal("KEN", Country(a, e.Agent));
        Assert.Contains(e.Counterparts, c => a.Actors[c].Name == "Amos Otieno");
    }

    [Theory]
    [InlineData("The Dutch Foreign Ministry said on Monday it was worried. The ministry said Moscow would send troops to Belarus.", "06")]
    [InlineData("Japan said Moscow would impose sanctions on Belarus.", "16")]
    [InlineData("The Norwegian government said Russia attacked a Ukrainian port on Monday.", "19")]
    [InlineData("Japan said that Moscow had sent troops to Belarus.", "06")]
    public void Reported_speech_gives_the_act_to_the_reported_subject(string body, string root)
    {
        var a = Story(body);
        var e = Root(a, root);
        Assert.Equal("RUS", Country(a, e.Agent));
        Assert.Equal(EventModality.Reported, e.Modality);
    }

    [Theory]
    [InlineData("Kenyan police commander Juma Hassan said the driver had attacked a passenger.")]
    [InlineData("Regional police commander Juma Hassan said the driver lost control on a bend and the tanker overturned.")]
    public void A_common_subject_of_a_reported_or_joined_clause_is_no_act_of_the_speaker(string body)
    {
        // "said the driver attacked", "and the tanker overturned": the clause has its own subject, no actor.
        var a = Story(body);
        Assert.DoesNotContain(a.Events, e => e.Root != "01");
    }

    [Theory]
    [InlineData("Belarus said the measures were illegal and demanded that Brussels lift them.", "BLR")]
    [InlineData("Iran said the sanctions were unlawful and demanded that Washington lift them.", "IRN")]
    public void Said_and_a_second_verb_is_the_speaker_s_own_act(string body, string country)
    {
        // "the measures were illegal and demanded": no noun phrase stands right before "demanded", which the speaker
        // does (not reports).
        var a = Story(body);
        var demand = Root(a, "10");
        Assert.Equal(country, Country(a, demand.Agent));
        Assert.Equal(EventModality.Happened, demand.Modality);
    }

    [Theory]
    [InlineData("The Peruvian miners federation accused Prime Minister Lucia Paredes of criminalising poor workers and vowed to block highways.", "Lucia Paredes")]
    [InlineData("A Kenyan farmers union accused Agriculture Minister Peter Kamau of ignoring growers and threatened to march on parliament.", "Peter Kamau")]
    public void A_verb_joined_by_and_takes_no_agent_from_the_object_of_the_verb_before(string body, string accused)
    {
        // The subject of "accused" is unnamed; the accused minister does not vow or threaten.
        var a = Story(body);
        Assert.DoesNotContain(a.Events, e => e.Agent >= 0 && a.Actors[e.Agent].Name == accused);
    }

    [Fact]
    public void A_verb_joined_by_and_keeps_the_named_subject()
    {
        var a = Story("Kenya accused the government of President Samuel Odongo of harbouring rebels and vowed to respond.");
        Assert.Equal("KEN", Country(a, Root(a, "03").Agent));
    }

    [Fact]
    public void Speech_object_before_an_infinitive_is_not_a_reported_subject()
    {
        // "told X to": X is addressed, not the one who acts.
        var a = Story("Germany told Moscow to withdraw its troops from Belarus on Monday.");
        Assert.DoesNotContain(a.Events, e => Country(a, e.Agent) == "RUS");
    }

    [Theory]
    [InlineData("Seoul accused Pyongyang of firing a missile on Tuesday.", "11", "KOR", "PRK")]
    [InlineData("Washington imposed sanctions on Tehran on Tuesday.", "16", "USA", "IRN")]
    [InlineData("Canberra expelled two diplomats from Jakarta on Friday.", "16", "AUS", null)]
    public void Capitals_stand_for_their_governments(string body, string root, string agent, string? target)
    {
        var a = Story(body);
        var e = Root(a, root);
        Assert.Equal(agent, Country(a, e.Agent));
        if (target != null)
        {
            Assert.Equal(target, Country(a, e.Counterparts.Single()));
        }
    }

    // An activist, not "a man": police arresting a man for a stabbing is ordinary crime and codes nothing (OrdinaryCrimeStage).
    [Fact]
    public void A_gerund_after_for_is_done_by_the_object_not_the_subject()
    {
        var a = Story("Police in Lyon arrested an activist for stabbing two people on Sunday.");
        Assert.Equal("FRA", Country(a, Root(a, "17").Agent));
        Assert.DoesNotContain(a.Events, e => e.Root == "18");
    }

    [Fact]
    public void Arrests_in_the_passive_are_the_state_s_where_they_happened()
    {
        var a = Story("Two French citizens were arrested in Tehran on Sunday, the judiciary said.");
        Assert.Equal("IRN", Country(a, Root(a, "17").Agent));
    }

    [Fact]
    public void By_police_acts_for_the_state_not_for_the_place()
    {
        var a = Story("A journalist was detained by police at his home in Mombasa, Kenya's interior ministry said.");
        Assert.Equal("Kenya", a.Actors[Root(a, "17").Agent].Name);
    }
}
