using Newswire.Extraction.Layout;

namespace Newswire.Extraction.Tests.Layout;

public class LineMapTests
{
    [Theory]
    [InlineData("a\nb\nc", 4, 3, 1)]
    [InlineData("a\r\nb\r\nc", 6, 3, 1)]
    [InlineData("a\rb\rc", 4, 3, 1)]
    [InlineData("a\u2028b\u0085c", 4, 3, 1)] // the separators Roslyn counts as line breaks
    [InlineData("ab\u2029cd", 4, 2, 2)]
    public void Position_MatchesRoslynLineBreaks(string text, int offset, int line, int column)
    {
        Assert.Equal((line, column), LineMap.Build(text).Position(offset));
    }

    [Fact]
    public void EmptyText_HasOneLine()
    {
        var map = LineMap.Build("");
        Assert.Equal(1, map.Count);
        Assert.Equal((1, 1), map.Position(0));
    }
}
