using Newswire.Extraction.Events;

namespace Newswire.Extraction.Tests.Events;

public class CameoScaleTests
{
    [Theory]
    [InlineData("042", 4, 1, 1.9)]
    [InlineData("0421", 4, 1, 1.9)]   // four-digit codes take their parent's values
    [InlineData("193", 19, 4, -10.0)]
    [InlineData("999", 0, 0, 0.0)]
    public void CodeFacts_ComeFromTheTable(string code, int root, int quad, double goldstein)
    {
        Assert.Equal(root, CameoScale.Root(code));
        Assert.Equal(quad, CameoScale.QuadClass(code));
        Assert.Equal(goldstein, CameoScale.Goldstein(code), 3);
    }

    [Fact]
    public void Labels_NameTheCode()
    {
        Assert.Equal("Make a visit", CameoScale.Label("042"));
        Assert.Null(CameoScale.Label("999"));
    }
}
