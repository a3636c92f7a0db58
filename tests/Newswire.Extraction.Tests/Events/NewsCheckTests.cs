using System;
using System.IO;
using Newswire.Extraction.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// The news check (<c>NewsCheck/</c>): 20 invented stories of many countries and kinds (conflict, diplomacy,
/// protest and policing, courts, sanctions and trade, loans, elections, and about a third with no codable event:
/// business, sport, weather, obituaries, launches, history, metaphors), gold written before the extractor ran.
/// Rules are tuned on <c>tune/</c> only; <c>sealed/</c> is read for its totals, never its misses, so it keeps
/// telling how the extractor does on news it was not fitted to. Scored as the shared seeds scorer scores events
/// (<see cref="SeedsEvents"/>).
/// </summary>
public class NewsCheckTests
{
    // Floors reached today; raise them as the extractor improves, never lower them to make a change pass.
    private const double TunePrecisionFloor = 0.85;
    private const double TuneRecallFloor = 0.85;
    private const double SealedPrecisionFloor = 0.50;
    private const double SealedRecallFloor = 0.55;

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Events", "NewsCheck");

    private readonly ITestOutputHelper _out;

    public NewsCheckTests(ITestOutputHelper output)
    {
        _out = output;
    }

    [Fact]
    public void Events_of_the_tune_stories_are_found_and_few_are_extra()
    {
        var score = SeedsEvents.Run(Path.Combine(Folder, "tune"));
        var summary = score.Summary("news check (tune)");
        _out.WriteLine(summary + "\n" + string.Join("\n", score.Report));
        Assert.True(score.Stories >= 12, "the tune part holds " + score.Stories + " stories");
        Assert.True(score.Precision >= TunePrecisionFloor && score.Recall >= TuneRecallFloor, summary + "\n" + string.Join("\n", score.Report));
    }

    [Fact]
    public void Events_of_the_sealed_stories_stay_above_their_floor()
    {
        var score = SeedsEvents.Run(Path.Combine(Folder, "sealed"));

        // Totals only: the misses of the sealed part are printed when it falls below its floor, not before.
        var summary = score.Summary("news check (sealed)");
        _out.WriteLine(summary);
        Assert.True(score.Stories >= 8, "the sealed part holds " + score.Stories + " stories");
        Assert.True(score.Precision >= SealedPrecisionFloor && score.Recall >= SealedRecallFloor, summary + "\n" + string.Join("\n", score.Report));
    }
}
