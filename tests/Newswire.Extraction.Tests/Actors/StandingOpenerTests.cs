using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// "Opposition" and "Rival" opening a sentence say where a party or company stands in the story; they are no word of
/// its name (Resolve/BusinessOpeners.cs), though a body's head alone after them stays in the name ("Opposition Bloc").
/// </summary>
public class StandingOpenerTests
{
    [Theory]
    [InlineData("Opposition Freedom Alliance leader Jan Kolm-Varga said the vote had been rigged.", "Freedom Alliance")]
    [InlineData("Opposition Unity Party said on Monday the vote had been rigged.", "Unity Party")]
    [InlineData("Opposition Democratic Party said on Monday the vote had been rigged.", "Democratic Party")]
    [InlineData("Rival Tavenor Electronics is building two plants near the capital.", "Tavenor Electronics")]
    public void The_standing_word_is_no_part_of_the_name(string body, string name)
    {
        var a = Run(body);
        var body_ = Assert.Single(a.Actors, x => x.Name == name);
        Assert.Equal(ActorKind.Organization, body_.Kind);
        Assert.DoesNotContain(a.Actors, x => x.Name.StartsWith("Opposition ") || x.Name.StartsWith("Rival "));
    }

    [Fact]
    public void One_word_after_opposition_is_left_to_the_name()
    {
        var a = Run("Opposition Platform said on Monday the vote had been rigged.");
        Assert.DoesNotContain(a.Actors, x => x.Name == "Platform");
    }
}
