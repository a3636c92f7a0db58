using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>One actor per real actor in an article (Link/Identities.cs and the rules it runs).</summary>
public class ArticleIdentityTests
{
    private static ExtractedActor Owner(ExtractedArticle a, string span) =>
        Assert.Single(a.Actors, x => x.Mentions.Any(m => a.Text.Substring(m.Start, m.Length) == span));

    [Theory]
    [InlineData("Ada Brelik, the chief negotiator for the dock workers, met employers on Monday. \"We are close,\" Ada told reporters after the meeting.", "Ada", "Ada Brelik")]
    [InlineData("Tomas Verhaal opened the new bridge on Friday. Crowds cheered as Tomas cut the ribbon.", "Tomas", "Tomas Verhaal")]
    public void GivenNames_a_lone_given_name_is_the_one_person_with_it(string body, string lone, string full)
    {
        var a = Run(body);
        Assert.Equal(full, Owner(a, lone).Name);
        Assert.Contains(lone, Owner(a, lone).Aliases);
    }

    [Fact]
    public void GivenNames_two_people_with_the_word_leave_it_alone()
    {
        var a = Run("Ada Brelik and Ada Morrow met employers on Monday. Ada told reporters the talks went well.");
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Person && x.Aliases.Contains("Ada"));
    }

    [Fact]
    public void LocatedInPlaces_the_place_named_alone_is_the_located_place()
    {
        var a = Run("Storms hit Marlow, Texas, on Sunday. Residents of Marlow said the river rose by a metre.");
        var marlow = a.Actors.Where(x => x.Name.StartsWith("Marlow")).ToList();
        var place = Assert.Single(marlow);
        Assert.Equal(ActorKind.Location, place.Kind);
        Assert.Contains("Marlow", place.Aliases);
    }

    [Fact]
    public void InitialsAcronyms_the_letters_after_the_are_the_organization()
    {
        var a = Run("The Victorian Tidal Records Office published new figures on Tuesday. Officials at the VTRO said the sea had risen.");
        Assert.Equal("Victorian Tidal Records Office", Owner(a, "VTRO").Name);
    }

    [Fact]
    public void NameAliases_every_short_form_is_an_alias()
    {
        var a = Run("Harlan Dunmore won the vote in Kestrel Bay on Sunday. Dunmore thanked his supporters.");
        Assert.Contains("Dunmore", Owner(a, "Harlan Dunmore").Aliases);
    }
}
