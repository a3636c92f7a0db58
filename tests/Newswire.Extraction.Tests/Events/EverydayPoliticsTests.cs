using System.Linq;
using Newswire.Extraction.Model;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Recall and agents on everyday political news (issue #11, NewsCheck26): acts of saying joined by "and" to an earlier
/// act, a speaker's own act after ", and" closing what was said, demands in a document ("sent a note demanding"),
/// pairs named by count ("the two leaders"), vetoes and walkouts. Invented sentences.
/// </summary>
public class EverydayPoliticsTests
{
    private readonly ITestOutputHelper _out;

    public EverydayPoliticsTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private ExtractedArticle Story(string body) => EventStories.Extract(_out, body);

    private static string? Agent(ExtractedArticle a, ExtractedEvent e) => e.Agent < 0 ? null : a.Actors[e.Agent].Name;

    // EventRun.CoordinatedSaying: a verbal act after "and" following a speech verb is the speaker's next act, not an
    // adjective before a noun.
    [Theory]
    [InlineData("Foreign Minister Ilia Darchiashvili said the detentions were illegal and urged international partners to press Moscow for their release.", "Ilia Darchiashvili", "02")]
    public void A_verbal_act_after_and_is_the_subjects_next_act(string sentence, string agent, string root)
    {
        var a = Story(sentence);
        Assert.Contains(a.Events, e => e.Root == root && Agent(a, e) == agent);
    }

    // ... while a material act's participle there stays an adjective.
    [Fact]
    public void A_material_participle_after_and_stays_an_adjective()
    {
        var a = Story("The United Nations condemned the attack on Tuesday and armed groups in Darfur denied any role.");
        Assert.DoesNotContain(a.Events, e => e.Trigger.Of(a.Text) == "armed");
    }

    // EventRun.Speech.AfterStatedState: any verbal act after a "that" clause stating a fact is the speaker's.
    [Fact]
    public void An_order_after_a_stated_fact_is_the_speakers()
    {
        var a = Story("Public Service Minister Pono Moatlhodi said that the strike was illegal and ordered the workers to return to work.");
        Assert.Contains(a.Events, e => e.Root == "10" && Agent(a, e) == "Pono Moatlhodi");
    }

    // EventRun.CoordinatedSaying.SpeechBeforeCommaAnd: ", and" + a verbal act goes back to the speaker even when a name
    // opened the reported clause.
    [Theory]
    [InlineData("Finance Minister Situmbeko Musokotwane said China had agreed to extend the loans, and thanked Beijing for its support.")]
    [InlineData("Finance Minister Situmbeko Musokotwane said that China had agreed to extend the loans, and thanked Beijing for its support.")]
    public void A_verbal_act_after_comma_and_is_the_speakers(string sentence)
    {
        var a = Story(sentence);
        var thanks = Assert.Single(a.Events, e => e.Root == "05");
        Assert.Equal("Situmbeko Musokotwane", Agent(a, thanks));
    }

    // EventRun.CoordinatedSaying.DocumentGerund: a directive's -ing form after a document in a verb's object.
    [Theory]
    [InlineData("Costa Rica sent a diplomatic note to Nicaragua demanding the immediate release of the fishermen.", "CRI")]
    [InlineData("Ghana's foreign ministry issued a statement calling on Togo to release the fishermen.", "GHA")]
    public void A_document_demanding_is_its_senders_demand(string sentence, string country)
    {
        var a = Story(sentence);
        Assert.Contains(a.Events, e => (e.Root == "10" || e.Root == "02") && e.Agent >= 0 && a.Actors[e.Agent].Country == country);
        Assert.DoesNotContain(a.Events, e => e.Root == "08");
    }

    // ... but a crowd "demanding" something is still the crowd's own demand, not the police's.
    [Fact]
    public void Protesters_demanding_are_no_document()
    {
        var a = Story("Police in Nairobi fired tear gas at protesters demanding the resignation of the president.");
        Assert.DoesNotContain(a.Events, e => e.Root == "10" && e.Agent >= 0 && a.Actors[e.Agent].Country == "KEN");
    }

    // EventRun.PairSubjects: "the two leaders" after an event between two sides are those sides.
    [Theory]
    [InlineData("President Daniel Chapo met Malawi's President Lazarus Chakwera in Maputo on Monday. The two leaders signed an agreement on power trade.", "05")]
    [InlineData("Malawi accused Mozambique of shooting two fishermen on Lake Malawi. The two countries agreed to reopen the border.", "03")]
    public void A_pair_named_by_count_is_the_latest_two_sides(string body, string root)
    {
        var a = Story(body);
        Assert.Contains(a.Events, e => e.Root == root && e.Agent >= 0 && e.Counterparts.Count > 0);
    }

    // ... but inside reported speech the pair is what the speaker says will happen.
    [Fact]
    public void A_pair_in_reported_speech_is_the_speakers_content()
    {
        var a = Story("Kuwait accused Iraq of building a border post. Iraqi officials said the post was on Iraqi land and that the two neighbours would discuss the matter.");
        Assert.DoesNotContain(a.Events, e => e.Root == "04");
    }

    // ... and with no two sides before, "the two countries" is no one.
    [Fact]
    public void A_pair_with_no_sides_before_is_no_one()
    {
        var a = Story("Floods killed 40 people in Malawi on Monday. The two countries agreed to share weather data.");
        Assert.DoesNotContain(a.Events, e => e.Root == "03");
    }

    // cameo_news.txt: "vetoed" is CAMEO's veto (129); walking out of a chamber is dissent (140); accepting a ruling
    // praises no one.
    [Theory]
    [InlineData("Bulgaria vetoed the opening of North Macedonia's accession talks on Monday.", "129")]
    [InlineData("Montenegro's opposition Democratic Party of Socialists walked out of parliament on Thursday.", "140")]
    public void Vetoes_and_walkouts_have_their_codes(string sentence, string code)
    {
        var a = Story(sentence);
        Assert.Contains(a.Events, e => e.Code == code);
    }

    [Theory]
    [InlineData("Justice Minister Fillemon Nghikembua said the government respected the judgment but would appeal.")]
    [InlineData("Kenya's government said it respected the ruling of the Supreme Court.")]
    public void Respecting_a_judgment_is_no_praise(string sentence)
    {
        var a = Story(sentence);
        Assert.DoesNotContain(a.Events, e => e.Root == "05");
    }
}
