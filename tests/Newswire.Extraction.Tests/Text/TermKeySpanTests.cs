using System;
using System.Text;
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

    // NormalEquals (the table's compare) takes a key character equal to the text's as a match without folding:
    // right only because a normal form holds characters that fold to themselves, i.e. folding twice is folding once.
    [Fact]
    public void Folding_a_folded_character_changes_nothing()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var f = TermKey.Fold((char)c);
            if (f != '\0')
            {
                Assert.True(TermKey.Fold(f) == f, $"U+{c:X4} folds to U+{(int)f:X4}, which folds to U+{(int)TermKey.Fold(f):X4}");
            }
        }
    }

    [Theory]
    [InlineData("Vexland", "vexland", true)]
    [InlineData("VEXLAND", "vexland", true)]
    [InlineData("U.S.", "us", true)] // longer than the key: periods skipped
    [InlineData("U.S", "us", true)]
    [InlineData("U.", "us", false)]
    [InlineData("a.b", "abc", false)] // as long as the key, but a period is no character of it
    [InlineData("Harwick\u2019s", "harwick's", true)]
    [InlineData("Ávila", "ávila", true)]
    [InlineData("vexlane", "vexland", false)]
    public void NormalEquals_answers_as_SpanEquals(string word, string key, bool equal)
    {
        var text = "<" + word + ">";
        Assert.Equal(equal, TermKey.SpanEquals(text, 1, word.Length, key));
        Assert.Equal(equal, TermKey.NormalEquals(text, 1, word.Length, key));
    }

    [Fact]
    public void NormalEquals_answers_as_SpanEquals_on_random_words()
    {
        const string alphabet = "aAbBeE..-\u2019'\u2010éÉıİßẞ\u0130\u03a3\u03c3\u03c2\0 ";
        var random = new Random(16);
        var word = new StringBuilder();
        for (var round = 0; round < 50_000; round++)
        {
            word.Clear();
            for (var n = random.Next(1, 6); n > 0; n--)
            {
                word.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var text = word.ToString();
            // The key of a word (a hit), or of a word that may differ in one place.
            var other = random.Next(2) == 0 ? text : text.Remove(random.Next(text.Length), 1).Insert(0, alphabet[random.Next(alphabet.Length)].ToString());
            var key = TermKey.Normalize(other);
            Assert.True(TermKey.SpanEquals(text, 0, text.Length, key) == TermKey.NormalEquals(text, 0, text.Length, key), $"'{text}' against '{key}'");
        }
    }
}
