using Newswire.Extraction.Places;

namespace Newswire.Extraction.Tests.Places;

/// <summary>The landmark nouns after a mention: the length and first-letter prefilter must not change the answer.</summary>
public class PlaceWordsTests
{
    [Theory]
    [InlineData("Velmora state residence, officials said", true)]      // within three lower-case words
    [InlineData("Velmora square was closed", true)]
    [InlineData("Velmora headquarters", true)]                          // the longest noun
    [InlineData("Velmora dam", true)]                                   // the shortest
    [InlineData("Velmora said on Monday", false)]
    [InlineData("Velmora and its old royal palace", false)]             // the noun is the fourth word
    [InlineData("Velmora Square", false)]                               // capitalized: part of a name, not a noun after it
    [InlineData("Velmora, palace", false)]                              // punctuation ends the search
    [InlineData("Velmora dams", false)]
    [InlineData("Velmora palaces", false)]
    [InlineData("Velmora", false)]
    public void A_landmark_noun_follows_within_three_lower_case_words(string text, bool expected) =>
        Assert.Equal(expected, PlaceWords.LandmarkAfter(text, "Velmora".Length));

    [Theory]
    [InlineData("Velmora Square", true)]
    [InlineData("Velmora state residence.", true)]       // punctuation after the last word
    [InlineData("the HEADQUARTERS", true)]               // any case
    [InlineData("Velmora Squares", false)]
    [InlineData("Velmora", false)]
    [InlineData("", false)]
    [InlineData("42", false)]
    public void A_name_ending_in_a_landmark_noun_is_a_landmark(string name, bool expected) =>
        Assert.Equal(expected, PlaceWords.EndsWithLandmark(name));

    [Fact]
    public void Every_landmark_noun_is_found_after_a_mention()
    {
        foreach (var noun in PlaceWords.Landmarks)
        {
            Assert.True(PlaceWords.LandmarkAfter("Velmora " + noun, "Velmora".Length), noun);
        }
    }
}
