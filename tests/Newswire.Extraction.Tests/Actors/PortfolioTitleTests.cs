using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// A minister's portfolio of a word, "and" and more words, or opened by "the", stays in the title and out of the
/// holder's name (Propose/Chunker.cs TitlePortfolioAnd, Propose/ChunkTitles.cs PortfolioWordsEnd).
/// </summary>
public class PortfolioTitleTests
{
    [Theory]
    [InlineData("Minister for Fisheries and Civil Aviation Tomas Varga-Lind told lawmakers the port would stay open.", "Tomas Varga-Lind", "Minister for Fisheries and Civil Aviation")]
    [InlineData("Minister of Climate and the Environment Tomas Varga-Lind told lawmakers the plant would stay open.", "Tomas Varga-Lind", "Minister of Climate and the Environment")]
    [InlineData("Minister for the Environment Tomas O'Varga-Lind told lawmakers the plant would stay open.", "Tomas O'Varga-Lind", "Minister for the Environment")]
    public void The_portfolio_is_the_role_and_the_rest_is_the_name(string body, string name, string role)
    {
        var a = Run(body);
        var person = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal(name, person.Name);
        Assert.Contains(role, person.Roles);
    }

    [Fact]
    public void A_one_word_portfolio_still_leaves_the_name_and_a_name_before_and_is_no_portfolio()
    {
        var a = Run("Minister of Water and Energy Tesfaye Alemu-Gebre said the dam would be finished next year.");
        var person = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal("Tesfaye Alemu-Gebre", person.Name);
        var b = Run("Prime Minister of Freedonia Ada Brelik-Varn and President Tomas Varga-Lind met in the capital on Monday.");
        Assert.Contains(b.Actors, x => x.Name == "Ada Brelik-Varn" && x.Kind == ActorKind.Person);
        Assert.Contains(b.Actors, x => x.Name == "Tomas Varga-Lind" && x.Kind == ActorKind.Person);
    }
}
