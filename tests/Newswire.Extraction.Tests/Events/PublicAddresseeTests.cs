using System.Linq;
using Newswire.Extraction.Events.Stages;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// <see cref="PublicAddresseeStage"/>: advice to the public or to customers ("police urged residents to stay indoors",
/// "the bank urged shareholders to accept the offer") is no appeal between actors, while appeals to another actor,
/// to an unnamed political side or to a foreign country's people stay coded (issue #11). With every stage the advice
/// codes nothing; without this stage it codes the appeal, so each test fails when the stage stops working.
/// </summary>
public class PublicAddresseeTests
{
    private readonly ITestOutputHelper _out;

    public PublicAddresseeTests(ITestOutputHelper output)
    {
        _out = output;
    }

    private static EventStages WithoutStage(string stage)
    {
        var all = EventStages.Default;
        return new EventStages(all.Words, all.Stages.Where(s => s.Name != stage).ToList());
    }

    private void Stops(string markup, string root, string stage = "public-addressee")
    {
        var with = EventTestKit.Run(markup);
        var without = EventTestKit.Run(markup, stages: WithoutStage(stage));
        _out.WriteLine("with: " + with + "\nwithout " + stage + ": " + without);
        Assert.DoesNotContain(with.Events, e => e.Root != "01");
        Assert.Contains(without.Events, e => e.Root == root);
    }

    private void Keeps(string markup, string root)
    {
        var r = EventTestKit.Run(markup);
        _out.WriteLine(r.ToString());
        Assert.Contains(r.Events, e => e.Root == root);
    }

    [Theory]
    [InlineData("[Uruguayan=Uruguay|L|URY|adj] police urged residents of coastal towns to stay indoors as the storm approached.", "02")]
    [InlineData("[Thailand|L|THA]'s health ministry called on parents to have their children vaccinated against measles.", "02")]
    [InlineData("The [Indian=India|L|IND|adj] government appealed to consumers to save electricity during the evening peak.", "02")]
    [InlineData("[Kenyan=Kenya|L|KEN|adj] traffic police urged all motorists to avoid the highway north of [Nairobi|L|KEN].", "02")]
    [InlineData("Health Minister [Chikondi Banda|P|MWI] appealed to every parent not to wait.", "02")]
    [InlineData("[Egypt|L|EGY]'s tourism ministry encouraged residents to book their trips early.", "05")]
    public void Advice_to_the_public_is_no_appeal(string markup, string root) => Stops(markup, root);

    // Session 19 (events28): a faith's flock and a charity's givers are the public too.
    [Theory]
    [InlineData("The archbishop of [Manila|L|PHL] urged worshippers to remain calm during the procession.")]
    [InlineData("The [University of Nairobi|O|KEN] appealed to alumni for donations to rebuild its library.")]
    [InlineData("The [Kenya Red Cross|O|KEN] appealed for donations to help families displaced by the floods.")]
    public void Calls_on_worshippers_or_donors_are_no_appeal(string markup) => Stops(markup, "02");

    [Theory]
    [InlineData("[Kenya|L|KEN]'s largest public hospital appealed on Tuesday for blood donations after a bus crash.")]
    [InlineData("[Thailand|L|THA]'s health ministry called yesterday on parents to have their children vaccinated.")]
    public void A_day_between_the_verb_and_the_public_is_skipped(string markup) => Stops(markup, "02");

    [Fact]
    public void A_day_between_the_verb_and_another_side_stays() =>
        Keeps("[Brazil|L|BRA] urged on Monday [Japan|L|JPN] to lift its tariffs on beef.", "02");

    [Theory]
    [InlineData("The archbishop of [Manila|L|PHL] urged the government to free the detained priests.")]
    [InlineData("The [University of Nairobi|O|KEN] appealed to the [Kenyan=Kenya|L|KEN|adj] government for more funding.")]
    [InlineData("The [United Nations|O|] appealed for donations to help [Sudan|L|SDN].")]
    public void Appeals_by_a_church_or_a_charity_to_a_side_stay(string markup) => Keeps(markup, "02");

    // BusinessSenseStage reads the same table: guests who are customers or the public make hosting business.
    [Theory]
    [InlineData("[Kiwi Milk|O|NZL] welcomed a delegation of [Chinese=China|L|CHN|adj] buyers to its plant in [Hamilton|L|NZL].")]
    [InlineData("[Japan|L|JPN] hosted tourists from [China|L|CHN] at the cherry blossom festival.")]
    public void Hosting_customers_or_the_public_is_business(string markup) => Stops(markup, "04", "business-sense");

    [Fact]
    public void Hosting_a_delegation_of_officials_stays_a_visit() =>
        Keeps("President [William Ruto|P|KEN] hosted a delegation of [Chinese=China|L|CHN|adj] officials at State House.", "04");

    [Fact]
    public void An_evacuation_order_before_a_hazard_is_no_expulsion() =>
        Stops("[Thai=Thailand|L|THA|adj] authorities ordered residents of riverside villages to leave their homes as floodwaters rose.", "17");

    [Fact]
    public void An_order_to_leave_with_no_hazard_stays_an_expulsion() =>
        Keeps("[Myanmar|L|MMR]'s army ordered residents of three villages to leave within 24 hours.", "17");

    [Theory]
    [InlineData("[Dhaka=Bangladesh|L|BGD] urged [Naypyidaw=Myanmar|L|MMR] to take back the refugees.", "02")]
    [InlineData("The [Tanora Alliance|O|MDG] called on President [Hery Rakoto|P|MDG] to resign.", "02")]
    [InlineData("[Poland|L|POL] urged residents of [Belarus|L|BLR] to resist the crackdown.", "02")]
    [InlineData("[Mexico|L|MEX] urged the public prosecutor to reopen the case against the former governor.", "02")]
    [InlineData("[Colombia|L|COL]'s president called on the rebels to lay down their arms.", "02")]
    public void Appeals_to_another_side_stay(string markup, string root) => Keeps(markup, root);
}
