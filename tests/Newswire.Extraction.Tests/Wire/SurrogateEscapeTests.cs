using System;
using System.Text;
using Newswire.Extraction.Wire;

namespace Newswire.Extraction.Tests.Wire;

/// <summary>Any UTF-16 text survives the trip through well-formed Unicode (the compiler's UTF-8 attribute strings).</summary>
public class SurrogateEscapeTests
{
    [Theory]
    [InlineData("plain text")]
    [InlineData("emoji \U0001F600 pair")]
    [InlineData("lone high \uD800 here")]
    [InlineData("lone low \uDC00 here")]
    [InlineData("\uDC00\uD800 reversed pair")]
    [InlineData("escape char \uFFFF itself")]
    [InlineData("\uFFFF0041 looks like an escape")]
    [InlineData("ends with high \uD83D")]
    [InlineData("")]
    public void RoundTrips_AndEncodesToWellFormedText(string text)
    {
        var encoded = SurrogateEscape.Encode(text);
        Assert.Equal(text, SurrogateEscape.Decode(encoded));
        Assert.False(SurrogateEscape.IsNeeded(encoded) && encoded.IndexOf('\uFFFF') < 0, "encoded text must be well formed");
        Assert.Equal(encoded, Encoding.UTF8.GetString(new UTF8Encoding(false, true).GetBytes(encoded)));
    }

    [Fact]
    public void WellFormedText_IsNotEscaped()
    {
        Assert.False(SurrogateEscape.IsNeeded("Putin \U0001F600 visited Astana."));
        Assert.True(SurrogateEscape.IsNeeded("broken \uD800"));
        Assert.True(SurrogateEscape.IsNeeded("has \uFFFF"));
    }

    [Fact]
    public void RandomUtf16_RoundTrips()
    {
        var random = new Random(7);
        for (var n = 0; n < 2000; n++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var i = 0; i < chars.Length; i++)
            {
                // Bias towards the interesting ranges: surrogates, the escape character, hex digits.
                chars[i] = random.Next(4) switch
                {
                    0 => (char)random.Next(0xD800, 0xE000),
                    1 => '\uFFFF',
                    2 => "0123456789ABCDEFabcdef"[random.Next(22)],
                    _ => (char)random.Next(0, 0x10000),
                };
            }

            var text = new string(chars);
            var encoded = SurrogateEscape.Encode(text);
            Assert.Equal(text, SurrogateEscape.Decode(encoded));
            Assert.Equal(encoded, new UTF8Encoding(false, true).GetString(new UTF8Encoding(false, true).GetBytes(encoded)));
        }
    }
}
