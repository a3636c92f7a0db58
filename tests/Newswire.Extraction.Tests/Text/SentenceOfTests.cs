using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Tests.Text;

public class SentenceOfTests
{
    // A headline, a datelined paragraph of two sentences and a second paragraph: every token is in one sentence.
    private static TokenizedText Article()
    {
        const string headline = "Council meets in Riverton";
        const string first = "RIVERTON, May 4 - The council met on Monday. It voted twice.";
        const string second = "Members left at noon, officials said";
        var text = headline + "\n\n" + first + "\n\n" + second;
        var regions = new[]
        {
            new TextSpan(0, headline.Length),
            new TextSpan(headline.Length + 2, first.Length),
            new TextSpan(headline.Length + 2 + first.Length + 2, second.Length),
        };
        return TokenizedText.Build(text, regions, regions[0]);
    }

    [Fact]
    public void Each_token_maps_to_the_sentence_that_holds_it()
    {
        var t = Article();
        Assert.True(t.Sentences.Length >= 5);
        for (var s = 0; s < t.Sentences.Length; s++)
        {
            for (var k = t.Sentences[s].FirstToken; k < t.Sentences[s].EndToken; k++)
            {
                Assert.Equal(s, t.SentenceOf(k));
            }
        }
    }

    [Fact]
    public void An_index_outside_the_tokens_has_no_sentence()
    {
        var t = Article();
        Assert.Equal(-1, t.SentenceOf(-1));
        Assert.Equal(-1, t.SentenceOf(t.Tokens.Length));
        Assert.Equal(t.Sentences.Length - 1, t.SentenceOf(t.Tokens.Length - 1));
    }
}
