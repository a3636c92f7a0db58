using System.IO;
using System.Linq;
using Newswire.Extraction;

namespace Newswire.Extraction.Tests.Layout;

public class SeedLayoutTests
{
    internal static string SeedPath(string name)
    {
        var dir = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Generators.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "samples", "NewsExplorer", "news", name);
    }

    [Fact]
    public void Seed000_HasHeadlineAndSevenLineParagraphs()
    {
        var a = ArticleExtractor.Extract("000_da12225e125254bc.txt", File.ReadAllText(SeedPath("000_da12225e125254bc.txt")));
        Assert.Equal("Putin Visits Rostov-on-Don and Kazakhstan in a Flagship Run of Diplomatic and Military Engagements", a.Title);
        Assert.Null(a.Outlet);
        Assert.Null(a.Section);
        Assert.Equal(7, a.Layout.Paragraphs.Count);
        Assert.StartsWith("In Rostov-on-Don, Vladimir Putin inspected", a.ParagraphTexts().First());
        Assert.Empty(a.Diagnostics);
    }

    [Fact]
    public void Seed003_HasOutletSectionAndTwentyTwoParagraphs()
    {
        var a = ArticleExtractor.Extract("003_357100b6db8c9786.txt", File.ReadAllText(SeedPath("003_357100b6db8c9786.txt")));
        Assert.Equal("Russian Defense Minister Inspects Military Infrastructure in Tajikistan Amid Deepening Strategic Ties", a.Title);
        Assert.Equal("Miami News, KMIA", a.Outlet);
        Assert.Equal("World News", a.Section);
        Assert.Equal(22, a.Layout.Paragraphs.Count);
        Assert.Equal("003_357100b6db8c9786", a.Id);
    }
}
