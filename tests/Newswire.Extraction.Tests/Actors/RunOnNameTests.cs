using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// Session 22 (names26): a name run into the next sentence by a caption, a signature or a lost full stop does not take
/// that sentence's capitalized first word (<c>Resolve/TrailingOpeners.cs</c>).
/// </summary>
public class RunOnNameTests
{
    private static ExtractedArticle Story(string body) => ArticleExtractor.Extract("story.txt", "Museum reopens after repairs\n\n" + body + "\n");

    [Theory]
    [InlineData("The museum reopened on Monday. Image: Tomas Welland It seems the visitors were pleased.", "Tomas Welland", "It")]
    [InlineData("The report is attached. Thanks, Marta This is the version you asked for.", "Marta", "This")]
    [InlineData("The group was once allied with the Green Dawn Movement In the 1990s it had few members.", "Green Dawn Movement", "In")]
    public void A_sentences_first_word_ends_no_name(string body, string name, string opener)
    {
        var a = Story(body);
        Assert.Contains(a.Actors, x => x.Name == name);
        Assert.DoesNotContain(a.Actors, x => x.Name.EndsWith(" " + opener, System.StringComparison.Ordinal));
    }
}
