using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>Common words written in capitals for emphasis or shouting are no names; acronyms and lexicon names stay.</summary>
public class ShoutedWordTests
{
    [Fact]
    public void Capitalized_common_words_in_a_mixed_case_sentence_are_emphasis()
    {
        var a = Run("The staff at the Kessel Road bakery do great work at VERY reasonable prices. I will NEVER shop anywhere else, and they had NO PARKING problems. WOW! The owner, Tomas Brelik, said the coffee is FREE on Sundays.");
        foreach (var word in new[] { "VERY", "NEVER", "NO PARKING", "WOW", "FREE" })
        {
            Assert.DoesNotContain(Exported(a), x => x.Text == word);
        }

        Assert.Contains(Exported(a), x => x.Text == "Tomas Brelik");
    }

    [Fact]
    public void A_lexicon_acronym_spelled_like_a_function_word_between_shouted_words_is_that_word()
    {
        var a = Run("THE WAITER IS NOT FRIENDLY AND THE GIRL WHO TOOK MY ORDER NEVER CAME BACK.");
        Assert.DoesNotContain(Exported(a), x => x.Text == "IS");
        Assert.DoesNotContain(Exported(a), x => x.Text == "WHO");
    }

    [Fact]
    public void Short_acronyms_and_lexicon_names_stay()
    {
        var a = Run("The Harwick Falcons signed a new deal with the NFL on Monday. The WHO said on Tuesday that the UN agency had sent a team to Kessel.");
        Assert.Contains(Exported(a), x => x.Text == "NFL");
        Assert.Contains(Exported(a), x => x.Text == "WHO");
        Assert.Contains(Exported(a), x => x.Text == "UN");
    }
}
