using System;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Tests.Text;

/// <summary>The span compares answer as the framework's ranged compares they replace, case by case and at random.</summary>
public class SpanTextTests
{
    [Theory]
    [InlineData("Reuters", "said Reuters on", 5, true)]
    [InlineData("Reuters", "said reuters on", 5, false)]
    [InlineData("Reuters", "said Reuter", 5, false)] // runs past the end of the text
    [InlineData("", "abc", 3, true)]
    [InlineData("São", "em São Paulo", 3, true)]
    public void EqualsOrdinal_IsTheOrdinalCompare(string word, string text, int start, bool equal)
    {
        Assert.Equal(equal, SpanText.EqualsOrdinal(word, text, start));
    }

    [Theory]
    [InlineData("Reuters", "said REUTERS on", 5, true)]
    [InlineData("@", "`", 0, false)] // differ by the case bit, but are no letters
    [InlineData("[", "{", 0, false)]
    [InlineData("Z", "z", 0, true)]
    [InlineData("São Tomé", "em SÃO TOMÉ", 3, true)] // beyond ASCII: the framework's case
    [InlineData("Straße", "STRASSE", 0, false)] // ordinal: no expansions
    [InlineData("\U00010400", "\U00010428", 0, true)] // a cased letter outside the BMP (Deseret), as a surrogate pair
    [InlineData("Kyiv", "said Kyi", 5, false)]
    public void EqualsIgnoreCase_IsTheOrdinalIgnoreCaseCompare(string word, string text, int start, bool equal)
    {
        Assert.Equal(Framework(word, text, start), SpanText.EqualsIgnoreCase(word, text, start));
        if (word.Length <= text.Length - start)
        {
            Assert.Equal(equal, SpanText.EqualsIgnoreCase(word, text, start));
        }
    }

    [Fact]
    public void RandomWords_AgreeWithTheFramework()
    {
        // Letters in both cases, the characters next to them in ASCII, accented letters, Greek, Cyrillic, a surrogate pair.
        const string alphabet = "aAzZ@[`{ éÉßİıΣσςЖж\uD801\uDC00\uD801\uDC28";
        var random = new Random(15);
        for (var n = 0; n < 20000; n++)
        {
            var word = Random(random, alphabet, random.Next(0, 6));
            var other = random.Next(3) == 0 ? word.ToUpperInvariant() : Random(random, alphabet, word.Length);
            var text = Random(random, alphabet, random.Next(0, 4)) + other + Random(random, alphabet, random.Next(0, 4));
            var start = text.IndexOf(other, StringComparison.Ordinal);
            Assert.Equal(Framework(word, text, start), SpanText.EqualsIgnoreCase(word, text, start));
            Assert.Equal(string.CompareOrdinal(word, 0, text, start, word.Length) == 0, SpanText.EqualsOrdinal(word, text, start));
        }
    }

    private static bool Framework(string word, string text, int start) =>
        word.Length <= text.Length - start && string.Compare(word, 0, text, start, word.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static string Random(Random random, string alphabet, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }
}
