using System;
using System.Runtime.CompilerServices;
using Newswire.Extraction;
using Xunit;

namespace Newswire.Extraction.Tests;

/// <summary>
/// The engine keeps per-thread scratch (the event run, the tagger's word cache) from one article to the next. None of
/// it may hold the finished article's text, tokens or actors: whatever it holds survives the next collection, so
/// every article's objects would be copied into the older generations and collected there, at many times the cost.
/// </summary>
public class ArticleRetentionTests
{
    [Fact]
    public void Extract_LeavesNothingOfTheArticleInTheThreadsScratch()
    {
        var text = ExtractOne();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(text.IsAlive, "the thread's scratch still holds the last article's text");
    }

    // Its own frame, so that no local of the test keeps the article alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ExtractOne()
    {
        // A fresh string (not interned), with an event whose filter stages run: they read the text and the tokens.
        var text = string.Concat("Gazette of Ostravia\n\nMinisters meet in Velmora\n\n",
            "Ostravia's foreign minister Anna Kovacs met Borduria's president Ivan Petrov in Velmora on Monday. ",
            "The two leaders signed a trade agreement, officials said.\n");
        var article = ArticleExtractor.Extract("a.txt", text);
        Assert.NotEmpty(article.Events);
        return new WeakReference(text);
    }
}
