using System.Linq;
using Newswire.Extraction.Events;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Events;

/// <summary>The CAMEO to PLOVER table and the per-event confidence.</summary>
public class PloverAndConfidenceTests
{
    [Theory]
    [InlineData("042", "CONSULT", "visit")]
    [InlineData("0871", "RETREAT", "ceasefire")]
    [InlineData("087", "RETREAT", null)]
    [InlineData("084", "CONCEDE", "release")]
    [InlineData("173", "COERCE", "arrest")]
    [InlineData("195", "ASSAULT", "aerial")]
    [InlineData("112", "ACCUSE", "accuse")]
    [InlineData("100", "REQUEST", "demand")]
    [InlineData("057", "AGREE", "sign")]
    [InlineData("163", "SANCTION", "embargo")]
    [InlineData("150", "MOBILIZE", null)]
    public void Cameo_codes_map_to_plover(string code, string type, string? mode)
    {
        Assert.Equal(type, PloverScale.EventType(code));
        Assert.Equal(mode, PloverScale.Mode(code));
    }

    [Fact]
    public void Statements_have_no_plover_type_and_every_root_else_does()
    {
        Assert.Null(PloverScale.EventType("010"));
        for (var root = 2; root <= 20; root++)
        {
            var type = PloverScale.EventType(root.ToString("00") + "0");
            Assert.Contains(type, PloverScale.EventTypes);
        }

        // Every PLOVER type is reachable from some code.
        var reached = Enumerable.Range(20, 2100).Select(i => PloverScale.EventType(i.ToString("000"))).Where(t => t != null).Distinct().ToList();
        Assert.Equal(PloverScale.EventTypes.OrderBy(t => t), reached.OrderBy(t => t));
    }

    [Fact]
    public void Confidence_falls_with_weaker_evidence()
    {
        var clear = EventTestKit.Run("[Germany|L|DEU] expelled two [Russian=Russia|L|RUS|adj] diplomats on Tuesday.");
        var reported = EventTestKit.Run("[Germany|L|DEU] reportedly expelled two [Russian=Russia|L|RUS|adj] diplomats on Tuesday.");
        var planned = EventTestKit.Run("[Germany|L|DEU] will expel two [Russian=Russia|L|RUS|adj] diplomats next week.");
        var c = Assert.Single(clear.Events).Confidence;
        var r = Assert.Single(reported.Events).Confidence;
        var p = Assert.Single(planned.Events).Confidence;
        Assert.InRange(c, 0.5, 1.0);
        Assert.True(r < c, r + " < " + c);
        Assert.True(p < c, p + " < " + c);
    }
}
