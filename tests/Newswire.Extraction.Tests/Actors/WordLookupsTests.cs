using System.Collections.Generic;
using Newswire.Extraction.Actors;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Names;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// The actor run starts each token's lexicon word id and word classes from the words met in earlier articles, keyed
/// by the tagger's word numbers; what it starts from must be exactly what the lookups give, and the tagger must tag
/// an article whose words were numbered ahead exactly as one it numbers itself.
/// </summary>
public class WordLookupsTests
{
    private const string First = "ANKARA, May 4 (Anadolu) - Turkish President Recep Tayyip Erdogan met Iraqi Prime Minister Mohammed Shia "
                                 + "al-Sudani in Ankara on Thursday, the presidency said. Erdogan and al-Sudani discussed water and energy.";

    private const string Second = "BAGHDAD, May 5 (AFP) - Iraqi Prime Minister Mohammed Shia al-Sudani said on Friday that talks with "
                                  + "Turkey on water had gone well. Erdogan is expected in Baghdad in June.";

    [Fact]
    public void Known_words_start_with_exactly_what_the_lookups_give()
    {
        var lexicon = Lexicon.BuiltIn;
        var memo = new WordLookups();
        var texts = new[] { First, Second, First };
        for (var round = 0; round < texts.Length; round++)
        {
            var text = texts[round];
            var tokenized = Numbered(text);
            var n = tokenized.Tokens.Length;
            var ids = new int[n];
            var classes = new long[n];
            var words = memo.Fill(tokenized, lexicon, ids, classes);
            Assert.NotNull(words);
            for (var i = 0; i < n; i++)
            {
                var word = text.Substring(tokenized.Tokens[i].Start, tokenized.Tokens[i].Length);
                var id = lexicon.WordId(text, tokenized.Tokens[i]);
                var cls = WordClasses.Of(text, tokenized.Tokens[i]) | long.MinValue;
                Assert.True(ids[i] == Lexicon.UnknownWordId || ids[i] == id, word);
                Assert.True(classes[i] == 0 || classes[i] == cls, word);
                if (round == 0 && i % 2 == 0)
                {
                    continue; // the first article looks up only some of its tokens, as a run does
                }

                ids[i] = id;
                classes[i] = cls;
            }

            memo.Keep(words!, n, ids, classes);
        }
    }

    [Fact]
    public void Words_met_before_are_known_in_the_next_article()
    {
        var lexicon = Lexicon.BuiltIn;
        var memo = new WordLookups();
        var first = Numbered(First);
        var ids = new int[first.Tokens.Length];
        var classes = new long[first.Tokens.Length];
        var words = memo.Fill(first, lexicon, ids, classes)!;
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = lexicon.WordId(First, first.Tokens[i]);
        }

        memo.Keep(words, ids.Length, ids, classes);
        var second = Numbered(Second);
        var secondIds = new int[second.Tokens.Length];
        memo.Fill(second, lexicon, secondIds, new long[second.Tokens.Length]);
        var erdogan = System.Array.FindIndex(second.Tokens, t => Second.Substring(t.Start, t.Length) == "Erdogan");
        Assert.Equal(lexicon.WordId(Second, second.Tokens[erdogan]), secondIds[erdogan]);
        var friday = System.Array.FindIndex(second.Tokens, t => Second.Substring(t.Start, t.Length) == "Friday");
        Assert.Equal(Lexicon.UnknownWordId, secondIds[friday]); // not in the first article
    }

    [Fact]
    public void Numbered_ahead_an_article_is_tagged_as_one_the_tagger_numbers_itself()
    {
        var plain = TokenizedText.Build(Second, new[] { new TextSpan(0, Second.Length) });
        var expected = new List<TaggedName>();
        NameTagger.Default.Tag(plain, expected);
        var numbered = Numbered(Second);
        var found = new List<TaggedName>();
        NameTagger.Default.Tag(numbered, found);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, found);
    }

    private static TokenizedText Numbered(string text)
    {
        var tokenized = TokenizedText.Build(text, new[] { new TextSpan(0, text.Length) });
        NameTagger.Default.Number(tokenized);
        return tokenized;
    }
}
