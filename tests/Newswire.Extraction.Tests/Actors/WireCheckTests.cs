using System;
using System.IO;
using Newswire.Extraction.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// The wire check (<c>WireCheck/</c>): invented international wire copy in the styles of many outlets (datelines,
/// bylines, reporting trailers, titles before names, ministries, parties, militias, central banks) with the actor list
/// a reader gives each story (<c>gold.json</c>, the seeds gold format of <c>../shared/eval/score.py</c>). Scored as
/// that scorer scores the seeds: actors matched by name or alias, a second actor for the same gold actor and an actor
/// not in the gold (nor optional) are false positives, a wrong kind costs both ways, and each matched actor's country
/// is checked where the gold gives one. The floors are what the extractor reaches; a change that drops below one
/// prints every miss.
/// </summary>
public class WireCheckTests
{
    private const double TypedF1Floor = 0.86;
    private const double CountryFloor = 0.75;

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Actors", "WireCheck");

    private readonly ITestOutputHelper _output;

    public WireCheckTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Actor_lists_of_the_wire_check_reach_the_floors()
    {
        var score = SeedsScore.OfFolder(Folder);
        _output.WriteLine(score.Summary);
        Assert.True(score.Gold >= 180, "the check lists " + score.Gold + " actors");
        Assert.True(score.TypedF1 >= TypedF1Floor && score.CountryAccuracy >= CountryFloor, score.Summary + "\n" + string.Join("\n", score.Misses));
    }
}
