using Newswire.Extraction.Events;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// The event run's per-token probe answers punctuation from a table by character and numbers without a probe; every
/// token must get exactly the facts the table itself holds for it.
/// </summary>
public class FactsProbeTests
{
    [Theory]
    [InlineData("On Monday, the ministry said (again) that 1,000 troops \u2014 or 2024's \"best\" \u2013 would visit; talks ended 2-1!")]
    [InlineData("U.S. forces' drone attack ... in the 3rd week: 12 killed, 45% hurt & $5 paid? Yes \u2026 'no' / [maybe] {x} <y> #z @w ~ ^ * + = |")]
    public void Every_token_gets_the_tables_own_facts(string text)
    {
        var lex = EventLexicon.Default;
        var tokenized = TokenizedText.Build(text, new[] { new TextSpan(0, text.Length) });
        foreach (var token in tokenized.Tokens)
        {
            var expected = lex.Facts.TryGet(text, token, out var want);
            var found = lex.FactsProbe.TryGet(text, token, out var got);
            var word = text.Substring(token.Start, token.Length);
            Assert.True(expected == found, word);
            Assert.True(want.Info == got.Info && want.Bits == got.Bits && want.Target == got.Target && want.Stage == got.Stage, word);
        }
    }

    [Fact]
    public void Every_ascii_character_alone_gets_the_tables_own_facts()
    {
        var lex = EventLexicon.Default;
        for (var c = 1; c < 128; c++)
        {
            var text = "x " + (char)c + " y";
            var tokenized = TokenizedText.Build(text, new[] { new TextSpan(0, text.Length) });
            foreach (var token in tokenized.Tokens)
            {
                var expected = lex.Facts.TryGet(text, token, out var want);
                Assert.Equal(expected, lex.FactsProbe.TryGet(text, token, out var got));
                Assert.True(want.Info == got.Info && want.Bits == got.Bits && want.Target == got.Target && want.Stage == got.Stage, "char " + c);
            }
        }
    }
}
