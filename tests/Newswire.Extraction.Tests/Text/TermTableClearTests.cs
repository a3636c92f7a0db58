using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Tests.Text;

public class TermTableClearTests
{
    [Fact]
    public void A_cleared_table_answers_like_a_new_one_and_can_be_filled_again()
    {
        var table = new TermTable<int>(8);
        table.Set("Marlowe", 1);
        table.Set("Vexland", 2);
        table.Clear();

        Assert.Equal(0, table.Count);
        Assert.False(table.TryGet("Marlowe", out _));
        Assert.False(table.TryGet("vexland", out _));

        table.Set("Vexland", 3);
        Assert.True(table.TryGet("VEXLAND", out var v));
        Assert.Equal(3, v);
        Assert.Equal(1, table.Count);
    }

    [Fact]
    public void Clearing_a_grown_filtered_table_forgets_every_word()
    {
        var table = new TermTable<int>(4);
        for (var i = 0; i < 3000; i++)
        {
            table.Set("word" + i, i); // grows past the size that keeps a bucket filter
        }

        table.Clear();
        var text = "word17 word2999";
        var tokens = TokenizedText.Build(text, new[] { new TextSpan(0, text.Length) }).Tokens;
        Assert.False(table.TryGet(text, tokens[0], out _));
        Assert.False(table.TryGet(text, tokens[1], out _));

        table.Set("word17", 17);
        Assert.True(table.TryGet(text, tokens[0], out var v));
        Assert.Equal(17, v);
        Assert.False(table.TryGet(text, tokens[1], out _));
    }

    // Small tables reject absent words by a filter of their hashes: every word set is still found, through growth
    // and past the 64 words that fill the filter, and words never set are not.
    [Fact]
    public void A_small_table_finds_every_word_it_holds_as_it_grows()
    {
        var table = new TermTable<int>(2);
        for (var i = 0; i < 200; i++)
        {
            table.Set("name" + i, i);
            for (var j = 0; j <= i; j++)
            {
                Assert.True(table.TryGet("Name" + j, out var v));
                Assert.Equal(j, v);
            }
        }

        Assert.False(table.TryGet("name200", out _));
        Assert.False(table.TryGet("Marlowe", out _));
    }
}
