using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Newswire.Cli.Tests;

/// <summary><c>--min-confidence</c>: events below the threshold are left out of every output; a bad value is a usage error.</summary>
public class MinConfidenceTests
{
    private static string Corpus()
    {
        var dir = Directory.CreateTempSubdirectory("newswire-confidence");
        File.WriteAllText(Path.Combine(dir.FullName, "a.txt"), "Headline\n\nGermany expelled two Russian diplomats on Tuesday. "
            + "Poland reportedly plans to summon the Belarusian ambassador next week. Kenyan police arrested an activist in Nairobi on Friday.\n");
        return dir.FullName;
    }

    private static double[] Confidences(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("articles").EnumerateArray()
            .SelectMany(a => a.GetProperty("events").EnumerateArray()).Select(e => e.GetProperty("confidence").GetDouble()).ToArray();
    }

    [Fact]
    public void Events_below_the_threshold_are_left_out()
    {
        var corpus = Corpus();
        var (code, all, err) = CliProcess.Run("extract", corpus, "--format", "json");
        Assert.True(code == 0, err);
        var before = Confidences(all);
        Assert.True(before.Length >= 2, all);

        // A threshold between the lowest and the highest confidence keeps some events and drops others.
        var threshold = (before.Min() + before.Max()) / 2;
        Assert.True(before.Min() < before.Max(), string.Join(", ", before));
        var (code2, some, err2) = CliProcess.Run("extract", corpus, "--format", "json", "--min-confidence", threshold.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(code2 == 0, err2);
        var after = Confidences(some);
        Assert.All(after, c => Assert.True(c >= threshold - 0.0005, c + " < " + threshold));
        Assert.Equal(before.Count(c => c >= threshold - 0.0005), after.Length);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("high")]
    public void A_threshold_outside_zero_to_one_is_a_usage_error(string value)
    {
        var (code, _, err) = CliProcess.Run("extract", Corpus(), "--min-confidence", value);
        Assert.Equal(2, code);
        Assert.Contains("--min-confidence", err, StringComparison.Ordinal);
    }
}
