using System.Collections.Generic;
using System.Linq;
using Newswire.Extraction.Dataset;

namespace Newswire.Extraction.Tests.Dataset;

/// <summary>Linking events of several articles into one incident per happening.</summary>
public class IncidentLinkerTests
{
    private static IncidentInput E(int article, string code, string agent, string? target, string? date, string? place = null, string? placeCountry = null) =>
        new IncidentInput(article, code, agent, target, place, placeCountry, date);

    [Fact]
    public void Same_happening_in_three_articles_is_one_incident()
    {
        var groups = IncidentLinker.Link(new[]
        {
            E(0, "194", "C:RUS", "L:kharkiv", "2025-03-10"),
            E(1, "190", "C:RUS", "L:kharkiv", "2025-03-11"),
            E(2, "195", "C:RUS", "L:kharkiv", "2025-03-10", "L:kharkiv", "UKR"),
        });
        Assert.Equal(new[] { new[] { 0, 1, 2 } }, groups);
    }

    [Fact]
    public void Different_day_target_root_or_place_stay_apart()
    {
        var groups = IncidentLinker.Link(new[]
        {
            E(0, "194", "C:RUS", "L:kharkiv", "2025-03-10", "L:kharkiv", "UKR"),
            E(1, "194", "C:RUS", "L:kharkiv", "2025-03-14"),                    // four days later
            E(2, "194", "C:RUS", "L:odesa", "2025-03-10"),                      // another target
            E(3, "042", "C:RUS", "L:kharkiv", "2025-03-10"),                    // another root
            E(4, "190", "C:RUS", "L:kharkiv", "2025-03-10", "L:belgorod", "RUS"), // a place in another country
            E(5, "190", "C:UKR", "L:kharkiv", "2025-03-10"),                    // another agent
        });
        Assert.Equal(6, groups.Count);
    }

    [Fact]
    public void Window_is_counted_from_the_incident_date()
    {
        var inputs = new[]
        {
            E(0, "190", "A", "B", "2025-03-10"),
            E(1, "190", "A", "B", "2025-03-11"),
            E(2, "190", "A", "B", "2025-03-12"),
        };
        Assert.Equal(new[] { new[] { 0, 1 }, new[] { 2 } }, IncidentLinker.Link(inputs));
        Assert.Single(IncidentLinker.Link(inputs, windowDays: 2));
    }

    [Fact]
    public void Undated_events_join_only_their_own_article()
    {
        var groups = IncidentLinker.Link(new[]
        {
            E(0, "042", "P:putin", "L:astana", null),
            E(0, "042", "P:putin", "L:astana", null),
            E(1, "042", "P:putin", "L:astana", null),
        });
        Assert.Equal(new[] { new[] { 0, 1 }, new[] { 2 } }, groups);
    }

    [Fact]
    public void Every_event_is_in_exactly_one_incident_at_scale()
    {
        // 40,000 events over 2,000 articles, many in the same few buckets: the sweep must still cover every event once.
        var inputs = new List<IncidentInput>();
        for (var i = 0; i < 40000; i++)
        {
            var day = 1 + (i % 28);
            inputs.Add(E(i / 20, i % 3 == 0 ? "190" : "042", "C:RUS", i % 7 == 0 ? "C:UKR" : null, "2025-02-" + day.ToString("00"), null, null));
        }

        var groups = IncidentLinker.Link(inputs);
        Assert.Equal(40000, groups.Sum(g => g.Length));
        Assert.Equal(40000, groups.SelectMany(g => g).Distinct().Count());
        Assert.True(groups.Count < 200, groups.Count + " incidents");
    }

    [Fact]
    public void A_state_is_one_identity_through_its_capital_bodies_and_forces()
    {
        var russia = IncidentLinker.Identity(ActorKind.Location, "L:russia", "Russia", "RUS");
        Assert.Equal(russia, IncidentLinker.Identity(ActorKind.Location, "L:moscow", "Moscow", "RUS"));
        Assert.Equal(russia, IncidentLinker.Identity(ActorKind.Organization, "O:russian forces", "Russian forces", "RUS"));
        Assert.NotEqual(russia, IncidentLinker.Identity(ActorKind.Location, "L:belgorod", "Belgorod", "RUS"));
        Assert.Equal("P:vladimir putin", IncidentLinker.Identity(ActorKind.Person, "P:vladimir putin", "Vladimir Putin", "RUS"));
    }
}
