using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>Coordinated subjects, negation and place-as-target rules (hand-marked actors).</summary>
public class ClauseStructureTests
{
    private readonly ITestOutputHelper _out;

    public ClauseStructureTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private EventTestKit.Result Run(string markup)
    {
        var r = EventTestKit.Run(markup);
        _out.WriteLine(r.ToString());
        return r;
    }

    private static string[] Lines(EventTestKit.Result r)
    {
        var lines = new System.Collections.Generic.List<string>();
        foreach (var l in r.Lines())
        {
            lines.Add(l.Replace(" ->  @", " -> @"));
        }

        return lines.ToArray();
    }

    [Fact]
    public void Comma_list_of_subjects_each_act_on_the_object()
    {
        var r = Run("[Peru|L|PER], [Ecuador|L|ECU] and [Uruguay|L|URY] denounced [Nicaragua|L|NIC] over the expulsions.");
        Assert.Equal(new[] { "111 Peru -> Nicaragua @ -", "111 Ecuador -> Nicaragua @ -", "111 Uruguay -> Nicaragua @ -" }, Lines(r));
    }

    [Fact]
    public void Modifiers_and_a_serial_comma_do_not_break_a_subject_list()
    {
        var r = Run("Tiny [Malta|L|MLT], the wary [Cyprus|L|CYP], and mighty [Greece|L|GRC] rebuked [Turkey|L|TUR] on Monday.");
        Assert.Equal(new[] { "111 Malta -> Turkey @ -", "111 Cyprus -> Turkey @ -", "111 Greece -> Turkey @ -" }, Lines(r));
        r = Run("[Ghana|L|GHA] and the long-suffering [Togo|L|TGO] denounced [Burkina Faso|L|BFA] over the raids.");
        Assert.Equal(new[] { "111 Ghana -> Burkina Faso @ -", "111 Togo -> Burkina Faso @ -" }, Lines(r));
    }

    [Fact]
    public void Who_clause_between_subject_and_verb_is_skipped()
    {
        var r = Run("[Gabriel Boric|P|CHL], who spoke to reporters in [Lima|L|PER], denounced [Venezuela|L|VEN] on Monday.");
        Assert.Equal(new[] { "111 Gabriel Boric -> Venezuela @ -" }, Lines(r));
    }

    [Fact]
    public void Coordinated_subjects_of_a_one_sided_verb_are_not_each_others_target()
    {
        var r = Run("[Norway|L|NOR] and [Iceland|L|ISL] condemned the whaling ban in [Tokyo|L|JPN] on Friday.");
        Assert.Equal(new[] { "111 Norway -> @ Tokyo", "111 Iceland -> @ Tokyo" }, Lines(r));
    }

    [Fact]
    public void Coordinated_subjects_of_a_mutual_verb_stay_one_interaction()
    {
        var r = Run("[Eritrea|L|ERI] and [Ethiopia|L|ETH] clashed near the border town on Tuesday.");
        Assert.Equal(new[] { "190 Eritrea -> Ethiopia @ -" }, Lines(r));
    }

    [Fact]
    public void A_fronted_place_is_not_part_of_a_subject_list()
    {
        var r = Run("In [Vienna|L|AUT], [Iran|L|IRN] and [Oman|L|OMN] accused [Israel|L|ISR] of sabotage.");
        Assert.Equal(new[] { "112 Iran -> Israel @ Vienna", "112 Oman -> Israel @ Vienna" }, Lines(r));
    }

    [Theory]
    [InlineData("[Chile|L|CHL] will not expel [Bolivian=Bolivia|L|BOL|adj] diplomats.")]
    [InlineData("[Chile|L|CHL] has never expelled a [Bolivian=Bolivia|L|BOL|adj] envoy.")]
    [InlineData("[Chile|L|CHL] didn't expel the [Bolivian=Bolivia|L|BOL|adj] envoy.")]
    [InlineData("[Chile|L|CHL] won’t attack [Bolivia|L|BOL].")]
    [InlineData("Neither [Chile|L|CHL] nor [Peru|L|PER] attended the summit in [Lima|L|PER].")]
    public void Negated_verbs_are_no_events(string markup)
    {
        var r = Run(markup);
        Assert.Empty(r.Events);
    }

    [Fact]
    public void Negation_in_another_clause_does_not_cancel_the_event()
    {
        var r = Run("[Chile|L|CHL], which did not comment, expelled a [Bolivian=Bolivia|L|BOL|adj] envoy on Monday.");
        Assert.Equal(new[] { "160 Chile -> Bolivia @ -" }, Lines(r));
    }

    [Fact]
    public void Fired_at_a_place_makes_it_the_target()
    {
        var r = Run("[Syria|L|SYR] on Sunday fired two rockets at [Haifa|L|ISR].");
        var e = Assert.Single(r.Events);
        Assert.StartsWith("19", e.Code);
        Assert.Equal("Syria -> Haifa @ Haifa", r.Describe(e).Substring(4));
    }

    [Fact]
    public void Arriving_in_a_foreign_city_visits_its_host_but_coming_home_does_not()
    {
        var r = Run("[Chilean=Chile|L|CHL|adj] President [Gabriel Boric|P|CHL] arrived in [Lima|L|PER] on Monday.");
        Assert.Equal(new[] { "042 Gabriel Boric -> Lima @ Lima" }, Lines(r));
        r = Run("[Gabriel Boric|P|CHL] arrived in [Santiago|L|CHL] on Monday.");
        Assert.Equal(new[] { "042 Gabriel Boric -> @ Santiago" }, Lines(r));
    }

    [Fact]
    public void Left_for_a_place_is_a_trip_there()
    {
        var r = Run("[Indonesian=Indonesia|L|IDN|adj] Foreign Minister [Retno Marsudi|P|IDN] left for [Canberra|L|AUS] on Sunday.");
        Assert.Equal(new[] { "042 Retno Marsudi -> Canberra @ -" }, Lines(r));
    }
}
