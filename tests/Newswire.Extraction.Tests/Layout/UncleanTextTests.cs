using System.Linq;
using Newswire.Extraction;

namespace Newswire.Extraction.Tests.Layout;

/// <summary>
/// NEWS009 at the edges of the plain-text ranges the per-character scan skips at once (printable ASCII, line ends,
/// BMP text below the surrogates): the characters just outside them are still read and reported.
/// </summary>
public class UncleanTextTests
{
    [Theory]
    [InlineData('\u001F')] // the last C0 control before the space
    [InlineData('\u007F')] // DEL, just after printable ASCII
    [InlineData('\u0080')] // the first C1 control
    [InlineData('\u009F')] // the last C1 control, just before the no-break space
    [InlineData('\0')]
    public void ControlCharacter_AtTheEdgeOfPlainText_IsNews009(char c)
    {
        var a = ArticleExtractor.Extract("a.txt", "Headline\n\nThe minister spoke" + c + " on Monday.");
        var d = Assert.Single(a.Diagnostics, x => x.Id == "NEWS009");
        Assert.Equal(3, d.Line);
        Assert.Equal(19, d.Column);
    }

    [Theory]
    [InlineData('\u0020')]
    [InlineData('\u007E')]
    [InlineData('\u00A0')] // no-break space, the first character after the C1 controls
    [InlineData('\uD7FF')] // the last character before the surrogates
    [InlineData('\t')]
    [InlineData('\r')]
    public void PlainCharacter_AtTheEdgeOfARange_IsNoDiagnostic(char c)
    {
        var a = ArticleExtractor.Extract("a.txt", "Headline\n\nThe minister spoke" + c + " on Monday.");
        Assert.DoesNotContain(a.Diagnostics, x => x.Id == "NEWS009");
    }

    // The scan's inner loop over printable ASCII: it stops at the first other character (a control, a line end,
    // a letter beyond ASCII), from wherever it starts, and at the end of the text.
    [Theory]
    [InlineData("", 0, 0)]
    [InlineData("a", 0, 1)]
    [InlineData("ab", 0, 2)]
    [InlineData("abc", 0, 3)]
    [InlineData("\u007F", 0, 0)]
    [InlineData("a\u007F", 0, 1)]
    [InlineData("ab\u007F", 0, 2)]
    [InlineData("abc\u007Fd", 0, 3)]
    [InlineData("ab\ncd", 0, 2)]
    [InlineData("ab\u001Fcd", 1, 2)]
    [InlineData("~ \u00E9", 0, 2)]
    [InlineData("\u00E9abc", 1, 4)]
    public void SkipPrintableAscii_StopsAtTheFirstOtherCharacter(string text, int from, int expected)
    {
        Assert.Equal(expected, ArticleExtractor.SkipPrintableAscii(text, from));
    }

    [Fact]
    public void LoneSurrogate_IsNews009_AndAPairIsNot()
    {
        var lone = ArticleExtractor.Extract("a.txt", "Headline\n\nThe minister spoke\uD83D on Monday.");
        Assert.Single(lone.Diagnostics, x => x.Id == "NEWS009");
        var pair = ArticleExtractor.Extract("a.txt", "Headline\n\nThe minister spoke\uD83D\uDE00 on Monday.");
        Assert.DoesNotContain(pair.Diagnostics, x => x.Id == "NEWS009");
    }
}
