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

    [Fact]
    public void LoneSurrogate_IsNews009_AndAPairIsNot()
    {
        var lone = ArticleExtractor.Extract("a.txt", "Headline\n\nThe minister spoke\uD83D on Monday.");
        Assert.Single(lone.Diagnostics, x => x.Id == "NEWS009");
        var pair = ArticleExtractor.Extract("a.txt", "Headline\n\nThe minister spoke\uD83D\uDE00 on Monday.");
        Assert.DoesNotContain(pair.Diagnostics, x => x.Id == "NEWS009");
    }
}
