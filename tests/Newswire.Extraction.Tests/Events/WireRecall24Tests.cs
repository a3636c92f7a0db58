using System.Linq;
using Newswire.Extraction.Model;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Recall and agents on wire copy (issue #11, NewsCheck24): weapons named by nationality that "hit", vows to defeat a
/// foe, outlets taken off the air, crowd-control sprays, and agents after a ", whose ..." clause. Invented sentences.
/// </summary>
public class WireRecall24Tests
{
    private readonly ITestOutputHelper _out;

    public WireRecall24Tests(ITestOutputHelper output)
    {
        _out = output;
    }

    private ExtractedArticle Story(string body) => EventStories.Extract(_out, body);

    private static bool By(ExtractedArticle a, ExtractedEvent e, string country) => e.Agent >= 0 && a.Actors[e.Agent].Country == country;

    // cameo_news.txt "V hit 190 XA": "hit" is an attack when a weapon or armed unit is its subject or its doer.
    [Theory]
    [InlineData("Ukrainian drones hit an oil refinery in the Samara region overnight, the governor said. Ukraine did not comment.", "UKR")]
    [InlineData("Indian missiles hit three sites in Pakistan's Punjab province, the army said. India called it a precise operation.", "IND")]
    [InlineData("An army post in Tessalit was hit by a drone fired by Algeria, Mali's army said.", "DZA")]
    public void A_weapon_that_hits_is_an_attack(string sentence, string country)
    {
        var a = Story(sentence);
        Assert.Contains(a.Events, e => e.Root == "19" && By(a, e, country));
    }

    // ... and nothing else that "hits" is.
    [Theory]
    [InlineData("Nigeria's new tariffs hit Ghanaian exporters hard, traders said on Monday.")]
    [InlineData("Western sanctions hit Russia's economy harder than the Kremlin expected, Russia's central bank said.")]
    [InlineData("A general strike by Ghana's unions hit ports and hospitals on Monday.")]
    [InlineData("Kenya's army was hit by budget cuts of 10 percent, the defence ministry said.")]
    [InlineData("Nigerian soldiers hit back at critics of the army on social media, Nigeria's defence spokesman said.")]
    [InlineData("Japan's exports hit a record high in March, Japan's finance ministry said.")]
    public void Nothing_else_that_hits_is_an_attack(string sentence)
    {
        var a = Story(sentence);
        Assert.DoesNotContain(a.Events, e => e.Root == "19");
    }

    // "P vow 138 to+defeat": vowing to beat a foe by force is a threat of force, not a pledge.
    [Theory]
    [InlineData("Ethiopia vowed to defeat the Fano militia in the Amhara region.")]
    [InlineData("President Daniel Chapo of Mozambique vowed to crush the insurgents in Cabo Delgado province.")]
    [InlineData("Nigeria's army chief promised to wipe out Boko Haram by the end of the year.")]
    [InlineData("Prime Minister Abiy Ahmed of Ethiopia vowed to retaliate against the Fano militia.")]
    public void A_vow_to_defeat_a_foe_is_a_threat(string sentence)
    {
        var a = Story(sentence);
        Assert.Contains(a.Events, e => e.Root == "13" && e.Agent >= 0);
    }

    // "P suspend 172 broadcasts": taking an outlet off the air restricts freedoms.
    [Theory]
    [InlineData("Mali's junta suspended the broadcasts of the French channel LCI for three months.", "MLI")]
    [InlineData("Iraq's media regulator suspended the broadcasts of the Kurdish channel Rudaw, accusing it of incitement.", "IRQ")]
    public void Suspending_an_outlets_broadcasts_is_a_sanction(string sentence, string country)
    {
        var a = Story(sentence);
        Assert.Contains(a.Events, e => e.Code == "172" && By(a, e, country));
    }

    // "P fire 175 pepper": pepper spray is crowd control, not armed fighting.
    [Fact]
    public void Pepper_spray_at_supporters_is_repression()
    {
        var a = Story("Police in Male fired pepper spray at supporters of the Maldivian Democratic Party on Friday.");
        Assert.Contains(a.Events, e => e.Code == "175");
        Assert.DoesNotContain(a.Events, e => e.Root == "19");
    }

    // EventRun.IsRelativeStart: ", whose ..." is stepped over like ", which ...": its names are no subject of the main verb.
    [Theory]
    [InlineData("President Maia Sandu of Moldova, whose government has accused Russia of trying to topple it, called on the European Union to help.", "MDA")]
    [InlineData("Anwar Ibrahim of Malaysia, whose country chairs ASEAN this year, urged Myanmar's military to end air strikes.", "MYS")]
    [InlineData("President Ferdinand Marcos of the Philippines, whose government has protested repeatedly to Beijing, accused China of harassing fishermen.", "PHL")]
    public void The_subject_before_a_whose_clause_acts(string sentence, string country)
    {
        var a = Story(sentence);
        Assert.Contains(a.Events, e => (e.Root == "02" || e.Root == "11") && By(a, e, country));
        Assert.DoesNotContain(a.Events, e => (e.Root == "02" || e.Root == "11") && e.Agent >= 0 && !By(a, e, country));
    }
}
