using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// A surname alone that the lexicon knows for a famous person ("Ahmed": Abiy Ahmed) is the article's own person of
/// that surname named before it (Finish/LexiconSurnameOwners); the famous person named in full stays.
/// </summary>
public class LexiconSurnameOwnerTests
{
    [Theory]
    [InlineData("\"This is a good day,\" said Sidi Bello Ahmed, director general of the state oil company. Ahmed said the country would hold a stake.", "Sidi Bello Ahmed", "Ahmed")]
    [InlineData("Lawyer Sidi Mohamed Ahmed said the trial was unfair. Ahmed said he would appeal.", "Sidi Mohamed Ahmed", "Ahmed")]
    [InlineData("Governor María Teresa Rubio Castaneda said the army had taken part in the operation. Rubio said violence had fallen.", "María Teresa Rubio Castaneda", "Rubio")]
    public void The_surname_after_the_article_s_person_is_that_person(string body, string person, string surname)
    {
        var a = Run(body);
        var p = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal(person, p.Name);
        Assert.Contains(surname, p.Aliases);
    }

    [Fact]
    public void The_famous_person_named_in_full_stays_apart()
    {
        var a = Run("Ethiopian Prime Minister Abiy Ahmed met trader Sidi Bello Ahmed in Addis Ababa on Monday. Abiy Ahmed said the talks went well.");
        Assert.Contains(a.Actors, x => x.Name == "Abiy Ahmed");
        Assert.Contains(a.Actors, x => x.Name == "Sidi Bello Ahmed");
    }

    // Propose/ChunkReader.cs InsideLongName: a lexicon person's one-word short name inside a longer name is a word of
    // that name ("Rubio" is Marco Rubio's), and the name is the article's own person.
    [Fact]
    public void A_lexicon_short_name_inside_a_longer_name_is_no_lexicon_person()
    {
        var a = Run("Governor María Teresa Rubio Castañeda said the army had taken part. Rubio Castañeda said violence had fallen.");
        var p = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal("María Teresa Rubio Castañeda", p.Name);
        Assert.NotEqual("USA", p.Country);
    }
}
