using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Places;

/// <summary>
/// An organization named only by a state body and its function ("the Interior Ministry", "the National Police")
/// takes the country of a story whose places all lie in one country (invented stories, whole pipeline).
/// </summary>
public class StateBodyCountryTests
{
    private static ExtractedArticle Story(string body) => ArticleExtractor.Extract("story.txt", "World briefing\n\n" + body + "\n");

    private static string? CountryOf(ExtractedArticle a, string word) =>
        Assert.Single(a.Actors, x => x.Kind == ActorKind.Organization && x.Name.Contains(word)).Country;

    [Fact]
    public void A_ministry_in_a_one_country_story_takes_its_country()
    {
        var a = Story("CAIRO, May 4 (Wire) - The Interior Ministry said it arrested 20 suspects on Sunday.");
        Assert.Equal("EGY", CountryOf(a, "Ministry"));
    }

    [Fact]
    public void National_police_in_a_one_country_story_take_its_country()
    {
        var a = Story("QUITO, May 4 - The National Police arrested three suspected smugglers in Guayaquil on Sunday.");
        Assert.Equal("ECU", CountryOf(a, "Police"));
    }

    [Fact]
    public void A_ministry_in_a_two_country_story_stays_without_one()
    {
        var a = Story("BOGOTA, May 4 - The Ministry of Foreign Affairs summoned the ambassador of Venezuela.");
        Assert.Null(CountryOf(a, "Ministry"));
    }

    [Fact]
    public void A_ministry_with_a_name_word_of_its_own_stays_without_one()
    {
        var a = Story("The Ministry of Lost Umbrellas said in Cairo it detained a clown.");
        Assert.DoesNotContain(a.Actors, x => x.Name.Contains("Ministry") && x.Country != null);
    }

    [Fact]
    public void Unqualified_body_names_are_head_and_function_words_only()
    {
        Assert.True(Body("Interior Ministry"));
        Assert.True(Body("The Ministry of Foreign Affairs"));
        Assert.True(Body("National Police"));
        Assert.False(Body("Coalition forces"));
        Assert.False(Body("Ministry of Lost Umbrellas"));
        Assert.False(Body("Riverland Army"));
    }

    private static bool Body(string name) =>
        Newswire.Extraction.Places.StateBodyCountry.IsUnqualifiedBody(
            new ExtractedActor(name, ActorKind.Organization, null, System.Array.Empty<string>(), System.Array.Empty<string>(), System.Array.Empty<MentionSpan>()));
}
