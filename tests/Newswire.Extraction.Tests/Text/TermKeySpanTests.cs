using Newswire.Extraction.Text;

namespace Newswire.Extraction.Tests.Text;

public class TermKeySpanTests
{
    [Theory]
    [InlineData("vexland")]
    [InlineData("Gen. Marlowe")]
    [InlineData("U.S.")]
    [InlineData("Harwick\u2019s")]
    [InlineData("a\0b")]
    public void Normalize_and_NormalizeSpan_agree_on_every_form(string word)
    {
        var text = "<<" + word + ">>";
        var span = TermKey.NormalizeSpan(text, 2, word.Length);

        Assert.Equal(TermKey.Normalize(word), span);
        Assert.Equal(TermKey.Hash(word), TermKey.Hash(span));
    }

    [Fact]
    public void An_already_normal_string_is_its_own_normal_form()
    {
        var word = "vexland harbour";
        Assert.Same(word, TermKey.Normalize(word));
        Assert.Equal("us", TermKey.Normalize("U.S."));
    }

    [Fact]
    public void A_span_key_is_found_as_the_same_word_set_from_a_string()
    {
        var text = "the Vexland Rovers won";
        var table = new TermTable<int>(4);
        table.Set(text, 4, 7, 1); // "Vexland"

        Assert.True(table.TryGet("VEXLAND", out var v));
        Assert.Equal(1, v);
        Assert.False(table.TryGet("Vexland Rovers", out _));
        table.Set("vexland", 2);
        Assert.Equal(1, table.Count);
    }
}
