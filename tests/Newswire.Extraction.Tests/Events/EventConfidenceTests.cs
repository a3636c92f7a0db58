using System.Collections.Generic;
using System.Linq;
using Newswire.Extraction.Events;
using Newswire.Extraction.Model;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>The fitted event confidence: weights match the features, and the score ranks right events above wrong ones.</summary>
public class EventConfidenceTests
{
    private readonly ITestOutputHelper _out;

    public EventConfidenceTests(ITestOutputHelper output)
    {
        _out = output;
    }

    [Fact]
    public void Every_feature_has_a_fitted_weight()
    {
        Assert.Equal(EventConfidence.FeatureCount, EventConfidenceWeights.Weights.Length);
        Assert.Equal(EventConfidence.FeatureCount, EventConfidence.FeatureNames.Distinct().Count());
    }

    [Fact]
    public void Confidence_ranks_right_events_above_wrong_ones_on_the_labelled_stories()
    {
        // event_labelled.tsv: roots, agent country, story; an event is right when root and agent country match a
        // gold event not matched yet (as the scorers count).
        var right = new List<double>();
        var wrong = new List<double>();
        foreach (var row in EventTrapTests.Rows("event_labelled.tsv"))
        {
            var a = ArticleExtractor.Extract("story.txt", "World briefing\n\n" + row[2].Replace(" || ", "\n\n") + "\n");
            var golds = row[0].Split(',').ToList();
            foreach (var e in a.Events.OrderByDescending(e => e.Confidence))
            {
                var at = golds.IndexOf(e.Root);
                var ok = at >= 0 && (a.Actors[e.Agent].Country ?? "---") == row[1];
                (ok ? right : wrong).Add(e.Confidence);
                if (ok)
                {
                    golds.RemoveAt(at);
                }
            }
        }

        Assert.True(right.Count >= 20 && wrong.Count >= 3, right.Count + " right, " + wrong.Count + " wrong");
        Assert.All(right.Concat(wrong), c => Assert.InRange(c, 0.0, 1.0));

        // Area under the ROC curve: how often a right event outscores a wrong one.
        var pairs = right.SelectMany(r => wrong.Select(w => r > w ? 1.0 : r == w ? 0.5 : 0.0)).ToList();
        var auc = pairs.Average();
        _out.WriteLine($"right {right.Count} mean {right.Average():0.000}, wrong {wrong.Count} mean {wrong.Average():0.000}, AUC {auc:0.000}");
        Assert.True(auc > 0.65, "AUC " + auc);
    }

    [Fact]
    public void A_headline_only_story_scores_below_the_same_event_in_a_body()
    {
        var body = ArticleExtractor.Extract("a.txt", "World briefing\n\nGermany expelled two Russian diplomats on Tuesday.\n");
        var headline = ArticleExtractor.Extract("b.txt", "Germany expelled two Russian diplomats on Tuesday.\n");
        var b = Assert.Single(body.Events, e => e.Root == "16");
        var h = Assert.Single(headline.Events, e => e.Root == "16");
        Assert.True(h.Confidence < b.Confidence, h.Confidence + " < " + b.Confidence);
    }
}
