using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Plain comments are no events (issue #11, NewsCheck29's tune half and invented sentences): what an analyst,
/// historian or economist says happened or will happen is a view; an official "explaining" or "stressing" that a
/// side wants something states a position, not a new intent; a verb joined by "and will" to the verb before it
/// shares that verb's subject, not its object; a ministry "monitoring the situation" investigates nothing; a ", when"
/// clause of a dated past runs on past its next verb; "the sick and wounded" are people. Each kind has a twin that keeps
/// its event.
/// </summary>
public class PlainCommentTests
{
    private readonly ITestOutputHelper _out;

    public PlainCommentTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private string[] Codes(string body) => EventTestKit.StoryCodes(_out, "World briefing", body);

    [Theory]
    [InlineData("Security analyst Tomas Weber said Venezuela usually settled such seizures of Trinidadian boats with a fine.")]
    [InlineData("Economist Luis Ortega said Argentina would keep borrowing from the IMF whatever the government promised.")]
    [InlineData("Commentator Sara Lind said Sweden had threatened Hungary with sanctions many times but never imposed them.")]
    [InlineData("Military analyst Jan Jires said Russia would attack Ukrainian cities again in the winter.")]
    [InlineData("Historian Jonas Berg said Norway had always mediated quietly between Israel and the Palestinians.")]
    [InlineData("\"Kinshasa needs European support against Kigali,\" said Marc Lemaire, a Belgian analyst.")]
    public void A_commentators_view_codes_no_act(string sentence) => Assert.Empty(Codes(sentence));

    [Fact]
    public void Acts_reported_by_officials_or_done_to_commentators_stay()
    {
        Assert.Contains(Codes("Sweden threatened Hungary with sanctions on Monday, Foreign Minister Maria Stenergard said."), c => c.StartsWith("13"));
        Assert.Contains(Codes("Russian police detained two British researchers in Moscow on Friday."), c => c.StartsWith("17"));
    }

    [Theory]
    [InlineData("He stressed that Trinidad and Tobago wanted to resolve the matter with Venezuela quietly.")]
    [InlineData("The spokesman explained that Turkey wanted good relations with Greece and Cyprus.")]
    [InlineData("She underlined that Oslo wanted closer cooperation with Reykjavik on fisheries research.")]
    [InlineData("The ambassador explained that Chile intended to expand its trade with China and India.")]
    public void An_explained_position_is_no_intent(string sentence) => Assert.Empty(Codes(sentence));

    [Fact]
    public void An_announced_intent_stays() =>
        Assert.Contains(Codes("Norway pledged to send 20 border guards to Finland, the Norwegian government said."), c => c.StartsWith("03") || c.StartsWith("07"));

    [Fact]
    public void A_verb_after_and_will_shares_the_subject_not_the_object()
    {
        var codes = Codes("The African Union's special envoy, Mahboub Maalim, met President Ismail Omar Guelleh in Djibouti on Monday and will travel to Asmara later this week.");
        Assert.Contains(codes, c => c.StartsWith("04") && c.EndsWith("Mahboub Maalim"));
        Assert.DoesNotContain(codes, c => c.EndsWith("Ismail Omar Guelleh"));
    }

    [Fact]
    public void A_when_clause_of_a_dated_past_runs_on_past_its_next_verb()
    {
        Assert.Empty(Codes("The exhibition tells the story of the 1962 revolt, when rebels attacked police stations before British troops arrived from Singapore."));
        Assert.Contains(Codes("Chilean police fired tear gas on Friday, when protesters marched to parliament before Chilean troops arrived in the city."), c => c.StartsWith("17") || c.StartsWith("18"));
    }

    [Theory]
    [InlineData("Japan is monitoring the situation on the Korean peninsula, the government spokesman said.")]
    [InlineData("The foreign ministry said Qatar was closely monitoring developments in Sudan.")]
    public void Monitoring_a_situation_is_no_investigation(string sentence) => Assert.Empty(Codes(sentence));

    [Fact]
    public void Monitoring_an_election_stays() =>
        Assert.Contains(Codes("UN observers will monitor the election in Liberia next month."), c => c.StartsWith("09"));

    // Every event the story codes, statements included.
    private static string[] AllCodes(string body)
    {
        var a = ArticleExtractor.Extract("story.txt", "World briefing\n\n" + body + "\n");
        return a.Events.Select(e => e.Code + " " + (e.Agent < 0 ? "-" : a.Actors[e.Agent].Name)).ToArray();
    }

    [Fact]
    public void A_commentators_statement_about_other_countries_is_no_event()
    {
        Assert.Empty(AllCodes("Energy analyst Liisa Kivi said the cable would lower prices in Finland but warned that Russia could try to damage it."));
        Assert.Empty(AllCodes("Historian Farid Aliyev said the cable would lower prices in Azerbaijan but warned that Armenia could try to block it."));
    }

    [Fact]
    public void A_ministers_statement_about_another_country_stays() =>
        Assert.Contains(AllCodes("Finnish Energy Minister Sakari Puisto said the cable would lower prices in Finland but warned that Russia could try to damage it."), c => c.StartsWith("01"));

    [Fact]
    public void The_wounded_after_the_are_people_not_an_assault()
    {
        Assert.DoesNotContain(Codes("Yemen's government accused the Houthis of delaying the release of the sick and wounded."), c => c.StartsWith("18"));
        Assert.Contains(Codes("Nigerian troops wounded three Boko Haram fighters in an ambush near Maiduguri."), c => c.StartsWith("18"));
    }
}
