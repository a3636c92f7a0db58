using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Tests.Lexicons;

public class WordClassesTests
{
    [Fact]
    public void Every_word_of_every_list_has_its_class_and_only_the_classes_of_lists_that_hold_it()
    {
        for (var c = 0; c < WordClasses.Count; c++)
        {
            foreach (var entry in WordClasses.ListOf((WordClass)c).Entries())
            {
                var text = "x " + entry.Key + " y";
                var tokens = TokenizedText.Build(text, new[] { new TextSpan(0, text.Length) }).Tokens;
                if (tokens.Length != 3)
                {
                    continue; // a two-word entry ("foreign affairs") is never one token
                }

                var classes = WordClasses.Of(text, tokens[1]);
                for (var other = 0; other < WordClasses.Count; other++)
                {
                    Assert.Equal(WordClasses.ListOf((WordClass)other).Contains(text, tokens[1]), WordClasses.Has(classes, (WordClass)other));
                }
            }
        }
    }

    [Theory]
    [InlineData("Minister", (int)WordClass.TitleHeads, true)]
    [InlineData("MINISTER", (int)WordClass.TitleModifiers, true)]
    [InlineData("Ministry", (int)WordClass.OrgSuffixes, true)]
    [InlineData("Ministry", (int)WordClass.TitleHeads, false)]
    [InlineData("Gen.", (int)WordClass.TitleHeads, true)]
    [InlineData("Vexland", (int)WordClass.OrgSuffixes, false)]
    public void A_token_is_in_a_class_as_the_list_says(string word, int wordClass, bool expected)
    {
        var c = (WordClass)wordClass;
        var text = "the " + word + " said";
        var tokens = TokenizedText.Build(text, new[] { new TextSpan(0, text.Length) }).Tokens;

        Assert.Equal(expected, WordClasses.Has(WordClasses.Of(text, tokens[1]), c));
        Assert.Equal(expected, WordClasses.ListOf(c).Contains(text, tokens[1]));
    }

    [Fact]
    public void A_lower_case_first_word_starts_a_surface_and_other_lower_case_words_do_not()
    {
        var lexicon = Lexicon.For("organization|al-Vexa Front|||\n");
        var text = "the al-vexa front and al-Vexa Front said";
        var tokens = TokenizedText.Build(text, new[] { new TextSpan(0, text.Length) }).Tokens;

        Assert.True(lexicon.StartsLowerSurface(text, tokens[1]));
        Assert.True(lexicon.StartsLowerSurface(text, tokens[4]));
        Assert.False(lexicon.StartsLowerSurface(text, tokens[2]));
        Assert.False(lexicon.StartsLowerSurface(text, tokens[6]));
        Assert.True(Lexicon.BuiltIn.StartsLowerSurface(text, tokens[0])); // "the Kremlin"
    }
}
