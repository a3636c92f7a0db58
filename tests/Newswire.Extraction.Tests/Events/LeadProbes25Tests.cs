using System.Linq;
using Newswire.Extraction.Model;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Wire copy the lead probed in session 25 (issue #11): envoys below ambassador rank recalled, a year that names a
/// treaty rather than dating the clause, and acts told from the victims' side in an agentless passive. Invented
/// sentences.
/// </summary>
public class LeadProbes25Tests
{
    private readonly ITestOutputHelper _out;

    public LeadProbes25Tests(ITestOutputHelper output)
    {
        _out = output;
    }

    private ExtractedArticle Story(string body) => EventStories.Extract(_out, body);

    private static bool By(ExtractedArticle a, ExtractedEvent e, string country) => e.Agent >= 0 && a.Actors[e.Agent].Country == country;

    // cameo_news.txt "P recall 161 commissioner": a high commissioner or charge d'affaires recalled is a cut in relations.
    [Theory]
    [InlineData("Zambia recalled its high commissioner to Malawi on Tuesday after the border clash.", "ZMB")]
    [InlineData("Guyana recalled its charge d'affaires from Caracas on Monday.", "GUY")]
    [InlineData("Fiji recalled the head of its mission in Canberra for consultations.", "FJI")]
    public void A_recalled_envoy_of_any_rank_cuts_relations(string sentence, string country)
    {
        var a = Story(sentence);
        Assert.Contains(a.Events, e => e.Code == "161" && By(a, e, country));
    }

    // HistoricalStage: "the 1951 treaty" names the treaty; "in 1990" and "during the 2008 war" still date the clause.
    [Theory]
    [InlineData("The United States condemned the Chinese action and reaffirmed its commitment to defend the Philippines under their 1951 Mutual Defense Treaty.", "11", "USA")]
    [InlineData("Israel accused Iran of breaching the 2015 nuclear deal on Monday.", "11", "ISR")]
    [InlineData("Kenya and Ethiopia signed an accord updating their 1963 border treaty on Friday.", "05", "KEN")]
    public void A_year_that_names_a_treaty_does_not_make_the_act_history(string sentence, string root, string country)
    {
        var a = Story(sentence);
        Assert.Contains(a.Events, e => e.Root == root && By(a, e, country));
    }

    [Theory]
    [InlineData("Iraq invaded Kuwait in 1990, starting the Gulf War.")]
    [InlineData("Back in 2008, Russia fought a brief war with Georgia over South Ossetia.")]
    [InlineData("Argentina invaded the islands in the 1982 conflict with Britain.")]
    public void A_year_that_dates_the_clause_is_still_history(string sentence)
    {
        var a = Story(sentence);
        Assert.DoesNotContain(a.Events, e => e.Root is "18" or "19" or "20");
    }

    // EventRun.Participles.cs AfterAgentlessPassive: "were killed in shelling" names no doer; the speaker is not one.
    [Theory]
    [InlineData("The United Nations said at least 40 civilians were killed in shelling of a market in El Obeid on Tuesday.")]
    [InlineData("The European Union said two aid workers were wounded during bombing near Gaza City.")]
    [InlineData("Germany's foreign ministry said a school was damaged in shelling of Kharkiv overnight.")]
    public void A_speaker_is_not_the_doer_of_a_victims_passive(string sentence)
    {
        var a = Story(sentence);
        Assert.DoesNotContain(a.Events, e => e.Root is "18" or "19" or "20" && e.Agent >= 0);
    }

    // ... while a gerund after an active clause still takes the clause's agent.
    [Theory]
    [InlineData("Russia responded by expelling two Estonian diplomats on Friday.", "16", "RUS")]
    [InlineData("Poland retaliated by expelling three Belarusian diplomats.", "16", "POL")]
    public void A_gerund_after_an_active_clause_keeps_its_agent(string sentence, string root, string country)
    {
        var a = Story(sentence);
        Assert.Contains(a.Events, e => e.Root == root && By(a, e, country));
    }

    // TimeExpression.LaterInPeriod: "later this month" and "later today" are still to come; "later that day" is past.
    [Theory]
    [InlineData("Thai Prime Minister Paetongtarn Shinawatra said she would visit Phnom Penh later this month.", EventModality.Planned)]
    [InlineData("Prime Minister Hun Manet of Cambodia will visit Bangkok later this year.", EventModality.Planned)]
    [InlineData("Police later that day arrested two opposition activists in Bangkok.", EventModality.Happened)]
    public void Later_this_month_is_planned_and_later_that_day_is_not(string sentence, EventModality modality)
    {
        var a = Story(sentence);
        var e = Assert.Single(a.Events, x => x.Root is "04" or "17");
        Assert.Equal(modality, e.Modality);
    }

    // EventRun.Heads.cs ChunkHead: "President William Ruto of Kenya" is the person, not the country after "of".
    [Theory]
    [InlineData("President William Ruto of Kenya met Prime Minister Abiy Ahmed in Nairobi on Monday.", "William Ruto")]
    [InlineData("Foreign Minister Sergei Lavrov of Russia criticised the plan on Tuesday.", "Sergei Lavrov")]
    public void A_person_of_a_country_is_the_agent(string sentence, string agent)
    {
        var a = Story(sentence);
        Assert.Contains(a.Events, e => e.Agent >= 0 && a.Actors[e.Agent].Name == agent);
    }

    // EventRun.Frames.cs InPrepositionalObject: "-ed" after a preposition's object is a reduced relative, no act of its own.
    [Theory]
    [InlineData("Israel killed a Hezbollah commander on Thursday in violation of a ceasefire agreed in November.")]
    [InlineData("Lebanon said Israel struck a village on Friday, in the latest breach of a truce agreed in November.")]
    [InlineData("Shipping resumed on Monday under the deal agreed in Istanbul last year.")]
    public void A_participle_after_a_prepositions_object_is_no_agreement(string sentence)
    {
        var a = Story(sentence);
        Assert.DoesNotContain(a.Events, e => e.Root == "03");
    }

    // ... while a subject after "of" still acts, and so does a crowd.
    [Theory]
    [InlineData("Supporters of the opposition protested outside the election commission in Kampala.", "14")]
    [InlineData("Thousands of the protesters marched on parliament in Kathmandu on Sunday.", "14")]
    public void A_subject_after_of_still_acts(string sentence, string root)
    {
        var a = Story(sentence);
        Assert.Contains(a.Events, e => e.Root == root);
    }

    // cameo_news.txt "P declare 174 persona": declaring a diplomat persona non grata is an expulsion.
    [Theory]
    [InlineData("Moldova on Wednesday declared a Russian embassy official persona non grata and gave him 72 hours to leave.", "MDA")]
    [InlineData("Estonia declared two Russian diplomats persona non grata on Friday.", "EST")]
    public void Persona_non_grata_is_an_expulsion(string sentence, string country)
    {
        var a = Story(sentence);
        Assert.Contains(a.Events, e => e.Code == "174" && By(a, e, country));
    }

    // EventRun.Modality.cs SimplePastTrigger: a verb in the simple past happened, whatever the sentence plans.
    [Fact]
    public void A_visit_in_the_simple_past_happened_though_the_sentence_plans_more()
    {
        var a = Story("Indonesian President Prabowo Subianto, who visited Beijing in November, is expected to raise the issue with Premier Li Qiang at a summit next month.");
        var visit = Assert.Single(a.Events, e => e.Root == "04" && a.Actors[e.Agent].Name == "Prabowo Subianto");
        Assert.Equal(EventModality.Happened, visit.Modality);
    }

    // cameo_news.txt "P send 114 note": a diplomatic note sent is an official complaint.
    [Fact]
    public void A_diplomatic_note_sent_is_a_complaint()
    {
        var a = Story("Indonesia sent a diplomatic note to the Chinese Embassy in Jakarta on Tuesday over the incursion.");
        Assert.Contains(a.Events, e => e.Code == "114" && By(a, e, "IDN"));
    }

    // EventRun.PreviousWord.cs SkipScareQuote: "had been \"kidnapped\"" is still a passive; the speaker kidnapped no one.
    [Theory]
    [InlineData("Venezuelan Foreign Minister Yvan Gil said the migrants had been \"kidnapped\" by the United States.", "USA")]
    [InlineData("Venezuelan Foreign Minister Yvan Gil said the migrants had been \"kidnapped\" in El Salvador.", null)]
    public void A_scare_quoted_passive_is_not_the_speakers_act(string sentence, string? doer)
    {
        var a = Story(sentence);
        Assert.DoesNotContain(a.Events, e => e.Root == "18" && By(a, e, "VEN"));
        if (doer != null)
        {
            Assert.Contains(a.Events, e => e.Root == "18" && By(a, e, doer));
        }
    }

    // EventRun.CoordinatedSaying.cs SayingRoot: after "and", a cooperative form ("allied") is an adjective, not a second act.
    [Fact]
    public void Allied_after_and_is_an_adjective_after_a_speech_verb()
    {
        var a = Story("The Kremlin noted that the President reviewed new equipment, a signal to domestic audiences and allied partners.");
        Assert.DoesNotContain(a.Events, e => e.Root == "05");
    }
}
