using System.Linq;
using Newswire.Extraction.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Recall and the right agent on everyday political news (issue #11, NewsCheck28): capitals of small states, a
/// fronted capital naming whose ministry speaks, "he" after a speaker, "the party" and parties named by their
/// creed. Invented stories.
/// </summary>
public class EverydayRecall28Tests
{
    private readonly ITestOutputHelper _out;

    public EverydayRecall28Tests(ITestOutputHelper output)
    {
        _out = output;
    }

    // capitals.tsv: every UN member's capital stands for its state, so police and prosecutors there act for it.
    [Theory]
    [InlineData("Maseru", "LSO")]
    [InlineData("Castries", "LCA")]
    [InlineData("Honiara", "SLB")]
    public void Prosecutors_after_police_in_a_small_states_capital_act_for_that_state(string capital, string country)
    {
        var a = EventTestKit.Story(_out, "Two opposition lawmakers held",
            "Police in " + capital + " detained two opposition lawmakers on Monday.\n\nProsecutors charged Teboho Sekese with assault.");
        Assert.Contains(a.Events, e => (e.Root == "11" || e.Root == "17") && e.Agent >= 0 && a.Actors[e.Agent].Country == country
            && e.Counterparts.Any(c => a.Actors[c].Name == "Teboho Sekese"));
    }

    // FollowUpDescriptions.FrontedPlace: "In <capital>, the foreign ministry" is that capital's ministry, not the
    // ministry of the country the story named most.
    [Fact]
    public void A_fronted_capital_names_whose_foreign_ministry_speaks()
    {
        var a = EventTestKit.Story(_out, "Tunisia and Libya sign trade deal",
            "TUNIS - Tunisian Prime Minister Kamel Maddouri met Libyan leader Abdul Hamid Dbeibah in Tunis on Monday.\n\n"
            + "In Cairo, the foreign ministry criticised the deal.");
        var criticism = Assert.Single(a.Events, e => e.Root == "11");
        Assert.Equal("EGY", EventStories.Country(a, criticism.Agent));
    }

    // ... while a fronted place that is no capital or country says nothing of whose ministry it is.
    [Fact]
    public void A_fronted_city_leaves_the_ministry_to_the_story_country()
    {
        var a = EventTestKit.Story(_out, "Tunisia and Libya sign trade deal",
            "TUNIS - Tunisian Prime Minister Kamel Maddouri met Libyan leader Abdul Hamid Dbeibah in Tunis on Monday.\n\n"
            + "In Sfax, the foreign ministry praised the deal.");
        Assert.DoesNotContain(a.Events, e => e.Agent >= 0 && a.Actors[e.Agent].Name == "Sfax");
    }

    // Actors Pronouns.PreviousSpeaker (and EventRun.PreviousSpeaker for "she"): a sentence opened by the pronoun goes
    // on with the speaker of the sentence before, not with the person that speaker talked about.
    [Theory]
    [InlineData("Interior Minister Jack Mwiimbu said Banda was being questioned. He denied that the arrest was political.", "12", "Jack Mwiimbu")]
    [InlineData("Foreign Minister Jane Mwale said Banda had been charged. She accused Malawi of meddling.", "11", "Jane Mwale")]
    public void He_or_she_after_a_speaker_is_that_speaker(string body, string root, string speaker)
    {
        var a = EventTestKit.Story(_out, "Opposition deputy held", "Police arrested opposition deputy Peter Banda on Monday.\n\n" + body);
        var e = Assert.Single(a.Events, x => x.Root == root);
        Assert.Equal(speaker, a.Actors[e.Agent].Name);
    }

    // A person merely named in the sentence before, with no speaker opening it, stays the antecedent.
    [Fact]
    public void He_after_a_sentence_with_no_speaker_is_the_last_person_named()
    {
        var a = EventTestKit.Story(_out, "Opposition deputy freed", "Police released opposition deputy Peter Banda on Monday. He accused the police of torture.");
        var e = Assert.Single(a.Events, x => x.Root == "11");
        Assert.Equal("Peter Banda", a.Actors[e.Agent].Name);
    }

    // FollowUpDescriptions.CalledParty and PrivateOrganizationStage.CalledParty: a body called "the opposition X" is
    // "the party" later, and acts though its name has no party word.
    [Fact]
    public void The_party_after_an_opposition_body_is_that_body()
    {
        var a = EventTestKit.Story(_out, "Opposition deputy leader arrested",
            "Police in Gitega arrested Simon Kaze, deputy leader of the opposition National Congress for Freedom (CNL), on Tuesday.\n\n"
            + "Kaze was taken to a police station, CNL spokesman Jean Ndayi told reporters. The party accused the government of trying to silence the opposition.");
        var e = Assert.Single(a.Events, x => x.Root == "11");
        Assert.Equal("National Congress for Freedom", a.Actors[e.Agent].Name);
    }

    // PrivateOrganizationStage.CreedMovement: a movement or front named by its creed is a party ...
    [Fact]
    public void A_movement_named_by_its_creed_acts()
    {
        var a = EventTestKit.Story(_out, "Opposition cries foul", "The Patriotic Socialist Movement accused Prime Minister Joseph Kamau of rigging the vote.");
        Assert.Contains(a.Events, e => e.Root == "11" && e.Agent >= 0 && a.Actors[e.Agent].Name == "Patriotic Socialist Movement");
    }

    // ... and a club with a creed word is still a club.
    [Fact]
    public void A_club_with_a_creed_word_does_not_act()
    {
        var a = EventTestKit.Story(_out, "Hall to close", "The Socialist Chess Club warned members that the hall would close for repairs.");
        Assert.DoesNotContain(a.Events, e => e.Root != "01");
    }

    // FollowUpDescriptions.PlaceAfter: "the government in Kampala" is Uganda's, though the story named Kenya most.
    [Fact]
    public void The_government_in_a_capital_is_that_capitals_state()
    {
        var a = EventTestKit.Story(_out, "Kenya detains Ugandan fishermen",
            "Kenyan police detained 14 Ugandan fishermen on Lake Victoria on Tuesday, Kenya's interior ministry said.\n\n"
            + "The government in Kampala demanded their release.");
        var demand = Assert.Single(a.Events, e => e.Root == "10");
        Assert.Equal("UGA", EventStories.Country(a, demand.Agent));
    }
}
