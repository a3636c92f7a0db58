using System;
using System.IO;
using Newswire.Extraction.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// The second news check (<c>NewsCheck2/</c>): 20 invented wire stories, about half political events (visits, talks,
/// accusations, attacks, ultimatums, protests and arrests, sanctions, court sentences, aid) and half ordinary news
/// that should code none (economy in war words, sport results and quotes, accidents, company bids and deals,
/// obituaries, hypothetical and negated plans), gold written before the extractor ran. Rules are tuned on
/// <c>tune/</c> only; <c>sealed/</c> is read for its totals. Scored as the shared seeds scorer scores events.
/// </summary>
public class NewsCheck2Tests
{
    // Floors reached today; raise them as the extractor improves, never lower them to make a change pass.
    private const double TunePrecisionFloor = 0.90;
    private const double TuneRecallFloor = 0.80;
    private const double SealedPrecisionFloor = 0.75;
    private const double SealedRecallFloor = 0.85;

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Events", "NewsCheck2");

    private readonly ITestOutputHelper _out;

    public NewsCheck2Tests(ITestOutputHelper output)
    {
        _out = output;
    }

    [Fact]
    public void Events_of_the_tune_stories_are_found_and_few_are_extra()
    {
        var score = SeedsEvents.Run(Path.Combine(Folder, "tune"));
        var summary = score.Summary("news check 2 (tune)");
        _out.WriteLine(summary + "\n" + string.Join("\n", score.Report));
        Assert.True(score.Stories >= 10, "the tune part holds " + score.Stories + " stories");
        Assert.True(score.Precision >= TunePrecisionFloor && score.Recall >= TuneRecallFloor, summary + "\n" + string.Join("\n", score.Report));
    }

    [Fact]
    public void Events_of_the_sealed_stories_stay_above_their_floor()
    {
        var score = SeedsEvents.Run(Path.Combine(Folder, "sealed"));

        // Totals only: the misses of the sealed part are printed when it falls below its floor, not before.
        var summary = score.Summary("news check 2 (sealed)");
        _out.WriteLine(summary);
        Assert.True(score.Stories >= 10, "the sealed part holds " + score.Stories + " stories");
        Assert.True(score.Precision >= SealedPrecisionFloor && score.Recall >= SealedRecallFloor, summary + "\n" + string.Join("\n", score.Report));
    }
}
