using System.Collections.Generic;
using Newswire.Extraction.Events;
using Newswire.Extraction.Model;
using Newswire.Extraction.Names;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// The event run looks a word's facts up once per thread, keyed by the word numbers the name tagger gives every
/// token: each token must still get exactly the facts the probe gives it, article after article, and a text the
/// tagger did not number must fall back to probing each token.
/// </summary>
public class WordFactsTests
{
    private const string First = "GENEVA (Reuters) - The U.N. envoy said on Monday that talks would resume. The envoy said the talks, which "
                                 + "ended in March, had failed; rebels attacked a convoy and 12 soldiers were killed. \"We condemn it,\" he said.";

    private const string Second = "NAIROBI, June 3 (AFP) - Kenya's president met the envoy on Tuesday. The president said talks would resume "
                                  + "in July and condemned the attack on the convoy, which killed 12 soldiers.";

    [Fact]
    public void Every_token_gets_the_probes_own_facts_article_after_article()
    {
        var probe = EventLexicon.Default.FactsProbe;
        var memo = new WordFacts();
        foreach (var text in new[] { First, Second, First })
        {
            var tokenized = Tagged(text);
            var words = memo.Prepare(tokenized, probe);
            Assert.NotNull(words);
            for (var i = 0; i < tokenized.Tokens.Length; i++)
            {
                var token = tokenized.Tokens[i];
                probe.TryGet(text, token, out var want);
                memo.Get(probe, text, token, words![i], out var got);
                Assert.True(want.Info == got.Info && want.Bits == got.Bits && want.Target == got.Target && want.Stage == got.Stage,
                    text.Substring(token.Start, token.Length));
            }
        }
    }

    [Fact]
    public void Tokens_of_one_text_and_kind_share_a_word_number_and_no_other_token_does()
    {
        var tokenized = Tagged(First);
        var words = WordVectors.WordsOf(tokenized, out _, out _)!;
        var byNumber = new Dictionary<int, (string, TokenKind)>();
        for (var i = 0; i < tokenized.Tokens.Length; i++)
        {
            var token = tokenized.Tokens[i];
            var word = (First.Substring(token.Start, token.Length), token.Kind);
            Assert.True(words[i] > 0, word.Item1);
            if (byNumber.TryGetValue(words[i], out var seen))
            {
                Assert.Equal(seen, word);
            }

            byNumber[words[i]] = word;
        }

        Assert.Contains(byNumber.Values, w => w.Item1 == "envoy"); // repeated words did share numbers above
    }

    [Fact]
    public void A_text_the_tagger_did_not_number_gets_no_word_numbers()
    {
        Tagged(First);
        var other = TokenizedText.Build(Second, new[] { new TextSpan(0, Second.Length) });
        Assert.Null(WordVectors.WordsOf(other, out _, out _));
        Assert.Null(new WordFacts().Prepare(other, EventLexicon.Default.FactsProbe));
    }

    private static TokenizedText Tagged(string text)
    {
        var tokenized = TokenizedText.Build(text, new[] { new TextSpan(0, text.Length) });
        NameTagger.Default.Tag(tokenized, new List<TaggedName>());
        return tokenized;
    }
}
