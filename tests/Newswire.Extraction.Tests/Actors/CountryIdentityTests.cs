using System;
using System.Linq;
using Newswire.Extraction.Actors.Finish;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A country that acts and the same country named as a place are one actor, a location, with every mention.</summary>
public class CountryIdentityTests
{
    private static ExtractedArticle Story(string body) => ArticleExtractor.Extract("story.txt", "Regional briefing\n\n" + body + "\n");

    [Fact]
    public void A_country_that_acts_and_is_named_as_a_place_is_one_location_actor()
    {
        var a = Story("Canada accused Chile on Monday of breaking the fishing accord. Talks in Canada ended without a deal.");
        var canada = Assert.Single(a.Actors, x => x.Name == "Canada");
        Assert.Equal(ActorKind.Location, canada.Kind);
        Assert.Equal(2, canada.Mentions.Count(m => m.Form == MentionForm.Name));
        var accused = Assert.Single(a.Events, e => e.Root == "11");
        Assert.Equal("Canada", a.Actors[accused.Agent].Name);
        Assert.Contains(accused.Counterparts, c => a.Actors[c].Name == "Chile");
    }

    [Fact]
    public void A_country_that_only_acts_is_a_location_and_still_the_agent()
    {
        var a = Story("Chile condemned the attack on the convoy.");
        var chile = Assert.Single(a.Actors, x => x.Name == "Chile");
        Assert.Equal(ActorKind.Location, chile.Kind);
        Assert.Contains(a.Events, e => a.Actors[e.Agent] == chile);
    }

    [Fact]
    public void A_group_of_a_named_country_folds_into_it_and_its_events_follow()
    {
        var a = Story("Canadian troops crossed into the border zone on Monday. Canada said the move was temporary.");
        Assert.DoesNotContain(a.Actors, x => x.Name == "Canadian troops");
        var canada = Assert.Single(a.Actors, x => x.Name == "Canada");
        Assert.Contains(canada.Mentions, m => a.Text.Substring(m.Start, m.Length).Contains("Canadian troops") && m.Form == MentionForm.Nominal);
        Assert.DoesNotContain(canada.Aliases, x => x.Contains("troops"));
    }

    [Fact]
    public void A_group_that_is_not_the_state_stays_an_actor_when_its_country_is_never_named()
    {
        var a = Story("Canadian fighters crossed into the border zone on Monday, officials said.");
        Assert.Contains(a.Actors, x => x.Name == "Canadian fighters" && x.Country == "CAN");
    }

    // CAMEO codes a country's forces as the country: when the story names it only through them, they are it.
    [Fact]
    public void State_forces_of_a_country_never_named_become_that_country_and_act_for_it()
    {
        var a = Story("Bolivian riot police detained 30 miners in La Paz on Monday. Bolivian soldiers later cleared the road.");
        Assert.DoesNotContain(a.Actors, x => x.Name.Contains("police") || x.Name.Contains("soldiers"));
        var bolivia = Assert.Single(a.Actors, x => x.Name == "Bolivia");
        Assert.Equal(ActorKind.Location, bolivia.Kind);
        var detained = Assert.Single(a.Events, e => e.Root == "17");
        Assert.Equal("Bolivia", a.Actors[detained.Agent].Name);
    }

    // "Sri Lankan", "South Sudanese": a demonym of two words opens a group of its country too.
    [Fact]
    public void A_two_word_demonym_group_folds_into_its_named_country()
    {
        var a = Story("The Sri Lankan navy detained 12 fishermen off Jaffna on Sunday. Sri Lanka said their boats had crossed the maritime line.");
        Assert.DoesNotContain(a.Actors, x => x.Name.Contains("navy"));
        var detained = Assert.Single(a.Events, e => e.Root == "17");
        Assert.Equal("Sri Lanka", a.Actors[detained.Agent].Name);
    }

    [Fact]
    public void Events_point_at_the_merged_actor_and_drop_a_counterpart_that_became_the_agent()
    {
        var lexicon = Lexicon.BuiltIn;
        var state = Actor("Canada", ActorKind.Organization, "CAN", 10);
        var person = Actor("Ada Brelik", ActorKind.Person, null, 30);
        var place = Actor("Canada", ActorKind.Location, "CAN", 50);
        var other = Actor("Chile", ActorKind.Location, "CHL", 70);
        var byPerson = Event(agent: 1, counterparts: new[] { 2, 3 });
        var byState = Event(agent: 0, counterparts: new[] { 2, 3 });

        var (actors, events) = CountryIdentity.Apply(lexicon, new[] { state, person, place, other }, new[] { byPerson, byState });

        Assert.Equal(new[] { "Canada", "Ada Brelik", "Chile" }, actors.Select(x => x.Name));
        Assert.Equal(ActorKind.Location, actors[0].Kind);
        Assert.Equal(new[] { 10, 50 }, actors[0].Mentions.Select(m => m.Start));
        Assert.Equal(1, events[0].Agent);
        Assert.Equal(new[] { 0, 2 }, events[0].Counterparts);
        Assert.Equal(0, events[1].Agent);
        Assert.Equal(new[] { 2 }, events[1].Counterparts);
    }

    [Fact]
    public void An_organization_named_like_no_country_is_left_alone()
    {
        var lexicon = Lexicon.BuiltIn;
        var body = Actor("Canada Post", ActorKind.Organization, "CAN", 0);
        var (actors, _) = CountryIdentity.Apply(lexicon, new[] { body }, Array.Empty<ExtractedEvent>());
        Assert.Same(body, Assert.Single(actors));
    }

    private static ExtractedActor Actor(string name, ActorKind kind, string? country, int start) =>
        new(name, kind, country, Array.Empty<string>(), Array.Empty<string>(), new[] { new MentionSpan(start, name.Length, 1, start + 1) });

    private static ExtractedEvent Event(int agent, int[] counterparts) =>
        new("112", agent, counterparts, -1, null, null, EventModality.Reported, new TextSpan(0, 5), new TextSpan(0, 5), -1);
}
